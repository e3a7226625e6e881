# Source bytes with a coding cookie naming a codec other than UTF-8/Latin-1: decoded
# with that codec. compile() of bytes it cannot decode is a SyntaxError with the
# codec's message (line 0, offset -1); a module file that way is CPython's bare
# "encoding problem: NAME" SyntaxError, as is any file declaring UTF-16/UTF-32.
import os
import sys
import tempfile

sources = [
    b'# coding: cp1252\nx = "\x80\x93"\n',
    b'# coding: cp1252\nx = "\x81"\n',
    b'# -*- coding: ascii -*-\nx = "\xc3\xa9"\n',
    b"# coding: ascii\nx = 'plain'\n",
    b'# coding: mac-roman\nx = "\x80"\n',
    b'# coding: latin-1\nx = "\xe9"\n',
    b'# vim: set fileencoding=cp437 :\nx = "\x80"\n',
]
for src in sources:
    try:
        ns = {}
        exec(compile(src, "<s>", "exec"), ns)
        print("compile", repr(ns["x"]))
    except SyntaxError as e:
        print("compile SyntaxError", e.msg, e.lineno, e.offset)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
for i, src in enumerate(sources + [b"# coding: utf-16\nx = 1\n"]):
    name = f"conf26_codec_mod{i}"
    with open(os.path.join(d, name + ".py"), "wb") as f:
        f.write(src)
    try:
        print("import", repr(__import__(name).x))
    except SyntaxError as e:
        print("import SyntaxError", e.msg, e.lineno, e.offset)
    os.remove(os.path.join(d, name + ".py"))
os.rmdir(d)
