"""Normalise and index multilingual text: unicodedata, casefold, html escaping, slugs."""
import unicodedata
import html
import re
from collections import Counter

TITLES = [
    "Crème Brûlée: A Love Story",
    "Ångström & the Ⅻ Labours",
    "Straße der Ǆemal — ﬁnal ½ edition",
    "<b>Bold</b> \"quoted\" 'single'",
    "Ελληνικά ΣΟΦΙΑ και σοφία",
    "日本語のテキスト ｆｕｌｌｗｉｄｔｈ",
]


def slugify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def categories(s):
    return Counter(unicodedata.category(c)[0] for c in s)


for t in TITLES:
    print(f"{slugify(t)!r:45} {dict(sorted(categories(t).items()))}")
    print("   ", html.escape(t), "|", unicodedata.normalize("NFKC", t).casefold())
names = [unicodedata.name(c, "<unnamed>") for c in "é½Ⅻ—ｆ\u200d"]
print(names)
print([unicodedata.east_asian_width(c) for c in "aｆ日ﾝ"], [unicodedata.numeric(c) for c in "½Ⅻ٣五"])
print(html.unescape("&lt;tag&gt; caf&eacute; &#8364;5 &euro; &notanentity;"))
words = re.findall(r"\w+", " ".join(TITLES).casefold())
print(Counter(words).most_common(3), len(words))
print(sorted(TITLES, key=lambda s: unicodedata.normalize("NFKD", s).casefold())[:3])
