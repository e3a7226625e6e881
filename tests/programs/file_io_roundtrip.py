"""File I/O round trips in a temporary directory: text/binary modes, newlines, encodings, csv, json, pathlib."""
import io, os, tempfile, pathlib, sys, csv, json
d = tempfile.mkdtemp()
p = os.path.join(d, "notes.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("line one\nline two\r\nline three"), f.tell() if False else "", f.name == p, f.mode, f.encoding, f.closed)
with open(p) as f:
    print(repr(f.read(4)), repr(f.readline()), f.readlines())
with open(p, newline="") as f:
    print([repr(l) for l in f])
with open(p, "rb") as f:
    data = f.read(); print(data, f.tell(), f.seek(-5, 2), f.read(), f.seek(0), f.read(3))
with open(p, "a") as f:
    f.writelines(["\nx", "y\n"])
print(open(p).read().splitlines(), os.path.getsize(p), os.path.exists(p), os.path.isdir(d))
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(p, "rz")
except ValueError as e:
    print("ValueError", e)
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
print(open(p, "rb").read(), open(p, encoding="latin-1").read())
try:
    open(p, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(open(p, encoding="utf-8", errors="replace").read())
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
pp = pathlib.Path(d) / "sub" / "data.csv"
pp.parent.mkdir(parents=True, exist_ok=True)
with pp.open("w", newline="") as fh:
    w = csv.writer(fh); w.writerow(["a", "b c", 'q"uote']); w.writerows([[1, 2.5, None], ["x,y", "", "z"]])
print(repr(pp.read_text()), pp.suffix, pp.stem, pp.name, pp.parent.name, pp.with_suffix(".json").name, pp.exists())
with pp.open(newline="") as fh:
    print(list(csv.reader(fh)))
jp = pp.with_suffix(".json")
jp.write_text(json.dumps({"k": [1, 2, {"z": None}]}, indent=2))
print(json.loads(jp.read_text()), sorted(x.name for x in pp.parent.iterdir()), sorted(p.name for p in pathlib.Path(d).rglob("*.*")))
s = io.StringIO()
s.write("abc\ndef\n")
s.seek(0)
print(s.readline(), end=""); print(s.read(), s.getvalue() == "abc\ndef\n", s.tell())
b = io.BytesIO(b"hello world")
print(b.read(5), b.seek(6), b.read(), b.getbuffer().nbytes if hasattr(b, "getbuffer") else "")
print("to stderr", file=sys.stderr)
print("a", "b", sep="|", end="$\n")
sys.stdout.write("written\n")
print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x.tar.gz"), os.path.split("/a/b/c"), os.path.normpath("a/./b/../c//d"), os.path.relpath("/a/b/c", "/a"))
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
