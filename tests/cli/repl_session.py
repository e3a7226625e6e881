# driver: python3
# Drives the interactive prompt of $WEFT_UNDER_TEST (weft, or python3 under --regen)
# through a pseudo-terminal: prompts, multi-line blocks, echoed reprs, a traceback,
# a syntax error, Ctrl-D to leave. TERM=dumb keeps the line editor from redrawing.
import os
import pty
import re
import select
import sys
import time

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable

LINES = [
    "1 + 2",
    "x = 'weft'",
    "x",
    "x.upper(); len(x)",
    "None",
    "def sq(n):",
    "    return n * n",
    "",
    "[sq(i) for i in range(5)]",
    "for i in range(3):",
    "    if i % 2:",
    "        print('odd', i)",
    "    else:",
    "        i",
    "",
    "class P:",
    "    def __repr__(self):",
    "        return 'P()'",
    "",
    "P()",
    "(1,",
    " 2)",
    "d = {'a': 1,",
    "     'b': [1, 2]}",
    "d",
    "1 / 0",
    "def bad():",
    "    return undefined_name",
    "",
    "bad()",
    "x = = 1",
    "'''multi",
    "line'''",
    "_",
    "import sys; print(sys.argv)",
    "print('bye')",
]


def read_until_prompt(fd, timeout=10.0):
    out = b""
    end = time.time() + timeout
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if not r:
            if out.endswith((b">>> ", b"... ")):
                return out, True
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return out, False
        if not chunk:
            return out, False
        out += chunk
    return out, False


def clean(b):
    t = b.decode("utf-8", "replace").replace("\r\n", "\n")
    t = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]", "", t)
    return t.replace("\r", "")


pid, fd = pty.fork()
if pid == 0:
    env = dict(os.environ, TERM="dumb", PYTHONHASHSEED="0")
    env.pop("PYTHONSTARTUP", None)
    os.execve(interp, [interp], env)

transcript = []
banner, ok = read_until_prompt(fd)
# The banner differs between interpreters: keep only the first prompt.
transcript.append(clean(banner).rsplit("\n", 1)[-1])
for line in LINES:
    os.write(fd, line.encode() + b"\n")
    out, ok = read_until_prompt(fd)
    transcript.append(clean(out))
    if not ok:
        break
os.write(fd, b"\x04")
out, _ = read_until_prompt(fd, 5)
transcript.append(clean(out))
_, status = os.waitpid(pid, 0)
print("".join(transcript))
print("exit status:", os.waitstatus_to_exitcode(status))
