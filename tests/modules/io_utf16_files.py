# Text files in utf-16 / utf-32 (BOM handling, newline translation, incremental reads).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
text = "héllo\nwörld 😀\r\nline3\n" + "x" * 10000 + "\nend€"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252"):
    t = text if enc != "cp1252" else text.replace("😀", "?")
    with open(p, "w", encoding=enc) as f:
        f.write(t[:7])
        f.write(t[7:])
    raw = open(p, "rb").read()
    print(enc, len(raw), raw[:8])
    with open(p, encoding=enc) as f:
        got = f.read()
    print(got == t.replace("\r\n", "\n"), len(got))
    with open(p, encoding=enc, newline="") as f:
        lines = f.readlines()
    print(len(lines), lines[:2], lines[-1])
    with open(p, encoding=enc) as f:
        print(repr(f.read(3)), repr(f.readline()), repr(f.read(4)))
    # append: no second BOM
    with open(p, "a", encoding=enc) as f:
        f.write("more")
    with open(p, encoding=enc) as f:
        print(f.read()[-8:])

with open(p, "w", encoding="utf-16") as f:
    f.write("abc")
print(open(p, "rb").read())
print("abc".encode("utf-16") == open(p, "rb").read())
with open(p, "w+", encoding="utf-16") as f:
    f.write("round trip")
    f.seek(0)
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write("no bom".encode("utf-16-be"))
with open(p, encoding="utf-16-be") as f:
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write("big".encode("utf-16"))
    f.write(b"\xfe\xff")
with open(p, encoding="utf-16", errors="replace") as f:
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"\xff\xfea\x00b")
try:
    with open(p, encoding="utf-16") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
os.remove(p)
os.rmdir(d)
