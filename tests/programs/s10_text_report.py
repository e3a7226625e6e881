"""Course catalogue report: textwrap, pprint, str.format tables, string methods."""
import textwrap
import pprint
import string
from collections import OrderedDict, namedtuple, ChainMap

Course = namedtuple("Course", "code title credits desc enrolled")

COURSES = [
    Course("CS101", "Intro to Programming", 4,
           "Variables, control flow, functions and a gentle introduction to "
           "data structures. Students write many small programs.", 120),
    Course("CS240", "Data Structures", 3,
           "Lists, stacks, queues, trees, heaps and hash tables, with "
           "complexity analysis of every operation.", 85),
    Course("MA201", "Linear Algebra", 3,
           "Vectors, matrices, determinants, eigenvalues.", 64),
    Course("PH110", "Physics I: Mechanics & Waves", 5, "", 210),
]


def table(rows, headers, aligns):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    fmt = " | ".join("{:%s%d}" % (a, w) for a, w in zip(aligns, widths))
    sep = "-+-".join("-" * w for w in widths)
    out = [fmt.format(*headers), sep]
    out += [fmt.format(*r) for r in rows]
    return "\n".join(out)


def main():
    rows = [(c.code, c.title, c.credits, f"{c.enrolled:,}") for c in COURSES]
    print(table(rows, ("Code", "Title", "Cr", "Enrolled"), "<<>>"))
    print()
    for c in COURSES:
        head = f"{c.code}: {c.title}"
        print(head)
        print("=" * len(head))
        body = c.desc or "(no description)"
        print(textwrap.fill(body, width=40, initial_indent="  * ", subsequent_indent="    "))
        print(textwrap.shorten(body, width=30, placeholder=" [...]"))
    print()
    wrapped = textwrap.wrap("The quick brown fox jumps over the lazy dog " * 3, 25)
    print(wrapped)
    print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
    print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
    code = """
        def f(x):
            return x + 1

        print(f(2))
    """
    print(textwrap.dedent(code).strip("\n"))
    print(textwrap.indent("a\n\nb\n", "> "), end="")
    print(textwrap.indent("a\n\nb\n", "> ", lambda ln: True), end="")
    tw = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
    print(tw.fill("one two three four five six seven eight nine ten"))
    print(textwrap.fill("tabs\tand\tspaces  here", 12, expand_tabs=True))

    data = {
        "courses": [c._asdict() for c in COURSES[:2]],
        "meta": {"term": "Fall", "year": 2024, "rooms": list(range(100, 130, 3))},
        "nested": [[1, [2, [3, [4, [5]]]]]],
        "tuple": (1, "two", 3.0, None, True),
        "set": {3, 1, 2},
    }
    pprint.pprint(data, width=70)
    print(pprint.pformat(data["meta"], width=30, sort_dicts=False))
    print(pprint.pformat(data["nested"], depth=3))
    pprint.pprint(list(range(40)), compact=True, width=50)
    pprint.pprint(OrderedDict(a=1, b=[1, 2]))
    print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([1, {"a": 2}]))
    r = [1, 2]
    r.append(r)
    print(pprint.pformat(r).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(r))

    # format-spec corner cases
    for v in (0, 7, -42, 1234567, 3.14159, -0.5, 1e-7, 2.5e10, float("inf"), float("nan")):
        if isinstance(v, int):
            print(f"[{v:>8}] [{v:<+6}] [{v:^7x}] [{v:#o}] [{v:08b}] [{v:_}] [{v:=+8}]")
        else:
            print(f"[{v:>10.3f}] [{v:<10.2e}] [{v:^10.4g}] [{v:+.1%}] [{v:010.2f}] [{v!r}]")
    print("{0}{1}{0}".format("ab", "cd"), "{name:*^11}".format(name="mid"),
          "{:{w}.{p}f}".format(3.14159, w=9, p=2), "{0[1]}{1[k]}".format("xy", {"k": "z"}))
    print("%5s|%-5s|%05d|%.2f|%x|%r|%c|%%" % ("a", "b", 42, 2.345, 255, "q", 65))
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
    t = string.Template("$who likes ${what}s, $$5")
    print(t.substitute(who="Tim", what="cake"), t.safe_substitute(who="Al"))
    fmt = string.Formatter()
    print([x[1] for x in fmt.parse("a{0}b{x:>3}c{{")])
    print(string.capwords("hello   wide world"), string.ascii_lowercase[:5], string.punctuation[:6])
    s = "  Hello, World! hello world.  "
    print(repr(s.strip()), s.lower().count("hello"), s.split(), s.split(",", 1))
    print("a,b,,c".split(","), "a b  c".split(" "), "x".center(5, "*"), "42".zfill(6), "-42".zfill(6))
    print("tab\there".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "line1\n".splitlines(True))
    print("Straße".casefold(), "ǅ".lower(), "hello world".title(), "ABCdef".swapcase())
    print("key=val=x".partition("="), "key=val=x".rpartition("="), "abc".partition("z"))
    tr = str.maketrans({"a": "4", "e": "3", "o": None})
    print("leet speak goes on".translate(tr), str.maketrans("ab", "xy", "c"))
    print("x".join(["1", "2", "3"]), "abc".startswith(("z", "a")), "file.tar.gz".removesuffix(".gz"))
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    print(cm["a"], cm["b"], dict(cm), cm.new_child({"c": 4}).maps)


main()
