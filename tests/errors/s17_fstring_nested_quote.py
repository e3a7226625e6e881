# Python 3.11 ends a one-line f-string at the first quote like its own, even inside a
# replacement field; the error names what the cut-short field leaves open (CPython's
# messages and positions), not weft's parser.
srcs = [
    'x = f"{d["a"]}"',
    "x = f'{'a'}'",
    "x = f'ab{y:{'w'}}'",
    'x = f"{x!r}{ {"k": 1} }"',
    'x = 1\ny = f"{x:>{w}} {d["k"]}"\n',
    'x = f"{a != b}{c["k"]}"',
    'x = f"{{literal}} {(1, "a")}"',
    "x = f'{[1, {2: 3}, (4,'x')]}'",
]
for s in srcs:
    try:
        compile(s, "s", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
d = {"a": 1}
print(f"{d['a']}", f'{d["a"]}', f"""{d["a"]}""")
exec('print(f"{d["a"]}")')
