# Unicode-aware str predicates and case mappings over a wide sample of code points.
ranges = [(0, 0x800), (0x1e00, 0x2200), (0x2c00, 0x2e00), (0x3000, 0x3100), (0xa640, 0xa800), (0xff00, 0xfff0),
          (0x10400, 0x10450), (0x1d400, 0x1d420), (0x1f600, 0x1f610), (0xe0000, 0xe0080)]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isprintable", "isidentifier",
         "islower", "isupper", "istitle"]
for name in preds:
    total = 0
    h = 0
    for a, b in ranges:
        for c in range(a, b):
            if getattr(chr(c), name)():
                total += 1
                h = (h * 31 + c) % 1000000007
    print(name, total, h)
for name in ["upper", "lower", "title", "casefold", "capitalize", "swapcase"]:
    changed = 0
    h = 0
    for a, b in ranges:
        for c in range(a, b):
            s = chr(c)
            r = getattr(s, name)()
            if r != s:
                changed += 1
                for ch in r:
                    h = (h * 31 + ord(ch)) % 1000000007
    print(name, changed, h)
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "ﬁ".title(), "ǆ".title(), "ǅ".upper(), "ǅ".lower(), "ŉ".upper())
print("ΣΑΣ".lower(), "ΣΑΣ Σ".lower(), "AΣ.".lower(), "A'Σ'".lower(), "Σ".lower(), "aΣb".lower(), "ΌΣΟΣ".lower())
print("İstanbul".lower(), len("İ".lower()), "ΐ".upper(), "ﬀ".capitalize(), "hello ǆungla".title(), "ǅ".istitle(), "Ǆ".isupper())
print("ＡＢＣ".lower(), "ａｂｃ".upper(), "𐐀".lower(), "𐐨".upper(), "ⅷ".upper(), "Ⅷ".isupper(), "ⅷ".isnumeric())
print("١٢٣".isdecimal(), "١٢٣".isdigit(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "〇".isnumeric(), "五".isnumeric())
print("\u00a0".isspace(), "\u2000".isspace(), "\u200b".isspace(), "\x1c\x1d\x1e\x1f".isspace(), "\x85".isspace(), "\u3000".isspace())
print("ĳ".upper(), "İ".casefold(), "ﬃ".casefold(), "ᾈ".lower(), "ᾀ".upper(), "ᾀ".title(), "ᾳ".upper(), "ᾳ".title())
print("déjà vu".title(), "o'neil mc'donald".title(), "ABC def ghi".swapcase(), "ǈ".swapcase(), "µ".upper(), "ÿ".upper())
print("αβγ".isidentifier(), "_x1".isidentifier(), "x-y".isidentifier(), "℘".isidentifier(), "·".isidentifier(), "a·".isidentifier())
print("\u0378".isprintable(), "\ue000".isprintable(), "\U000e0001".isprintable(), "\u00ad".isprintable(), " ".isprintable(), "\u3000".isprintable())
print(repr("\u0378\ue000\U000e0001\u00ad\u3000\u2028\u200b\U0001f600\U0010fffd\U000f0000"))
print(ascii("é€😀\n"), ascii(["é", b"\xe9"]), repr("\x7f\x80\x9f\xa0"))
