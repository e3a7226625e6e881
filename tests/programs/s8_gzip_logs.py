"""Rotate and compress log files with gzip in a temp dir, then read them back."""
import gzip
import io
import os
import shutil
import tempfile
import zlib

LINES = [f"2024-03-{d:02d} INFO request {i} took {i * 7 % 13} ms ✓" for d in range(1, 4) for i in range(5)]

with tempfile.TemporaryDirectory() as tmp:
    log = os.path.join(tmp, "app.log")
    with open(log, "w", encoding="utf-8") as f:
        f.write("\n".join(LINES) + "\n")
    # rotate: app.log -> app.log.1.gz
    gz_path = log + ".1.gz"
    with open(log, "rb") as src, gzip.open(gz_path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(log)
    print(sorted(os.listdir(tmp)))
    with open(gz_path, "rb") as f:
        magic = f.read(4)
    print(magic[:3], magic[3] & gzip.FNAME)

    with gzip.open(gz_path, "rt", encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    print(len(lines), lines[0], lines[-1], sep="\n")
    slow = [l for l in lines if int(l.split()[-3]) > 9]
    print("slow:", len(slow))
    with gzip.open(gz_path) as f:
        print(f.readline(), f.read(10), f.tell())
        f.seek(0)
        print(len(f.read()), f.read())

    # text mode write with newline handling, append a second member
    tpath = os.path.join(tmp, "notes.txt.gz")
    with gzip.open(tpath, "wt", encoding="utf-8") as f:
        f.write("first line\nsecond line\n")
    with gzip.open(tpath, "at", encoding="utf-8") as f:
        print("third line", file=f)
    with gzip.open(tpath, "rt") as f:
        print(f.read().splitlines())
    with gzip.GzipFile(tpath) as g:
        print(g.name.endswith("notes.txt.gz"), g.mode, g.readable(), g.writable(), g.closed)
    print(g.closed)

data = ("hello gzip " * 200).encode()
blob = gzip.compress(data, mtime=0)
print(blob[:10], len(blob) < len(data), gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")), gzip.decompress(gzip.compress(b"")))
for bad in (b"not gzip at all", blob[:20], b""):
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError, OSError) as e:
        print(type(e).__name__, e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory")
print(gzip.decompress(buf.getvalue()), issubclass(gzip.BadGzipFile, OSError))
for bad_mode in ("rbt", "z"):
    try:
        gzip.open(os.devnull, bad_mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    gzip.open(os.devnull, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
print(zlib.crc32(data), zlib.decompress(zlib.compress(data)) == data)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"xyz") + b"tail"), d.unused_data, d.eof)
