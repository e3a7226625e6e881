parts = []
for i in range(10):
    parts.append(f"{i:02d}")
print("-".join(parts))
s = ""
for i in range(50):
    s += str(i % 10)
print(s, len(s))
lines = [f"{name:<8}{score:>6.1f}" for name, score in [("ann", 93.456), ("bob", 78.0), ("christina", 100)]]
print("\n".join(lines))
table = [["id", "name"], [1, "x"], [22, "yy"]]
widths = [max(len(str(r[c])) for r in table) for c in range(2)]
for r in table:
    print(" | ".join(str(v).ljust(w) for v, w in zip(r, widths)))
print("=" * 20, "ab".join("123"), "%s-%s" % ("a", "b"), "{}{}".format(1, 2))
words = "the quick brown fox".split()
print(" ".join(w[::-1] for w in words), " ".join(reversed(words)), "".join(w[0].upper() for w in words))
import io
buf = io.StringIO()
for i in range(3):
    buf.write(f"row {i}\n")
print(buf.getvalue(), end="")
print("a" + "b" * 3 + "c", ("x" * 1000).count("x"), len("".join(str(i) for i in range(1000))))
