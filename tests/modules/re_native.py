import re

s = "héllo wörld, ça va? 日本語 text"
print(re.findall(r"\w+", s), re.findall(r"(\w)(\w)", s))
print(re.split(r"(\s)|(,)", s), re.split(r"\W+", s, maxsplit=2))
print(re.sub(r"(\w)(\w*)", r"\2\1", s), re.subn(r"ö", "oe", s))
print(re.sub(r"", "|", "日本"), re.sub(r"x*", "-", "aé"), re.findall(r"\b", "é a"))
print([m.span() for m in re.finditer(r"\w+", s)], [m.group() for m in re.finditer(r"", "ab")])
print([m.lastindex for m in re.finditer(r"(a)|(b)(c)?", "abc ab")])
it = re.finditer(r"\d", "0123456789" * 30)
print(next(it).group(), sum(1 for _ in it))
print(len(re.findall(r"x?", "axbx" * 100)), re.sub(r"a|", "-", "bab"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"(a)(x)?", "a"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>:\g<0>]", "ab cd", count=1))
print(re.sub(r"(a)|b", r"<\1>", "ab"), re.split(r"(a)|b", "xaybz"))
print(re.compile(r"\d+").findall("a12b34c56", 3, 7), re.compile(r"o").sub("0", "foo"))
