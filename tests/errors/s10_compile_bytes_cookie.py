"""compile()/exec() of bytes whose coding cookie names no codec: SyntaxError at line 0, offset -1."""
try:
    compile(b"# -*- coding: bogus -*-\nx=1\n", "f", "exec")
except SyntaxError as e:
    print(repr(e.msg), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
try:
    exec(b"# coding: nope\n")
except SyntaxError as e:
    print(repr(e.msg), e.filename, e.lineno, e.offset, e.text, e.args)
compile(b"# coding: zzz\n", "g.py", "exec")
