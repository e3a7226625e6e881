# `weft -m dis FILE` (and from stdin) prints what `python3 -m dis FILE` prints.
import re
import subprocess
import sys


def run(args, stdin=None):
    p = subprocess.run([sys.executable, "-m", "dis"] + args, input=stdin,
                       capture_output=True, text=True)
    print("exit", p.returncode)
    print(re.sub(r"at 0x[0-9a-f]+", "at 0x?", p.stdout), end="")
    print(p.stderr.strip().split("\n")[-1] if p.stderr else "")


run(["tests/cli/dis_data/sample.py"])
run([], "x = 1\nprint(x + 2)\n")
run(["tests/cli/dis_data/no_such_file.py"])
run(["-h"])
