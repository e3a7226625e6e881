# SyntaxError messages and positions for unpacking in comprehensions and augmented
# assignments whose target lacks an operand.
srcs = [
    'x ++= 1', 'x +-= 1', 'x + += 1', '-x += 1', 'x -*= 2', 'not x += 1', 'x.y ++= 1',
    'f() += 1', '[*a for a in b]', '{*a for a in b}', '(*a for a in b)', '{**a for a in b}',
    'print(*a for a in b)', 'x = [ *a  for a in b]', 'y = {1: 2, **a for a in b}',
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
