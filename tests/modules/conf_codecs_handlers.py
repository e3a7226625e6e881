s = "héllo wörld ☃ 𝄞 \u200b"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "ascii", "cp1252", "utf-8-sig"]:
    for err in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        try:
            b = s.encode(enc, err)
            back = b.decode(enc, "replace")
            print(enc, err, b[:24], len(b), back == s)
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, err, type(e).__name__, str(e)[:90])
for raw, enc in [(b"\xff\xfeh\x00i\x00", "utf-16"), (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"\xef\xbb\xbfabc", "utf-8"), (b"a\x80b", "utf-8"), (b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80", "ascii"), (b"\x81", "cp1252"), (b"a", "nonexistent")]:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(raw, enc, err, repr(raw.decode(enc, err)))
        except (UnicodeDecodeError, LookupError, TypeError) as e:
            print(raw, enc, err, type(e).__name__, e)
import codecs
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
