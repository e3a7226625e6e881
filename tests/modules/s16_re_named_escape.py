# \N{NAME} escapes in str patterns (Python 3.8+), in and out of classes, and their
# errors; bytes patterns refuse them.
import re
for p in [r'\N', r'a\N{', r'a\N{}', r'a\N{LATIN', r'a\N{NOT A NAME}b', r'x[\N{DIGIT ONE}-\N{DIGIT THREE}]', r'\N{EM DASH}+', r'\\N{x}', r'(?i)\N{LATIN SMALL LETTER A}\d']:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.findall("a1—— 2x23 A5 \\N{x}"), c.pattern == p)
    except re.error as e:
        print(repr(p), "error:", e.msg, e.pos)
try:
    re.compile(rb"\N{EM DASH}")
except re.error as e:
    print("bytes:", e.msg, e.pos)
print(re.sub(r"\N{NO-BREAK SPACE}", " ", "a\u00a0b"), re.split(r"[\N{EN DASH}\N{EM DASH}]", "1–2—3"))
