import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.mode, f.closed, os.path.basename(f.name))
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print([line.rstrip("\n") for line in f])
with open(p) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(3)), f.seek(0), repr(f.read(2)))
with open(p, "a") as f:
    f.write("\nappended")
with open(p, "r") as f:
    print(f.read().splitlines())
with open(p, "rb") as f:
    data = f.read()
    print(data[:8], type(data).__name__, f.tell(), f.seek(-8, 2), f.read(), f.seek(2), f.read(3), f.seek(1, 1), f.read(2))
with open(p, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="utf-8") as f:
    f.write("é€\n")
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read())
with open(p, "w") as f:
    f.writelines(["x\n", "y\n"])
with open(p, "r+") as f:
    print(repr(f.read()))
    f.write("z\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.truncate(2)
with open(p) as f:
    print(repr(f.read()))
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
try:
    open(os.path.join(d, "nope.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(e)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
with open(p, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(p, "rw")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
with open(p, "w") as f:
    print(f.writable(), f.readable(), f.seekable(), f.encoding, type(f).__name__)
with open(p, "rb") as f:
    print(type(f).__name__, f.mode)
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
