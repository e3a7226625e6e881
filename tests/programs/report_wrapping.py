"""Text wrapping, centering and justification for a plain-text report."""
import textwrap

LOREM = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
         "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
         "Supercalifragilisticexpialidocious-words-with-hyphens get-split-nicely.")

for width in (20, 33, 50):
    print(f"--- width {width} ---")
    for line in textwrap.wrap(LOREM, width):
        print(f"|{line:<{width}}|")
print(textwrap.fill(LOREM, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("a b c", 1), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("word " * 5, 12, max_lines=2, placeholder=" [...]"))
print(textwrap.shorten("Hello   world, this is   a test", 15), textwrap.shorten("tiny", 10))
print(textwrap.wrap("tab\there\tand\tthere", 12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("no-break-on-hyphens-here please", 10, break_on_hyphens=False))
print(textwrap.wrap("averyveryverylongword short", 8, break_long_words=False))
print(textwrap.wrap("Sentence one.  Sentence two. Three.", 14, fix_sentence_endings=True))

doc = """
    def f():
        return 1
      # odd indent
    """
print(repr(textwrap.dedent(doc)))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "> ", lambda line: True), end="")

TITLE = "Quarterly Report"
print(TITLE.center(40, "="))
print(f"{TITLE:^40}|")
print(TITLE.center(41, "*"), TITLE.center(5), "ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"))
rows = [("Widgets", 1234, 0.153), ("Gadgets", 87, -0.02), ("Thingamajigs, large", 1, 1.0),
        ("Ünïcödé", 56789, 0.5)]
w = max(len(r[0]) for r in rows)
print("Item".ljust(w), "Units".rjust(7), "Change".rjust(8))
print("-" * w, "-" * 7, "-" * 8)
for name, units, change in rows:
    print(name.ljust(w, "."), str(units).rjust(7), f"{change:+.1%}".rjust(8))
print("=" * (w + 17))
print("Total".ljust(w), f"{sum(r[1] for r in rows):>7,}", "".rjust(8, "~"))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs(), "12345\t6".expandtabs(4) + "|")
print("hello world".title(), "they're bill's".title(), "HELLO".swapcase(), "ß".upper(), "İ".lower().encode())
print("  strip me  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "abc".rstrip(""))
print("a,b,,c".split(","), " a  b ".split(), "a b c".split(None, 1), "a\nb\r\nc".splitlines(True), "".split(","))
print("key=value=x".partition("="), "key".partition("="), "a.b.c".rpartition("."), "a.b.c".rsplit(".", 1))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "Abc".casefold())
paragraph = "\n".join(textwrap.wrap(LOREM, 30))
longest = max(paragraph.splitlines(), key=len)
print(len(paragraph.splitlines()), repr(longest), paragraph.count("\n"))
