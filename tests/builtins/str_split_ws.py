# str.split()/rsplit() with no separator: ASCII whitespace (incl. \x1c-\x1f) and Unicode spaces.
tests=['', ' ', 'a b  c', '  lead', 'trail  ', 'a\x1cb\x1fc', 'x\ty\nz\x0bw\x0cq\rr', 'é a', 'a\x85b', 'a\u3000b', ' \x1c\x1d\x1e\x1f ', 'a\x1b b']
for t in tests:
    print(repr(t), t.split(), t.rsplit(), t.split(None,1), t.rsplit(None,1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
