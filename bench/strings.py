"""String building and splitting (join, concatenation, split, replace,
formatting, slicing, methods).

    python3 bench/strings.py [N]
"""
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def build_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % 16]
        v = WORDS[(i * 7) % 16]
        lines.append("%d,%s,%s,%s" % (i, w, v.upper(), w + "-" + v))
    return lines


def main(n):
    lines = build_lines(n)
    text = "\n".join(lines)
    checksum = len(text)
    count = 0
    for line in text.split("\n"):
        fields = line.split(",")
        name = fields[3].replace("-", "_")
        if name.startswith("alpha") or name.endswith("pi"):
            count += 1
        checksum += len(name) + fields[2].lower().find("a")
        checksum += int(fields[0]) % 7
    print("lines:", len(lines), "matches:", count, "checksum:", checksum)
    s = ""
    for i in range(n // 4):
        s += WORDS[i % 16][:3]
        if len(s) > 1000:
            checksum += s.count("al") + len(s.strip("a"))
            s = s[500:]
    print("concat checksum:", checksum)
    parts = []
    for i in range(n // 4):
        t = f"{i:>8}|{WORDS[i % 16]:<8}|{i * 3 % 101:04d}"
        parts.append(t.title().swapcase())
    joined = "".join(parts)
    print("formatted:", len(joined), joined[:40], joined[-40:])
    pieces = joined.split("|")
    print("split:", len(pieces), sum(len(p.strip()) for p in pieces))
    rev = "".join(reversed(joined[:1000]))
    print("reversed:", rev[:30])
    print("partition:", "key=value=x".partition("="), "a b  c".split())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
