#!/usr/bin/env python3
"""Fuzz driver for weft: mutate the conformance scripts, run weft on each, flag crashes.

Not part of the test suite (it is random and slow). Usage:

    python3 bench/fuzz/fuzz.py [-n COUNT] [--seed S] [--timeout T] [--weft PATH] [--keep DIR]

Each case is a mutated copy of a random tests/**/*.py (tokens/lines deleted, duplicated,
swapped, truncated; odd characters inserted: NUL, BOM, RTL marks, combining characters,
lone surrogates, form feeds, tab/space mixes, CR/CRLF endings; very long lines; deep
nesting; huge literals), or one of the hand-written nasty snippets below. A case fails
when weft exits with a status other than 0/1/2 (signal, abort, 101 panic), prints
"panicked", "overflowed" or "RUST_BACKTRACE" on stderr, or runs past the timeout while
python3 finishes. Failing inputs are written to --keep (default /tmp/weft-fuzz).
"""
import argparse
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ODD = [
    "\x00", "\ufeff", "\u200f", "\u202e", "\u0301", "\u0338", "\x0c", "\t", "\r", "\r\n",
    "\\ud800", "\\udfff", "\udcff", "\x1b", "\u2028", "\u00a0", "\U0001f600", "\x85",
    "\\N{", "\\x", "\\u12", "'", '"', '"""', "'''", "\\", "#", "{", "}", "(", ")", "[", "]",
    ":", "\n    ", "\n\t", "f'{", "b'", "rb'", "u'", "0x", "1e", "1_", "__", "lambda", "yield",
    "await", "*", "**", "@", ":=", "->", "...", "\x7f", "\ud83d",
]

NASTY = [
    "x = (" * 500 + "1" + ")" * 500,
    "x = [" * 5000 + "]" * 5000,
    "x = " + "-" * 100000 + "1",
    "f = " + "lambda: " * 3000 + "1",
    "x = f'" + "{f'" * 30 + "1" + "'}" * 30 + "'",
    "print(" + "1+" * 100000 + "1)",
    "x = 1" + "0" * 100000,
    "x = 0x" + "f" * 100000,
    "x = 1." + "1" * 100000 + "e99999",
    "x = '" + "a" * 10_000_000 + "'",
    "def f():\n" + "".join(" " * (i + 1) + "if x:\n" for i in range(200)) + " " * 201 + "pass\n",
    "\n".join("x%d = %d" % (i, i) for i in range(50000)),
    "a" + ".a" * 100000,
    "x = " + "not " * 100000 + "1",
    "x = " + "a if b else " * 10000 + "c",
    "x = {" * 3000 + "}" * 3000,
    "try:\n" * 100 + "pass\n",
    "import sys; sys.setrecursionlimit(10**6)\ndef f(n): return f(n+1)\nf(0)",
    "class A:\n def __repr__(s): return repr(s)\nrepr(A())",
    "print(10**10**8 % 7)",
    "print(str(10**5000))",
    "int('9'*5000)",
    "l=[]\nfor i in range(10**6): l=[l]\ndel l",
    "l=[]\nfor i in range(10**6): l=[l]\nrepr(l)",
    "d={}\nfor i in range(10**6): d={1:d}\nprint(d == d)",
    "t=()\nfor i in range(10**6): t=(t,)\nhash(t)",
    "g=iter([])\nfor i in range(10**5): g=(x for x in g)\nlist(g)",
    "eval('('*200000)",
    "exec('\\n'.join(' '*i + 'if 1:' for i in range(200)) + '\\n' + ' '*200 + 'pass')",
]


