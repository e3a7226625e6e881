import re, warnings
warnings.simplefilter("ignore", DeprecationWarning)
for bad in ["(?i", "(?i-", "(?-", "(?i-z:a)", "(?iz:a)", "(?z)", "(?iz)", "(?-i)", "(?i-i:a)", "(?a-u:a)", "(?au)", "(?i:a", "(?ix", "a(?i)", "(?-i:a", "(?L)", "(?u:a)", "(?", "(?x-", "(?i)(?m)a", "(?:", "(?#abc", "(?P", "(?P<", "(?P<a", "(?<", "(?<x", "(?'"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print(repr(bad), "->", e)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for p in ['[[a]', '[a[]', '[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[[]', '[^[a]', '[]-[]', '[a-]', '[-a]', '[\\[a]', '[a[b]', '[&&]', '[--]', '[a-z--q]', '[]--]', '(?x)[ [a]', '[\\]&&]']:
    try: re.compile(p); print('ok', p)
    except re.error as e: print(p, e)
re.search("[[x]", "x")
re.sub("[a||b]", "", "x")
def f():
    return re.findall("[x--]", "x")
try:
    f()
except re.error as e:
    print("error", e)
