import codecs, io, os, tempfile
text = "héllo wörld — 日本語 😀\nline two\r\nend"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig", "latin-1", "cp1252"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = "plain ascii\nand more".encode(enc)
        src = "plain ascii\nand more"
    else:
        src = text
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
    pieces.append(dec.decode(b"", final=True))
    print(enc, "".join(pieces) == src, len(data))
    e = codecs.getincrementalencoder(enc)()
    out = b"".join(e.encode(c) for c in src) + e.encode("", final=True)
    print(" enc", out == data, out[:8])
    print(" iter", "".join(codecs.iterdecode([data[i:i + 2] for i in range(0, len(data), 2)], enc)) == src,
          b"".join(codecs.iterencode(src.split(" "), enc))[:6])
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")), repr(d.decode(b"\xff", final=False)) if False else "")
d = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(repr(d.decode(b"a\xffb\xe2")), repr(d.decode(b"", True)))
d = codecs.getincrementaldecoder("utf-8")()
try:
    d.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.txt")
    with codecs.open(path, "w", encoding="utf-8") as f:
        f.write("α\r\nβ\n")
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, "r", encoding="utf-8") as f:
        print(repr(f.read()))
    with codecs.open(path, encoding="utf-8") as f:
        print([l for l in f])
    with codecs.open(path, "rb") as f:
        print(f.read())
raw = io.BytesIO()
w = codecs.getwriter("utf-8")(raw)
w.write("x→y\n"); w.writelines(["a", "b"])
print(raw.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("first\nsecond ü\nthird".encode()))
print(repr(r.readline()), repr(r.read()))
r = codecs.getreader("utf-16")(io.BytesIO("ab\ncd".encode("utf-16")))
print(repr(r.read()))
print(codecs.lookup_error("strict").__name__, codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "x")), codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a€", 1, 2, "x")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "x")), codecs.ignore_errors(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "x")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
print(codecs.BOM32_LE, codecs.BOM64_BE, codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: "a", 2: "a", 3: "b"}))
ci = codecs.lookup("UTF8")
print(ci.name, ci.encode("é"), ci.decode(b"\xc3\xa9"), ci.incrementaldecoder is not None, ci.streamwriter is not None)
