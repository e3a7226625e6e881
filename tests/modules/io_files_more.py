import posix, io, sys
import tempfile
d = tempfile.mkdtemp()
p = d + "/t.txt"
with open(p, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.mode, f.closed, f.name == p)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(3)), f.seek(0), repr(f.read(2)))
with open(p, "a") as f:
    f.write("\nappended")
with open(p, "r") as f:
    print(f.read())
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
    f = open(p, encoding="ascii")
    f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e, e.start, e.end, e.reason, e.encoding)
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines(), f.newlines)
with open(p, newline="\r") as f:
    print(f.readlines())
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
    open(d + "/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename == d + "/nope.txt")
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
for mode, kw in [("rw", {}), ("rb", {"encoding": "utf-8"}), ("r", {"buffering": 0}), ("r", {"newline": "x"}), ("r", {"encoding": "nope"}), ("+", {})]:
    try:
        open(p, mode, **kw)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    print(f.writable(), f.readable(), f.seekable(), f.encoding, type(f).__name__, f.errors, f.line_buffering)
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.name == p, type(f.raw).__name__, f.raw.mode, f.raw.closefd)
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__)
with open(p, "r+b") as f:
    print(type(f).__name__, f.mode)
with open(p, "w+") as f:
    print(f.mode, f.buffer.mode, f.buffer.raw.mode)
    f.write("hello\nworld\n")
    f.seek(0)
    print(f.readline(), f.tell())
with open(p, "a+") as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write("more\n")
with open(p) as f:
    print(f.read())
# big file
with open(p, "w") as f:
    for i in range(20000):
        f.write("line %d é\n" % i)
with open(p) as f:
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())
with open(p) as f:
    s = f.read()
    print(len(s), f.tell(), repr(f.read()))
with open(p, "rb") as f:
    n = 0
    for line in f:
        n += 1
    print(n)
with open(p) as f:
    print(repr(f.read(5)), repr(f.readline()), f.tell(), repr(f.read(12)))
    pos = f.tell()
    a = f.readline()
    f.seek(pos)
    print(a == f.readline())
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.readline()))
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("bom")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8-sig") as f:
    print(f.read())
posix.unlink(p)
posix.rmdir(d)
print(posix.access(d, posix.F_OK))
