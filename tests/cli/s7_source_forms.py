# driver: python3
# Runs $WEFT_UNDER_TEST (weft, or python3 under --regen) on broken and odd sources given
# three ways (a script file, -c, stdin) and prints stdout, stderr and the exit status.
import os
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftsrc"))
script = os.path.join(tmp, "prog.py")

CASES = [
    b"x = 1 \\\n",
    b"s = '''abc\n\n",
    b'x = """never closed\n',
    b"x = [1, 2,\n    3,\n",
    b"print('a')\x00\n",
    b"print('a')\nx = 1\x00\n",
    b"\xef\xbb\xbfprint('bom ok')\n",
    b"x = 1\r\nprint('crlf', x)\r\n",
    b"",
    b"# just a comment",
    b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n",
    b"# -*- coding: bogus-codec -*-\nprint('never')\n",
    b"# coding: ascii\nprint('ascii ok')\n",
    b"print('\xff')\n",
    b"-" * 20000 + b"1\n",
    b"x = " + b"not " * 8000 + b"1\n",
    b"print(" + b"-" * 2500 + b"1)\n",
    b"if 1:\n\tx = 1\n        y = 2\n",
    b"def f(a, a): pass\n",
    b"f(a=1, a=2)\n",
    b"f(a=1, 2)\n",
    b"return 5\n",
    b"for i in range(3):\n    pass\nbreak\n",
]


def show(label, r):
    out = r.stdout.decode("utf-8", "replace")
    err = r.stderr.decode("utf-8", "replace").replace(tmp, "TMP")
    print(f"-- {label}: rc={r.returncode}")
    if out:
        print("stdout:", out.rstrip("\n"))
    for line in err.splitlines():
        print("stderr:", line)


for i, src in enumerate(CASES):
    print(f"== case {i}: {src[:40]!r}")
    with open(script, "wb") as f:
        f.write(src)
    show("file", subprocess.run([interp, script], capture_output=True, timeout=60))
    show("stdin", subprocess.run([interp, "-"], input=src, capture_output=True, timeout=60))
    if b"\x00" not in src:
        try:
            text = src.decode("utf-8")
        except UnicodeDecodeError:
            continue
        show("-c", subprocess.run([interp, "-c", text], capture_output=True, timeout=60))
