import string, textwrap, pprint
from string import Template, Formatter

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), string.capwords(" x y "))
t = Template("$who likes $what; ${who}s cost $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "al", "what": "x"}, what="y"), t.safe_substitute(who="z"), t.template)
print(Template("$a $b").safe_substitute(a=1), Template("${a}b $$ $").safe_substitute(a=2), t.get_identifiers(), t.is_valid())
show("missing", lambda: Template("$x").substitute())
show("invalid", lambda: Template("a $ b").substitute())
show("invalid2", lambda: Template("line1\n  $1").substitute())
show("bad brace", lambda: Template("${x").substitute(x=1))
class MyT(Template):
    delimiter = "%"
print(MyT("%x and %{y}").substitute(x=1, y=2))
f = Formatter()
print(f.format("{0} {1!r} {x:>5}", 1, "a", x="b"), list(f.parse("a{0}b{x!r:>3}c{{}}")), f.vformat("{a}", (), {"a": 5}))
print(f.get_field("a.b", (), {"a": type("X", (), {"b": 3})()})[0], f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))
show("fmt missing", lambda: f.format("{0}"))
show("fmt kw missing", lambda: f.format("{x}"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a verylongwordthatexceedswidth b", 10), textwrap.wrap("a verylongwordthatexceedswidth b", 10, break_long_words=False))
print(textwrap.wrap("one-two-three-four five", 8), textwrap.wrap("one-two-three-four five", 8, break_on_hyphens=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\tb\nc  d", 20), textwrap.wrap("a\tb", 20, expand_tabs=False))
print(textwrap.wrap("Hello. World. Foo.", 80, fix_sentence_endings=True), textwrap.wrap("  leading space", 40, drop_whitespace=False))
print(textwrap.wrap("x " * 30, width=15, max_lines=3), textwrap.wrap("x " * 30, width=15, max_lines=2, placeholder=" [more]"))
print(textwrap.shorten("Hello  world!  How are you?", width=12), textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 5, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  a\n\n  b")), repr(textwrap.dedent("\ta\n    b")), repr(textwrap.dedent("  x\n   \n  y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)), repr(textwrap.indent("a\r\nb", "  ")))
w = textwrap.TextWrapper(width=12, initial_indent="-", tabsize=4)
print(w.wrap("alpha beta gamma delta epsilon"), w.fill("x y"), w.width)
show("width0", lambda: textwrap.wrap("abc", 0))
show("shorten small", lambda: textwrap.shorten("hello world", 3))
show("maxlines", lambda: textwrap.wrap("aaa bbb ccc", 5, max_lines=1, placeholder=" xxxxxxxxxxx"))
data = {"name": "weft", "nums": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "z": None, "c": "x" * 50}, "set": {3, 1, 2}, "fs": frozenset(), "t": (1,), "e": [], "ed": {}}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat(data, indent=2, width=60, compact=True))
print(pprint.pformat(data, depth=1), pprint.pformat([[[[1]]]], depth=2))
print(pprint.pformat(list(range(100)), compact=True, width=50))
print(pprint.pformat("a long string " * 10, width=30))
print(pprint.pformat(b"bytes " * 20, width=30))
print(pprint.pformat({"k" * 10: "v" * 10 for _ in range(1)}, width=10), pprint.pformat((1, 2), width=1), pprint.pformat({}))
pprint.pp({"b": 1, "a": 2}), pprint.pprint({"b": 1, "a": 2})
from collections import OrderedDict, defaultdict, Counter, deque
print(pprint.pformat(OrderedDict(a=1, b=[1] * 30)), pprint.pformat(defaultdict(list, {"x": list(range(25))})))
print(pprint.pformat(Counter("abracadabra")), pprint.pformat(deque(range(30), maxlen=40)))
l = [1, 2]; l.append(l); print(pprint.pformat(l).split(" with id")[0], pprint.isrecursive(l), pprint.isreadable(l), pprint.saferepr(l).split(" with")[0], pprint.isreadable([1]))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: list
print(pprint.pformat(P(1, list(range(40))), width=40))
print(pprint.pformat(P(1, [2]), underscore_numbers=True), pprint.pformat(10**10, underscore_numbers=True))
pp = pprint.PrettyPrinter(width=20, indent=4)
pp.pprint({"alpha": [1, 2, 3], "beta": ("x", "y")})
print(pprint.pformat({(1, 2): "a", (0, 5): "b", "s": 1} if False else {(1, 2): "a", (0, 5): "b"}), pprint.pformat({1: "a", "b": 2}))
