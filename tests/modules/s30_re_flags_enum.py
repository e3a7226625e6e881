# re's flags behave as the IntFlag members CPython makes them: name, value,
# membership, iteration over a combination and over the class, lookup by name.
import re
print(re.I, re.M | re.I, repr(re.S), re.I == 2, int(re.X), type(re.I).__name__)
print(re.compile("a", re.I).flags, re.compile("a").flags)
print(re.I in (re.I | re.M), bool(re.I & re.M), re.A | 0)
print(re.I.value, re.M.name, list(re.RegexFlag)[:2])
print(list(re.RegexFlag), len(re.RegexFlag))
print((re.I|re.M).name, re.I.name, re.NOFLAG.name, (re.I|re.M).value, list(re.I|re.M|re.A), len(re.I|re.M))
print(re.I in re.I|re.M, re.A in re.I|re.M, re.RegexFlag(2), re.RegexFlag(10), re.RegexFlag['IGNORECASE'], isinstance(re.I, int))
print(format(re.I), f'{re.M}', '%s %d' % (re.I, re.I), str(re.I), f'{re.I:d}', f'{re.I:>5}')
print(bool(re.NOFLAG), bool(re.I), re.RegexFlag, re.I + 1, hash(re.I) == hash(2), {re.I: 1}[2])
if re.NOFLAG: print("truthy")
print(re.findall("A", "aA", re.I), re.sub("a", "b", "aA", flags=re.I | re.M))
