# text processing a user would write: word counts, tables, parsing
import re
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!  Über-naïve café owners say "ça va?"
Numbers: 3.14, -42, 1e10, 0x1F and 1_000_000."""
words = re.findall(r"[\w'-]+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), top)
print("\n".join(f"{w:<10}|{'#' * c:<5}|{c:>3}" for w, c in top))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], [l.split()[0] for l in lines])
print(text.count("the"), text.lower().count("the"), text.title()[:30], text.swapcase()[-20:])
table = [("name", "qty", "price"), ("widget", 3, 4.5), ("gadget", 12, 19.999), ("ünïcode", 0, 0)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(row, widths)))
total = sum(q * p for _, q, p in table[1:])
print(f"total: {total:,.2f} avg: {total / (len(table) - 1):.3f} pct: {table[1][1] / 15:.1%}")
csv = "id,name,score\n1,ann,90\n2,bob,\n3,\"c, d\",77\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows, [r[2] or "n/a" for r in rows[1:]])
import csv as csvmod, io
print(list(csvmod.reader(io.StringIO(csv))))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333"), re.split(r"[;,]\s*", "a, b;c,d"), re.match(r"(?P<k>\w+)=(?P<v>\w*)", "key=val").groupdict())
print("café".encode("utf-8"), len("café".encode()), "naïve"[2], "🎉".encode("utf-16-le"), len("🎉"), "ß".casefold() == "ss", "İ".lower(), len("İ".lower()))
print(sorted(["é", "e", "f", "E", "z", "Z"]), sorted(["é", "e", "f"], key=lambda s: s.encode("ascii", "ignore")), "".join(reversed("añb")), "x".join("abc"))
s = "  Mixed Case\tText\n"
print(repr(s.strip()), repr(s.rstrip("\n")), s.split("\t"), repr(s.lstrip()), s.strip().lower().replace(" ", "_"), s.isprintable(), "abc".isprintable())
print(str.maketrans({"a": "1"}), "banana".translate(str.maketrans("an", "AN", "b")), "hello world".title(), "they're bill's".title(), "o'neil".capitalize())
print("%-10s|%10s|" % ("left", "right"), "%05.1f%%" % 99.5, "{:>8}".format("€uro"), "{:08.3f}".format(-3.14159), f"{'x'!r:^7}", f"{0.1 + 0.2!r}", f"{1/3:.{2}f}")
print(int("１２３"), float("１.５"), "１２３".isdecimal(), "²".isdigit(), "²".isdecimal(), str(12).rjust(5, "0"), "abc".encode().decode("ascii"), "%s" % "ﬀ".upper())
