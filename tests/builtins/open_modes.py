import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print(f.mode, f.name == p, f.writable(), f.readable(), f.encoding, f.closed)
    print(f.write("line1\nline2\r\nline3\rend"), f.tell())
print(f.closed)
with open(p, "rb") as f:
    raw = f.read()
print(raw, type(raw).__name__)
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\n") as f:
    print(list(f))
with open(p, newline="\r") as f:
    print(list(f))
with open(p, "w", newline="") as f:
    f.write("a\nb\r\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == p, type(e).__mro__[1].__name__)
p2 = os.path.join(d, "new.txt")
with open(p2, "x") as f:
    f.write("created")
with open(p2, "a") as f:
    print(f.tell())
    f.write("+more")
with open(p2, "r+") as f:
    print(f.read(3), f.tell())
    f.seek(0)
    f.write("CR")
    f.seek(0)
    print(f.read())
with open(p2, "w+") as f:
    f.write("hello world")
    f.seek(6)
    print(f.read(), f.tell())
    f.truncate(5)
    f.seek(0)
    print(repr(f.read()))
with open(p2, "ab+") as f:
    f.write(b"!")
    f.seek(0)
    print(f.read())
for mode in ["rw", "xa", "rt+b", "z", "", "rbt", "U"]:
    try:
        open(p2, mode)
    except ValueError as e:
        print("ValueError", repr(mode), e)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno, e.strerror)
try:
    open(p2, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
try:
    open(p2, "rb", newline="")
except ValueError as e:
    print("ValueError", e)
try:
    open(p2, "r", newline="x")
except ValueError as e:
    print("ValueError", e)
with open(p, "wb") as f:
    f.write("é\xff".encode("latin-1") + b"\n" + "ü".encode("utf-8"))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("aé")
with open(p) as f:
    print(f.read())
with open(p, "w") as f:
    f.writelines(["x\n", "y\n", "z"])
with open(p) as f:
    print(f.readline(), f.readline(1), f.readline(), repr(f.readline()), repr(f.readline()))
f = open(p)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open(p, "rb") as f:
    print(f.read(2), f.read1(1) if hasattr(f, "read1") else b"", f.readline(), f.tell(), f.seek(-1, 2), f.read())
try:
    with open(p, "r") as f:
        f.write("no")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(p, "w") as f:
        f.read()
except OSError as e:
    print(type(e).__name__, e)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
with open(p, "r") as f:
    print(type(f).__name__, type(f.buffer).__name__)
for x in os.listdir(d):
    os.remove(os.path.join(d, x))
os.rmdir(d)
