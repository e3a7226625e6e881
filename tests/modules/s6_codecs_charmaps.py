import codecs, io, os, tempfile
samples = ["Hello", "café €5", "Ÿ œ Š ž", "╔═╗ ░▒▓ αßΓπ ±≥≤", "Æble ƒ “quoted” ™ …", "", "naïve façade"]
for enc in ["iso-8859-15", "latin9", "cp437", "IBM437", "mac_roman", "macintosh", "cp1252", "latin-1"]:
    print("==", enc, codecs.lookup(enc).name)
    for s in samples:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            try:
                b = s.encode(enc, errors)
                back = b.decode(enc)
                print(repr(s), errors, b, repr(back))
            except UnicodeEncodeError as e:
                print(repr(s), errors, "UnicodeEncodeError:", e, e.start, e.end)
    print(bytes(range(0x80, 0x100)).decode(enc, "replace"))
for enc in ["cp1252", "iso8859_15"]:
    try:
        b"\x81\x8d abc".decode(enc)
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError:", e)
    print(repr(b"\x81\x8d abc".decode(enc, "replace")), repr(b"\x81x".decode(enc, "backslashreplace")))
# box drawing for a DOS-style table
table = "╔════╗\n║ hi ║\n╚════╝"
raw = table.encode("cp437")
print(raw, raw.decode("cp437") == table, len(raw))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.txt")
    with open(path, "w", encoding="iso-8859-15") as f:
        f.write("Prix: 10€\nœuvre\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="iso-8859-15") as f:
        print(f.readlines())
    with open(path, "w", encoding="mac_roman") as f:
        f.write("π≈3.14 ©\n")
    with open(path, encoding="mac_roman") as f:
        print(repr(f.read()))
    with open(path, "rb") as f:
        print(f.read())
print(codecs.encode("ÿ€", "iso8859_15"), codecs.decode(b"\xa4", "latin9"), str(b"\x80\x9b", "cp437"))
try:
    "€".encode("cp437")
except UnicodeEncodeError as e:
    print(e.encoding, e.reason, repr(e.object))
try:
    "x".encode("latin-9")
except LookupError as e:
    print("LookupError", e)
