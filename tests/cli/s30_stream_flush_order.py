# When the main module has run, stderr is flushed before stdout (CPython's flush_io),
# then any traceback is printed: the order seen when both go to one pipe.
import os, subprocess, sys, tempfile

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
progs = [
    'import sys\nsys.stderr.write("E")\nprint("O")\n',
    'print("line1")\nimport sys\nsys.stderr.write("warn\\n")\nprint("line2")\n1/0\n',
    'import sys\nprint("a", end="")\nsys.stderr.write("b")\nprint("c")\nsys.stderr.write("d")\n',
    'import sys\nsys.stdout.write("out")\nsys.stderr.write("err")\nraise SystemExit(3)\n',
    'import sys\nsys.stderr.write("x")\nsys.exit("bye")\n',
]
d = tempfile.mkdtemp()
for i, src in enumerate(progs):
    path = os.path.join(d, f"p{i}.py")
    with open(path, "w") as f:
        f.write(src)
    r = subprocess.run([sys.executable, path], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=env)
    print(repr(r.stdout.decode().replace(d, "<dir>")), r.returncode)
import shutil
shutil.rmtree(d)
