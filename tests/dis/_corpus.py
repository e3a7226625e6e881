"""The dis corpus check: weft's `-m dis` listings against CPython 3.11's.

tests/dis/corpus/NAME.py is a corpus file; NAME.dis is `python3 -m dis NAME.py`
(run from the repository root, code object addresses replaced by 0x...).
Every code object of a listing (the module, each function, class body,
lambda, comprehension) is one "function". A function matches when its
sequence of (line, opname, argrepr) equals CPython's, line being the number
shown in the first column where a source line starts. `MATCHING` lists the
functions that matched when it was last recorded: the check fails if one of
them no longer matches (so the count N never drops).

    python3 tests/dis/_corpus.py [--weft PATH] [-v]   # print "N of M functions match"
    python3 tests/dis/_corpus.py --record             # rewrite MATCHING from the current result
    python3 tests/dis/_corpus.py --regen              # rewrite the .dis files with python3 3.11

tests/run.py runs the check as the test `dis/corpus` and regenerates the
listings with `--regen`.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(HERE, "corpus")
MATCHING = os.path.join(CORPUS, "MATCHING")
_HEADER = re.compile(r'Disassembly of <code object (.+) at 0x[0-9a-fA-F.]+, '
                     r'file "(.*)", line (\d+)>:$')
_ADDR = re.compile(r"at 0x[0-9a-fA-F]+")
_OPNAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ARG = re.compile(r"(-?\d+)?\s*(?:\((.*)\))?$")


def corpus_files():
    return sorted(f for f in os.listdir(CORPUS) if f.endswith(".py"))


def listing(interp, name):
    """`interp -m dis tests/dis/corpus/NAME`, addresses normalised; (text, error)."""
    rel = "tests/dis/corpus/" + name
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run([interp, "-m", "dis", rel], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return "", str(e)
    out = _ADDR.sub("at 0x...", p.stdout.decode("utf-8", "replace"))
    err = p.stderr.decode("utf-8", "replace")
    return out, (err.strip().split("\n")[-1] if p.returncode else "")


def parse_instruction(raw):
    """(starts_line or None, opname, argrepr) of one listing line, or None."""
    toks = raw.split()
    for i, t in enumerate(toks):
        if _OPNAME.match(t):
            break
    else:
        return None
    before = [t for t in toks[:i] if t.isdigit()]
    if not before or any(not (t.isdigit() or t in (">>", "-->")) for t in toks[:i]):
        return None
    line = int(before[0]) if len(before) == 2 else None
    rest = raw[raw.index(" " + toks[i]) + len(toks[i]) + 1:].strip()
    m = _ARG.match(rest)
    argrepr = (m.group(2) or "") if m else rest
    return line, toks[i], argrepr


def parse(text):
    """A module listing as an ordered list of (key, [instructions], [raw lines])."""
    funcs = [["<module>", [], []]]
    for raw in text.split("\n"):
        m = _HEADER.match(raw)
        if m:
            funcs.append(["%s (line %s)" % (m.group(1), m.group(3)), [], []])
            continue
        cur = funcs[-1]
        if raw.strip():
            cur[2].append(raw.rstrip())
        ins = parse_instruction(raw)
        if ins is not None:
            cur[1].append(ins)
    return [(k, ins, lines) for k, ins, lines in funcs]


def first_difference(exp, got):
    for i in range(max(len(exp), len(got))):
        e = exp[i] if i < len(exp) else None
        g = got[i] if i < len(got) else None
        if e != g:
            return "instruction %d: expected %s, got %s" % (i + 1, e, g)
    return "no difference"


def compare(interp, verbose=False):
    """Returns (results, report lines); results maps 'file:function' to
    (matches on (line, opname, argrepr), full listing identical)."""
    results = {}
    report = []
    for name in corpus_files():
        dis_path = os.path.join(CORPUS, name[:-3] + ".dis")
        with open(dis_path, encoding="utf-8") as f:
            expected = parse(f.read())
        text, err = listing(interp, name)
        got = dict((k, (ins, lines)) for k, ins, lines in parse(text)) if not err else {}
        for key, ins, lines in expected:
            fkey = name + ":" + key
            g = got.get(key)
            same = g is not None and g[0] == ins
            results[fkey] = (same, g is not None and g[1] == lines)
            if not same and verbose:
                why = err or ("missing" if g is None else first_difference(ins, g[0]))
                report.append("  differs: %s: %s" % (fkey, why))
    return results, report


def recorded():
    try:
        with open(MATCHING, encoding="utf-8") as f:
            return [x.strip() for x in f if x.strip() and not x.startswith("#")]
    except FileNotFoundError:
        return []


def check(interp, verbose=False):
    """Returns (ok, text) for tests/run.py."""
    results, report = compare(interp, verbose=True)
    n = sum(1 for same, _ in results.values() if same)
    full = sum(1 for _, f in results.values() if f)
    lines = ["%d of %d functions match CPython 3.11 on (line, opname, argrepr)"
             " (%d with identical listings)" % (n, len(results), full)]
    lost = [k for k in recorded() if not results.get(k, (False,))[0]]
    for k in lost:
        lines.append("  no longer matches (listed in MATCHING): " + k)
    if lost or verbose:
        lines.extend(report)
    return not lost, "\n".join(lines)


def regen():
    assert sys.version_info[:2] == (3, 11), "--regen needs CPython 3.11"
    for name in corpus_files():
        text, err = listing(sys.executable, name)
        assert not err, err
        with open(os.path.join(CORPUS, name[:-3] + ".dis"), "w", encoding="utf-8") as f:
            f.write(text)
        print("regen tests/dis/corpus/" + name[:-3] + ".dis")


def main(argv):
    weft = os.environ.get("WEFT") or os.path.join(ROOT, "target", "release", "weft")
    if "--weft" in argv:
        weft = argv[argv.index("--weft") + 1]
    if "--regen" in argv:
        regen()
        return 0
    if "--record" in argv:
        results, _ = compare(weft)
        keep = [k for k, (same, _) in results.items() if same]
        with open(MATCHING, "w", encoding="utf-8") as f:
            f.write("# functions of tests/dis/corpus whose weft listing matches CPython 3.11's\n"
                    "# on (line, opname, argrepr); written by `python3 tests/dis/_corpus.py"
                    " --record`\n")
            f.write("".join(k + "\n" for k in keep))
        print("recorded %d of %d functions" % (len(keep), len(results)))
        return 0
    ok, text = check(weft, "-v" in argv)
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
