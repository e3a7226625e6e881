import string, textwrap
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25))
print(textwrap.fill("a b c", 1), textwrap.wrap(""), textwrap.wrap("   lead"), textwrap.wrap("supercalifragilistic", 5))
print(textwrap.shorten("Hello  world, this is long", width=15), textwrap.shorten("short", 10), textwrap.shorten("abc def ghi", 9, placeholder="~"))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  x\n\n  y")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\nb", "+", lambda l: True), sep="|")
print(textwrap.fill("one two three four five six", width=12, initial_indent="* ", subsequent_indent="  "))
w = textwrap.TextWrapper(width=10, break_long_words=False, expand_tabs=True)
print(w.wrap("averyveryverylongword short\ttab"))
print(textwrap.wrap("hyphen-ated words here-and-there", 10), textwrap.wrap("a  b", 10, drop_whitespace=False))
