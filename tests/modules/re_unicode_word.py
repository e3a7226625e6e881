import re
s = "日本語 ｆｕｌｌ Ǆemal ½ ﬁnal Ⅻ — ΣΟΦΙΑ x_1 ³²"
print(re.findall(r"\w+", s), re.findall(r"[\w]+", s), re.findall(r"\W+", s), re.findall(r"[^\W\d]+", s))
print(re.findall(r"\w+", s, re.ASCII), [c for c in "½¼²٣Ⅻ〇" if re.fullmatch(r"\w", c)])
