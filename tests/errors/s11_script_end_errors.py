# driver: python3
# Runs $WEFT_UNDER_TEST (weft, or python3 under --regen) on sources whose syntax error
# CPython places differently for a script file or stdin than for a string: a block or
# statement missing at the end of the input (the parser's end marker: offset 0), parser
# errors on lines with non-ASCII characters (UTF-8 byte offsets), and a line longer than
# the 1000-byte buffer CPython re-reads a script's line with.
import os
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftend"))
script = os.path.join(tmp, "prog.py")

CASES = [
    b"def f():\n",
    b"def f():",
    b"def f():\n    # only a comment\n",
    b"def f():\n\n\n",
    b"class A:\n    def f(self):\n        pass\n    def g(self):\n",
    b"for x in y:\n    pass\nelse:\n",
    b"try:\n    pass\nexcept E:\n",
    b"try:\n    pass\n",
    b"match x:\n    case 1:\n",
    b"while True:\n\n# c",
    b"@dec\n",
    b"@dec\n\n",
    b"x = 1\n@dec\n# c\n",
    b"class A:\n    @d\n",
    b"def f():\n  if x:\n    @d\n",
    b"x = " + b"1 + " * 400 + b"\n",
    b"y = 2\nx = " + b"1 + " * 400 + b"\nprint(y)\n",
    b"x = '" + "\u00e9".encode() * 600 + b"' +\n",
    b"x = " + b"1" * 5000 + b"\n",
    b"x = " + b"(" * 10 + b"1" * 1200 + b")" * 9 + b"\n",
    b"if 1:\n    x = [\n" + b"1, " * 500 + b"]]\n",
    "x = '\u00e9\u00e9\u00e9' +\n".encode(),
    "t\u04a1ry:\n    pass\n".encode(),
    "if 1:\n        x = '\u00e9'\n    y = 2\n".encode(),
    "def f():\n    s = '\u00fc\u00fc'; return 1 +\n".encode(),
    "\u00e9 = 1\nab\u200dc = 1\n".encode(),
    "x = '\u00e9'; return 1\n".encode(),
]


def show(label, r):
    out = r.stdout.decode("utf-8", "replace")
    err = r.stderr.decode("utf-8", "replace").replace(tmp, "TMP")
    print(f"-- {label}: rc={r.returncode}")
    if out:
        print("stdout:", out.rstrip("\n"))
    for line in err.splitlines():
        print("stderr:", line[:160] + ("..." if len(line) > 160 else ""), len(line))


for i, src in enumerate(CASES):
    print(f"== case {i}: {src[:40]!r}")
    with open(script, "wb") as f:
        f.write(src)
    show("file", subprocess.run([interp, script], capture_output=True, timeout=60))
    show("stdin", subprocess.run([interp, "-"], input=src, capture_output=True, timeout=60))
