"""Spelling corrector & diff tool: edit distance DP, difflib matching, unified diffs, memoized search."""
import difflib
from functools import lru_cache

VOCAB = sorted(set("""
the quick brown fox jumps over lazy dog python interpreter compiler parser token grammar
syntax semantic runtime garbage collector memory reference counting generator iterator
exception traceback function closure variable argument keyword lambda decorator
""".split()))


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=None)
def damerau(a, b):
    if not a or not b:
        return len(a) + len(b)
    best = min(damerau(a[1:], b) + 1, damerau(a, b[1:]) + 1, damerau(a[1:], b[1:]) + (a[0] != b[0]))
    if len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0]:
        best = min(best, damerau(a[2:], b[2:]) + 1)
    return best


def edits1(word):
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [l + r[1:] for l, r in splits if r]
    transposes = [l + r[1] + r[0] + r[2:] for l, r in splits if len(r) > 1]
    replaces = [l + c + r[1:] for l, r in splits if r for c in letters]
    inserts = [l + c + r for l, r in splits for c in letters]
    return set(deletes + transposes + replaces + inserts)


def correct(word):
    if word in VOCAB:
        return word, "known"
    near = sorted(w for w in edits1(word) if w in VOCAB)
    if near:
        return near[0], "edit1"
    close = difflib.get_close_matches(word, VOCAB, n=1, cutoff=0.6)
    if close:
        return close[0], "difflib"
    return min(VOCAB, key=lambda w: (levenshtein(word, w), w)), "fallback"


for typo in ["pyhton", "interpeter", "tokn", "grammer", "lamda", "xyzzy", "refrence", "exeption", "the", "clsoure", "decoratr"]:
    fix, how = correct(typo)
    print(f"{typo:<11} -> {fix:<12} via {how:<8} lev={levenshtein(typo, fix)} dam={damerau(typo, fix)}")
print("cache:", damerau.cache_info().hits > 0, damerau.cache_info().maxsize)
damerau.cache_clear()
print("after clear:", damerau.cache_info())

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("ca", "ac"), ("gumbo", "gambol"), ("ünïcode", "unicode")]
for a, b in pairs:
    sm = difflib.SequenceMatcher(None, a, b)
    print(f"{a!r:>10} {b!r:<10} lev={levenshtein(a, b)} dam={damerau(a, b)} ratio={sm.ratio():.3f} "
          f"blocks={[tuple(m) for m in sm.get_matching_blocks()]}")
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            print(f"{'':>12}{tag:<8} a[{i1}:{i2}]={a[i1:i2]!r} b[{j1}:{j2}]={b[j1:j2]!r}")

old = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

greet("world")
greet("weft", "?")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")), end="")
print("".join(difflib.context_diff(old[:2], new[:2], fromfile="old", tofile="new", n=0)), end="")
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"], n=3, cutoff=0.5))
print(difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio())
print(sorted(VOCAB, key=lambda w: (levenshtein("parse", w), w))[:5], len(edits1("ab")), len(edits1("python")))
