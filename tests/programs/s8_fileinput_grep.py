"""A mini grep / line numberer over several files with fileinput, plus in-place editing."""
import fileinput
import getpass
import os
import re
import sys
import tempfile

tmp = tempfile.mkdtemp()
files = []
for name, text in [("a.txt", "alpha\nbeta\ngamma\n"), ("b.txt", "delta\nalphabet soup\n"), ("empty.txt", ""), ("c.txt", "no newline at end")]:
    p = os.path.join(tmp, name)
    with open(p, "w") as f:
        f.write(text)
    files.append(p)

pattern = re.compile(r"al|ta")
for line in fileinput.input(files):
    if pattern.search(line):
        print(f"{os.path.basename(fileinput.filename())}:{fileinput.filelineno()}:{fileinput.lineno()}: {line.rstrip()}"
              f"{' (first)' if fileinput.isfirstline() else ''}")
fileinput.close()

with fileinput.FileInput(files[:2]) as fi:
    for line in fi:
        if fi.isfirstline():
            print("==>", os.path.basename(fi.filename()), "<==")
        print(f"{fi.lineno():3d} {line}", end="")
    print("after loop:", fi.lineno(), fi.filelineno())

with fileinput.input(files[:2]) as fi:
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
        else:
            print("kept", line.strip())

with fileinput.input(files=files[0], inplace=True, backup=".orig") as fi:
    for line in fi:
        print(f"{fi.filelineno()}: {line.upper()}", end="")
print(open(files[0]).read(), end="")
print(sorted(os.listdir(tmp)))
with fileinput.input(files[1], mode="rb") as fi:
    print([l for l in fi])
with fileinput.input(files[1], openhook=fileinput.hook_encoded("utf-8")) as fi:
    print(fi.readline(), end="")
try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    fileinput.input(files, mode="w")
except ValueError as e:
    print("ValueError:", e)
for line in fileinput.input(["-"]):
    print("stdin:", line.rstrip(), fileinput.isstdin(), fileinput.filename())
fileinput.close()
for p in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, p))
os.rmdir(tmp)
print(type(getpass.getuser()).__name__, issubclass(getpass.GetPassWarning, UserWarning))
