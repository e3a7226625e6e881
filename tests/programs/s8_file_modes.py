"""Reading and writing files in every mode a beginner tries, in a temp dir."""
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "notes.txt")

with open(path, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two\r\nline three\rlast line without newline")
    print("wrote", n, f.tell(), f.name == path, f.mode, f.encoding, f.closed, f.writable(), f.readable())
print(f.closed)

with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print([line for line in f])
with open(path, "rb") as f:
    data = f.read()
    print(data[:20], len(data), f.tell(), f.seek(5), f.read(3), f.seek(-4, os.SEEK_END), f.read())
with open(path, "r") as f:
    print(f.readline(), end="|")
    print(f.readline(4), f.tell() > 0)
    f.seek(0)
    print(next(f), f.readline(0) == "", len(list(f)))

with open(path, "a", encoding="utf-8") as f:
    print("appended", 42, sep=":", file=f)
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.read().splitlines()[-3:])

with open(path, "r+") as f:
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(f.readline().rstrip())

try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(os.path.join(tmp, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, str(e).replace(tmp, "TMP"))
try:
    open(tmp)
except IsADirectoryError as e:
    print("IsADirectoryError", str(e).replace(tmp, "TMP"))
try:
    open(path, "q")
except ValueError as e:
    print("ValueError", e)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError", e)
try:
    with open(path) as f:
        f.write("no")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

bin_path = os.path.join(tmp, "data.bin")
with open(bin_path, "wb") as f:
    f.write(bytes(range(256)))
    f.write(bytearray(b"\xff\xfe"))
print(os.path.getsize(bin_path))
with open(bin_path, "rb") as f:
    chunks = []
    while chunk := f.read(100):
        chunks.append(len(chunk))
    print(chunks)
try:
    with open(bin_path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end, e.encoding)
with open(bin_path, encoding="utf-8", errors="replace") as f:
    text = f.read()
    print(len(text), text.count("\ufffd"), repr(text[125:130]))
with open(bin_path, encoding="latin-1") as f:
    print(len(f.read()))
with open(bin_path, "rb") as f:
    print(f.read(4).hex(), f.read1(2) if hasattr(f, "read1") else "", f.peek(1)[:1] if hasattr(f, "peek") else "")

enc_path = os.path.join(tmp, "enc.txt")
for enc in ("utf-8", "utf-16", "utf-8-sig", "cp1252", "ascii"):
    try:
        with open(enc_path, "w", encoding=enc) as f:
            f.write("café ½ €")
        with open(enc_path, "rb") as f:
            raw = f.read()
        with open(enc_path, encoding=enc) as f:
            print(enc, len(raw), raw[:6], f.read())
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.reason, e.start, repr(e.object[e.start:e.end]))

buf = io.StringIO("alpha\nbeta\ngamma\n")
print(buf.readline(), buf.read(), buf.getvalue().count("\n"), buf.tell())
buf = io.StringIO()
print("a", "b", sep="-", end="!\n", file=buf)
buf.write("tail")
print(repr(buf.getvalue()), buf.seek(0), buf.read(3))
bb = io.BytesIO(b"0123456789")
print(bb.read(3), bb.seek(-2, 2), bb.read(), bb.getvalue()[:2], bb.getbuffer().nbytes)

for name in sorted(os.listdir(tmp)):
    p = os.path.join(tmp, name)
    print(f"{name:10} {os.path.getsize(p):5d} {os.path.isfile(p)}")
    os.remove(p)
os.rmdir(tmp)
print(os.path.exists(tmp))
