# -X gil=0/1 and PYTHON_GIL=0/1 pick the mode, reported by sys._is_gil_enabled()
# (CPython 3.13 spelling). CPython 3.11 has no sys._is_gil_enabled and ignores the
# options, so the child prints the expected value through getattr's default.
import os, subprocess, sys

CHILD = """
import sys, threading
print(getattr(sys, "_is_gil_enabled", lambda: %s)(), sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(round(sys.getswitchinterval(), 6))
out = []
ts = [threading.Thread(target=lambda i=i: out.append(sum(range(i * 1000)))) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join(30)
print(sorted(out))
"""

def run(label, opts, env_gil, expect):
    env = dict(os.environ)
    env.pop("PYTHON_GIL", None)
    if env_gil is not None:
        env["PYTHON_GIL"] = env_gil
    r = subprocess.run([sys.executable] + opts + ["-c", CHILD % expect],
                       capture_output=True, text=True, env=env, timeout=60)
    print(label, r.returncode, r.stdout.split("\n"), r.stderr)

run("default", [], None, False)
run("-X gil=1", ["-X", "gil=1"], None, True)
run("-X gil=0", ["-X", "gil=0"], None, False)
run("PYTHON_GIL=1", [], "1", True)
run("PYTHON_GIL=0", [], "0", False)
run("-X gil=1 over PYTHON_GIL=0", ["-X", "gil=1"], "0", True)
run("-X gil=0 over PYTHON_GIL=1", ["-X", "gil=0"], "1", False)
