"""A regex-heavy scan of generated text: findall, finditer with groups,
sub with a function, split, search with lookahead and backreferences.

    python3 bench/regex_scan.py [LINES]
"""
import re
import sys

NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
DOMAINS = ["example.org", "state.gov", "mail.example.com", "host.net"]


def make_text(n):
    x = 99
    lines = []
    for i in range(n):
        x = x * 48271 % 2147483647
        name = NAMES[x % 8]
        dom = DOMAINS[(x >> 3) % 4]
        lines.append("%04d-%02d-%02d %02d:%02d From: %s.%d@%s Subject: Re: re: item #%d "
                     "costs $%d.%02d -- see http://%s/doc/%d?id=%d (ref C0%07d) %s %s" % (
                         2009 + x % 4, 1 + x % 12, 1 + x % 28, x % 24, x % 60,
                         name, x % 100, dom, i, x % 1000, x % 100, dom, x % 5000,
                         i, x % 9999999, name, name if x % 7 == 0 else NAMES[(x >> 5) % 8]))
    return "\n".join(lines)


EMAIL = re.compile(r"([a-z]+)\.(\d+)@([a-z.]+)")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d) (?P<hh>\d\d):(?P<mm>\d\d)", re.M)
MONEY = re.compile(r"\$(\d+)\.(\d\d)")
URL = re.compile(r"https?://[^\s/]+(/[^\s?]*)?(\?\S*)?")
DOUBLED = re.compile(r"\b(\w+) \1\b")
SUBJECT = re.compile(r"Subject: ((?:re: )+)", re.I)


def main(n):
    text = make_text(n)
    emails = EMAIL.findall(text)
    by_name = {}
    for name, num, dom in emails:
        by_name[name] = by_name.get(name, 0) + int(num)
    print("emails:", len(emails), sorted(by_name.items())[:3])
    years = {}
    for m in DATE.finditer(text):
        y = m.group("y")
        years[y] = years.get(y, 0) + int(m.group("mm"))
    print("dates:", sorted(years.items()))
    cents = sum(int(a) * 100 + int(b) for a, b in MONEY.findall(text))
    print("money:", cents)
    print("urls:", sum(1 for _ in URL.finditer(text)))
    print("doubled:", len(DOUBLED.findall(text)))
    replies = sum(len(m.group(1)) for m in SUBJECT.finditer(text))
    print("replies:", replies)
    redacted = re.sub(r"C0(\d{7})", lambda m: "C0" + str(int(m.group(1)) % 1000).zfill(7), text)
    print("redacted:", len(redacted), redacted.count("C0000"))
    words = re.split(r"[\s:@.,?/=#$()-]+", text)
    print("split:", len(words), len(set(w for w in words if re.fullmatch(r"[a-z]+", w))))
    print("lookahead:", len(re.findall(r"\b\w+(?=@state\.gov)", text)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
