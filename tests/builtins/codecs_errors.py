for s, enc, err in [("é", "ascii", "strict"), ("aé€b", "ascii", "replace"), ("aé€b", "latin-1", "strict"), ("é€😀", "ascii", "backslashreplace"),
                    ("é€😀", "latin-1", "xmlcharrefreplace"), ("é€", "ascii", "ignore"), ("éé", "ascii", "strict"), ("x€", "cp1252", "strict"),
                    ("\x81", "cp1252", "strict"), ("ab", "utf-16", "strict"), ("ab", "utf-16-be", "strict"), ("a😀", "utf-32-le", "strict"),
                    ("é", "utf-8-sig", "strict"), ("é", "UTF8", "strict"), ("é", "Latin_1", "strict"), ("é", "iso8859-1", "strict"), ("x", "bogus", "strict"),
                    ("é", "ascii", "bogus"), ("a", "ascii", "bogus")]:
    try:
        print(repr(s), enc, err, "->", s.encode(enc, err))
    except UnicodeEncodeError as e:
        print(repr(s), enc, err, "!!", type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
    except LookupError as e:
        print(repr(s), enc, err, "!!", type(e).__name__, e)
for b, enc, err in [(b"\xff", "utf-8", "strict"), (b"a\xffb", "ascii", "strict"), (b"\xc3", "utf-8", "strict"), (b"\xe2\x82", "utf-8", "strict"),
                    (b"\xe2\x28\xa1", "utf-8", "strict"), (b"\xed\xa0\x80", "utf-8", "strict"), (b"\xf4\x90\x80\x80", "utf-8", "strict"),
                    (b"\xc0\x80", "utf-8", "strict"), (b"\xe0\x80\x80x", "utf-8", "replace"), (b"\xf0\x9f\x98", "utf-8", "replace"),
                    (b"\xf0\x9f\x98a", "utf-8", "strict"), (b"\xe2\x82\xac\xff", "utf-8", "backslashreplace"), (b"a\x80\x81b", "ascii", "ignore"),
                    (b"a\x80\x81b", "ascii", "replace"), (b"\xff\xfea\x00b\x00", "utf-16", "strict"), (b"a\x00b", "utf-16-le", "strict"),
                    (b"\x00a\x00b", "utf-16-be", "strict"), (b"\x81", "cp1252", "strict"), (b"\x80\x99", "cp1252", "strict"),
                    (b"\xef\xbb\xbfabc", "utf-8-sig", "strict"), (b"\xef\xbb\xbfabc", "utf-8", "strict"), (b"\xff", "utf-8", "bogus"),
                    (b"\x00\xd8a\x00", "utf-16-le", "strict"), (b"\xff\xff\x11\x00", "utf-32-le", "strict")]:
    try:
        print(b, enc, err, "->", repr(b.decode(enc, err)))
    except UnicodeDecodeError as e:
        print(b, enc, err, "!!", type(e).__name__, e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    except LookupError as e:
        print(b, enc, err, "!!", type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xe9", "latin-1"), str(bytearray(b"x"), encoding="utf-8"), str(b"\xff", "utf-8", "replace"), str(memoryview(b"mv"), "ascii"))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, e.start, e.end, e.reason, e.object)
e = UnicodeEncodeError("ascii", "\u1234x", 0, 1, "nope")
print(e, repr(e.object))
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
print("x".encode(encoding="ascii", errors="strict"), b"x".decode(encoding="ascii"), "é".encode(), b"\xc3\xa9".decode())
