# driver: python3
# Runs $WEFT_UNDER_TEST (weft, or python3 under --regen) with python3's command-line
# forms and prints stdout, stderr and the exit status of each. The interpreter's own
# name in its messages ("weft:" / "/path/python3:", "usage: ...") is normalised.
import os
import re
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftcli"))


def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write("script.py", "import sys\nprint('argv', sys.argv, __name__, __file__)\n"
      "print('path0', sys.path[0])\n")
write("fail.py", "def f():\n    return 1 / 0\nprint('before')\nf()\n")
write("mod.py", "import sys\nprint('mod', __name__, __package__ or None, sys.argv)\n"
      "print('file', __file__)\n")
write("boom.py", "x = {}\nx['k']\n")
write("pkg/__init__.py", "print('pkg init', __name__)\n")
write("pkg/__main__.py", "import sys\nfrom . import helper\n"
      "print('pkg main', __name__, __package__, sys.argv[1:], helper.VALUE)\n")
write("pkg/helper.py", "VALUE = 42\n")
write("pkg/sub.py", "print('sub', __name__, __package__)\n")
write("nomain/__init__.py", "")
write("shebang.py", "this line is not python\nprint('after first line')\n1 / 0\n")
write("exits.py", "import sys\nprint('out')\nsys.exit(sys.argv[1] if sys.argv[1:] else None)\n")
write("thread_exit.py", "import threading, sys\n"
      "def worker():\n    print('worker')\n    sys.exit(5)\n"
      "t = threading.Thread(target=worker)\nt.start()\nt.join(10)\nprint('main still here')\n")
write("unbuf.py", "import sys\nfor i in range(3):\n    print('out', i)\n"
      "    print('err', i, file=sys.stderr)\n")


def norm(text):
    text = text.replace(tmp, "<tmp>")
    text = re.sub(r"(?m)^\S*(weft|python3?(\.\d+)?): ", "<interp>: ", text)
    text = re.sub(r"(?m)^usage: \S+ ", "usage: <interp> ", text)
    text = re.sub(r"(?m)^Try `\S+ -h'", "Try `<interp> -h'", text)
    return text


def run(args, stdin="", merge=False, show=True):
    p = subprocess.run([interp] + args, input=stdin, capture_output=not merge,
                       stdout=subprocess.PIPE if merge else None,
                       stderr=subprocess.STDOUT if merge else None,
                       text=True, cwd=tmp, timeout=30,
                       env=dict(os.environ, PYTHONHASHSEED="0"))
    print(norm("$ " + " ".join(a if a.strip() and "\n" not in a else repr(a) for a in args)),
          "<<<" + repr(stdin) if stdin else "")
    if show:
        if p.stdout:
            print(norm(p.stdout), end="" if p.stdout.endswith("\n") else "\n")
        if not merge and p.stderr:
            print("[stderr]")
            print(norm(p.stderr), end="" if p.stderr.endswith("\n") else "\n")
    print("[exit %d]" % p.returncode)
    return p


run(["script.py", "a", "-b", "--c"])
run(["./script.py"])
run([os.path.join(tmp, "script.py"), "x"])
run(["fail.py"])
run(["-c", "import sys; print(sys.argv, __name__)", "one", "-two"])
run(["-c", "import sys; print(sys.path[0] == '')"])
run(["-c", "1/0"])
run(["-c", "x = (1,"])
run(["-", "p1", "p2"], stdin="import sys\nprint(sys.argv, __file__, __name__)\n")
run([], stdin="import sys\nprint('piped', sys.argv, __file__)\n")
run([], stdin="print('partial')\nraise ValueError('from stdin')\n")
run(["-m", "mod", "arg1", "--flag"])
run(["-m", "pkg", "x", "y"])
run(["-m", "pkg.sub"])
run(["-m", "boom"])
run(["-m", "nosuch"])
run(["-m", "nosuch.deeper"])
run(["-m", "pkg.nosuch"])
run(["-m", "nomain"])
run(["-i", "script.py"], stdin="x = 6 * 7\nx\nprint('done', x)\n")
run(["-i", "fail.py"], stdin="print('still alive')\n")
run(["-i", "-c", "y = 5"], stdin="y + 1\nimport sys; sys.exit(3)\n")
run(["-u", "unbuf.py"], merge=True)
run(["-x", "shebang.py"])
run(["-V"])
run(["--version"])
run(["-h"], show=False)
run(["--help"], show=False)
run(["-c"])
run(["-m"])
run(["-Z"])
run(["--bogus-option"])
run(["missing_file.py"])
run(["exits.py"])
run(["exits.py", "custom message"])
run(["-c", "import sys; sys.exit(3)"])
run(["-c", "import sys; sys.exit(True)"])
run(["-c", "import sys; sys.exit([1, 2])"])
run(["-c", "raise SystemExit(7)"])
run(["-c", "raise SystemExit('bye', 2)"])
run(["-c", "import sys; sys.exit(0)"])
run(["-c", "exit(4)"])
run(["-c", "quit()"])
run(["-c", "import sys\ntry:\n    sys.exit(9)\nfinally:\n    print('finally runs')"])
run(["thread_exit.py"])

import shutil
shutil.rmtree(tmp)
