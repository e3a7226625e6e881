# compile()/exec() of bytes with no BOM or coding declaration: CPython's parser errors
# give UTF-8 byte offsets (its tokenizer's own errors, and declared encodings, characters).
CASES = [
    "x = '\u00e9' +\n", "\u00e9 = (1 2)\n", "x = '\u00e9\u00e9\u00e9' $ 1\n", "f('\u00e9', a b)\n",
    "x = '\u00e9'; 1 +\n", "\u00e9 += 1; a, b += 1\n", "x = ('\u00e9',\n", "\u00e9 = 'abc\n",
    "x = {'\u00e9':}\n", "print '\u00e9'\n", "'\u00e9' = 1\n", "\u00e9 \u00e9\n", "x = 1 + \u00e9\u20ac\n",
    "def f():\n    \u00e9 = 1; nonlocal x\n", "# \u00e9\nx = 1 +\n", "x = '\u00e9' if 1\n",
    "def f():\n", "if x:\n  pass\n@d\n",
]
for s in CASES:
    for src in (s, s.encode(), b"\xef\xbb\xbf" + s.encode(), b"# coding: utf-8\n" + s.encode()):
        try:
            compile(src, "<case>", "exec")
            print(repr(src), "ok")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset,
                  e.end_lineno, e.end_offset)
src = "# -*- coding: latin-1 -*-\nx = '\u00e9' +\n".encode("latin-1")
for run in (compile, exec):
    try:
        run(src, "<case>", "exec") if run is compile else run(src)
    except SyntaxError as e:
        print(run.__name__, e.msg, repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("x = '\u00e9' +".encode())
except SyntaxError as e:
    print("exec", e.msg, repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
