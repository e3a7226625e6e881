# Python 3.11 reads no string inside an f-string: the first quote like its own ends it,
# even inside a replacement field (deeply nested f-strings reusing a quote), and CPython
# then tokenizes the rest of the source, where an unterminated string is the error.
def show(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src)[:70], "ok")
    except (SyntaxError, MemoryError) as e:
        print(repr(src)[:70], type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))


for src in [
    "f'{f'{f'{1}'}'}'",
    "x = f'" + "{f'" * 30 + "1" + "'}" * 30 + "'",
    "f'" + "{f\"" + "{f'''" + "{f\"\"\"{1}\"\"\"}" + "'''}" + "\"}" + "'",
    "f'{f' + '''",
    "f'{f' + 1",
    "f'{f' '' + 1 '''",
    "x = (f'{f' + 1\n",
    "f'{a' 1 $",
    "f'{f'",
    "x = f'{f'",
    "f'{f'{1}'}'",
    "f'{a b'",
    "f'{f'{f'",
    "print(f'{f'{1}'}')",
    'print(f"{d["k"]}")',
    "f'{x['a']}'\ny = '''",
    "f'{x['a']}' # '''\n",
    "f'{x['a']}' + rb'''abc\n\n",
    "f'{x[\"a\"]}' + '",
    "f'{\"a\" if x else \"b\"}'",
    "x = f'{a!r:{b}}' + f'{c['d']}'",
]:
    show(src)
