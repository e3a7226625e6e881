# driver: python3
# Runs $WEFT_UNDER_TEST (weft, or python3 under --regen) on programs that end in odd ways
# (sys.exit with every kind of argument, atexit callbacks and finalizers that fail, a
# directory as the script, bad options) and prints stdout, stderr and the exit status.
import os
import re
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftexit"))
os.makedirs(os.path.join(tmp, "emptydir"))
os.makedirs(os.path.join(tmp, "app"))
with open(os.path.join(tmp, "app", "__main__.py"), "w") as f:
    f.write("import sys\nprint('app main', __name__, sys.argv[1:])\nsys.exit(4)\n")


def norm(text):
    text = text.replace(tmp, "TMP")
    text = re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", text)
    text = re.sub(r"(?m)^\S*(weft|python3?(\.\d+)?): ", "<interp>: ", text)
    text = re.sub(r"(?m)^usage: \S+ ", "usage: <interp> ", text)
    return text


def run(label, args, stdin=None):
    r = subprocess.run([interp, *args], input=stdin, capture_output=True, timeout=60, cwd=tmp)
    print(f"== {label}: rc={r.returncode}")
    for name, data in (("out", r.stdout), ("err", r.stderr)):
        for line in norm(data.decode("utf-8", "replace")).splitlines():
            print(f"{name}| {line}")


for arg in ["", "None", "0", "1", "3", "255", "256", "-1", "2**40", "2**64", "-2**63",
            "10**30", "True", "False", "'bye'", "'caf\u00e9'", "()", "('x',)", "(1, 2)",
            "[1]", "1.5", "b'raw'", "ValueError('inner')"]:
    run(f"sys.exit({arg})", ["-c", f"import sys\nprint('before')\nsys.exit({arg})"])
run("raise SystemExit(7)", ["-c", "raise SystemExit(7)"])
run("raise SystemExit('a', 'b')", ["-c", "raise SystemExit('a', 'b')"])
run("exit subclass", ["-c", "class Done(SystemExit):\n    pass\nraise Done(9)"])
run("exit in finally", ["-c", "import sys\ntry:\n    sys.exit(5)\nfinally:\n    print('finally runs')"])
run("caught tuple exit", ["-c", "import sys\ntry:\n    sys.exit(('x',))\nexcept SystemExit as e:\n    print(repr(e.code))"])
run("atexit raises", ["-c", "import atexit\ndef f():\n    raise ValueError('in atexit')\n"
                      "atexit.register(f)\nprint('main done')"])
run("atexit sys.exit", ["-c", "import atexit, sys\ndef f():\n    sys.exit(3)\n"
                        "atexit.register(f)\nprint('main done')"])
run("atexit order after error", ["-c", "import atexit\natexit.register(print, 'first registered')\n"
                                 "atexit.register(lambda: 1 / 0)\nraise KeyError('k')"])
del_prog = ("class Res:\n    def __init__(self, n):\n        self.n = n\n"
            "    def __del__(self):\n        print('release', self.n)\n"
            "class Bad:\n    def __del__(self):\n        raise ValueError('bad del')\n")
run("finalizers at exit", ["-c", del_prog + "a = Res(1)\n_hidden = Res(0)\nb = Res(2)\n"
                           "def f():\n    Res('local')\nf()\nprint('end')"])
run("failing finalizer at exit", ["-c", del_prog + "x = Bad()\nprint('end')"])
run("failing finalizer on del", ["-c", del_prog + "x = Bad()\ndel x\nprint('after del')"])
run("directory without __main__", ["emptydir"])
run("directory with __main__", ["app", "arg1"])
run("missing script", ["no_such_script.py"])
run("missing module", ["-m", "no_such_module_xyz"])
run("missing submodule", ["-m", "no_such_pkg_xyz.sub"])
run("unknown short option", ["-Z"])
run("unknown long option", ["--frobnicate"])
run("-c without argument", ["-c"])
run("-m without argument", ["-m"])
run("stdin dash with args", ["-", "a", "b"], b"import sys\nprint(sys.argv)\n")
run("-W ignore", ["-W", "ignore", "-c", "import sys, warnings\nwarnings.warn('hidden')\nprint(sys.warnoptions)"])
run("-W always::DeprecationWarning", ["-Walways::DeprecationWarning", "-c",
                                      "import warnings\nwarnings.warn('old', DeprecationWarning)"])
