import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "nl.txt")
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read())
with open(p, "w", newline="\r") as f:
    f.write("x\ny\n")
print(open(p, "rb").read(), repr(open(p).read()), repr(open(p, newline="").read()))
with open(p, "wb") as f:
    f.write(b"l1\r\nl2\rl3\nl4")
with open(p) as f:
    print(f.readlines(), f.newlines)
with open(p, newline="\n") as f:
    print(f.readlines())
with open(p, "w", encoding="latin-1") as f:
    f.write("é")
print(open(p, "rb").read(), open(p, encoding="latin-1").read())
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
print(open(p, "rb").read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
with open(p, "w") as f:
    for i in range(1000):
        f.write(f"line {i}\n")
with open(p) as f:
    n = sum(1 for _ in f)
with open(p) as f:
    f.seek(0, os.SEEK_END)
    size = f.tell()
print(n, size, os.path.getsize(p))
with open(p, "rb") as f:
    f.seek(-9, os.SEEK_END)
    print(f.read(), f.tell())
with open(p, "a+") as f:
    f.seek(0)
    first = f.readline()
    f.write("appended\n")
print(repr(first), open(p).read().splitlines()[-1])
import shutil; shutil.rmtree(d)