def mutate(src, rng):
    lines = src.split("\n")
    tokens = re.findall(r"\w+|\s+|[^\w\s]", src)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(12)
        if op == 0 and lines:  # delete a line
            del lines[rng.randrange(len(lines))]
        elif op == 1 and lines:  # duplicate a line
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == 2 and len(lines) > 1:  # swap two lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and tokens:  # delete a token
            del tokens[rng.randrange(len(tokens))]
            lines = "".join(tokens).split("\n")
        elif op == 4 and tokens:  # duplicate or swap tokens
            i, j = rng.randrange(len(tokens)), rng.randrange(len(tokens))
            if rng.random() < 0.5:
                tokens.insert(i, tokens[j])
            else:
                tokens[i], tokens[j] = tokens[j], tokens[i]
            lines = "".join(tokens).split("\n")
        elif op == 5:  # truncate
            s = "\n".join(lines)
            lines = s[: rng.randrange(len(s) + 1)].split("\n")
        elif op == 6 and lines:  # odd characters
            i = rng.randrange(len(lines))
            ln = lines[i]
            k = rng.randrange(len(ln) + 1)
            lines[i] = ln[:k] + rng.choice(ODD) * rng.choice([1, 1, 2, 50]) + ln[k:]
        elif op == 7 and lines:  # indentation mix
            i = rng.randrange(len(lines))
            lines[i] = rng.choice(["\t", " ", "  \t", "\x0c"]) + lines[i]
        elif op == 8:  # very long line
            i = rng.randrange(len(lines) + 1)
            lines.insert(i, "x = " + rng.choice(["1+", "'a'+", "(", "[", "not ", "-"]) * rng.choice([1000, 100000]) + "1")
        elif op == 9 and lines:  # deep nesting around an expression line
            i = rng.randrange(len(lines))
            n = rng.choice([50, 200, 1000, 20000])
            o, c = rng.choice([("(", ")"), ("[", "]"), ("{", "}"), ("f'{", "}'"), ("lambda: (", ")")])
            m = re.match(r"(\s*)(.*)", lines[i])
            lines[i] = m.group(1) + o * n + m.group(2) + c * n
        elif op == 10:  # huge numbers
            i = rng.randrange(len(lines) + 1)
            lines.insert(i, rng.choice(["x = 10**10**7", "x = int('7'*5000)", "x = str(2**20000)",
                                        "x = 1e999999", "x = '%*d' % (10**9, 1)", "x = ' '*(2**62)",
                                        "x = [0]*10**12", "x = range(10**30)[::-7]"]))
        else:  # line endings
            return rng.choice(["\r\n", "\r"]).join(lines)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--weft", default=os.path.join(ROOT, "target/release/weft"))
    ap.add_argument("--keep", default="/tmp/weft-fuzz")
    ap.add_argument("--nasty", action="store_true", help="run only the hand-written snippets")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(10**9)
    rng = random.Random(seed)
    print("seed", seed)
    srcs = []
    for dirpath, _dirs, files in os.walk(os.path.join(ROOT, "tests")):
        if "tools" in dirpath:
            continue
        for f in files:
            if f.endswith(".py"):
                srcs.append(os.path.join(dirpath, f))
    srcs.sort()
    os.makedirs(a.keep, exist_ok=True)
    cases = [(f"nasty{i}", s) for i, s in enumerate(NASTY)]
    if not a.nasty:
        for i in range(a.n):
            path = rng.choice(srcs)
            with open(path, encoding="utf-8", errors="surrogateescape") as fh:
                cases.append((f"m{i}_{os.path.basename(path)[:-3]}", mutate(fh.read(), rng)))
    bad = 0
    for name, src in cases:
        path = os.path.join(a.keep, "case.py")
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(src)
        why = run_one(a, path)
        if why:
            bad += 1
            keep = os.path.join(a.keep, name + ".py")
            os.replace(path, keep)
            print(f"FAIL {name}: {why} -> {keep}", flush=True)
    print(f"{len(cases)} cases, {bad} failures")
    return 1 if bad else 0


def run_one(a, path):
    cwd = os.path.dirname(path)
    try:
        p = subprocess.run([a.weft, path], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=a.timeout)
    except subprocess.TimeoutExpired:
        try:
            subprocess.run([sys.executable, path], cwd=cwd, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=a.timeout)
        except subprocess.TimeoutExpired:
            return None  # slow under CPython too
        return "timeout (python3 finishes)"
    err = p.stderr.decode("utf-8", "replace")
    for word in ("panicked", "overflowed", "RUST_BACKTRACE"):
        if word in err:
            return f"rc={p.returncode} {word}: " + err.strip().splitlines()[0][:200]
    if p.returncode not in (0, 1, 2):
        return f"rc={p.returncode}: " + (err.strip().splitlines() or [""])[-1][:200]
    return None


if __name__ == "__main__":
    sys.exit(main())
