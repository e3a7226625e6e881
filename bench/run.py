"""Run the single-thread benchmarks under python3 and weft, side by side.

    python3 bench/run.py [--weft PATH] [--python PATH] [--repeat N]
                         [--quick] [--markdown] [PROGRAM ...]

Each program (all of them, or those named, with or without `.py`) is run
`--repeat` times (default 3) under each interpreter, alternating between
the two; the wall-clock time and the CPU time (user + system) of each
process are measured and their medians compared: "weft/python3" is the
wall-clock ratio, "cpu ratio" the CPU-time one, which waiting for a core on
a busy machine does not inflate.  `--python` names a command; the binary it
runs (its sys.executable) is what is timed, so a launcher in front of it
(pyenv's shim) is not counted.  Both interpreters must print the same output.  A program
that fails under weft (or prints something else) is reported, not fatal.

`--weft PATH` picks the weft binary (default: target/release/weft from the
repository root); `--python PATH` the reference (default: python3).
`--quick` uses small sizes (a smoke test, not a measurement).
`--markdown` prints the table as markdown, for bench/README.md.

Uses only os, sys, time, statistics and subprocess so that it also runs
under weft itself.
"""

import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (program, what it exercises); the order of the table
PROGRAMS = [
    ("nbody", "float arithmetic, list indexing"),
    ("spectral_norm", "nested loops, calls, float division"),
    ("fannkuch", "list slicing and reversal"),
    ("richards", "objects, attributes, method calls"),
    ("nqueens", "recursion, sets, closures"),
    ("fib", "recursive calls, small ints"),
    ("generators", "generator pipelines, yield from"),
    ("methods", "virtual dispatch, super(), properties"),
    ("closures", "closure creation, cells, nonlocal"),
    ("strings", "str building, split, replace, format"),
    ("wordcount", "dict-heavy word counting"),
    ("sorting", "list.sort / sorted with keys"),
    ("bigint", "big-integer arithmetic"),
    ("floatmath", "math module, float loops"),
    ("csv_read", "csv.reader over 21 MB Emails.csv"),
    ("json_roundtrip", "json.dumps / json.loads"),
    ("regex_scan", "re: findall, finditer, sub, split"),
]

# small sizes for --quick
QUICK = {
    "nbody": "2000", "spectral_norm": "40", "fannkuch": "7", "richards": "1",
    "nqueens": "6", "fib": "20", "generators": "20000", "methods": "1000",
    "closures": "10000", "strings": "5000", "wordcount": "20000",
    "sorting": "5000", "bigint": "300", "floatmath": "5000", "csv_read": "1",
    "json_roundtrip": "300", "regex_scan": "500",
}


def default_weft():
    if getattr(sys.implementation, "name", "") == "weft" and sys.executable:
        return sys.executable
    return os.path.join(ROOT, "target", "release", "weft")


def usage(msg):
    sys.stderr.write("run.py: %s\n" % msg)
    sys.stderr.write("usage: run.py [--weft PATH] [--python PATH] [--repeat N] "
                     "[--quick] [--markdown] [PROGRAM ...]\n")
    sys.exit(2)


def parse_args(argv):
    opts = {"weft": default_weft(), "python": "python3", "repeat": 3,
            "quick": False, "markdown": False, "programs": []}
    i = 0
    while i < len(argv):
        a = argv[i]
        value = None
        if "=" in a and a.startswith("--"):
            a, value = a.split("=", 1)
        if a in ("--weft", "--python", "--repeat"):
            if value is None:
                i += 1
                if i >= len(argv):
                    usage("%s needs a value" % a)
                value = argv[i]
            if a == "--repeat":
                try:
                    opts["repeat"] = max(1, int(value))
                except ValueError:
                    usage("--repeat needs a number")
            else:
                opts[a[2:]] = value
        elif a == "--quick":
            opts["quick"] = True
        elif a == "--markdown":
            opts["markdown"] = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            sys.exit(0)
        elif a.startswith("-"):
            usage("unknown option " + a)
        else:
            name = a[:-3] if a.endswith(".py") else a
            name = os.path.basename(name)
            known = [p for p, _ in PROGRAMS]
            if name not in known and not os.path.exists(os.path.join(HERE, name + ".py")):
                usage("no such program: " + a)
            opts["programs"].append(name)
        i += 1
    return opts


def child_cpu():
    t = os.times()
    return t.children_user + t.children_system


def run_once(cmd):
    """Run cmd; return ((wall seconds, CPU seconds), returncode, stdout, stderr).

    The CPU time (user + system, from os.times of the finished child) is the
    steadier figure on a shared machine: time spent waiting for a core while other
    work runs counts in the wall time but not in it."""
    start = time.perf_counter()
    cpu0 = child_cpu()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        return (time.perf_counter() - start, 0.0), -1, "", str(e)
    return (time.perf_counter() - start, child_cpu() - cpu0), p.returncode, p.stdout, p.stderr


def first_line(text):
    for line in text.strip().split("\n")[::-1]:
        line = line.strip()
        if line:
            return line[:70]
    return ""


def ensure_emails(python):
    path = os.path.join(ROOT, "examples", "data", "Emails.csv")
    if not os.path.exists(path):
        sys.stderr.write("generating %s ...\n" % path)
        run_once([python, os.path.join(ROOT, "examples", "gen_emails.py"), "--quiet"])


def measure(name, opts):
    script = os.path.join(HERE, name + ".py")
    args = [script]
    if opts["quick"] and name in QUICK:
        args.append(QUICK[name])
    py_cmd = [opts["python"]] + args
    weft_cmd = [opts["weft"]] + args
    py_times = []
    weft_times = []
    py_out = None
    weft_out = None
    note = ""
    weft_ok = os.path.exists(opts["weft"]) or os.sep not in opts["weft"]
    if not weft_ok:
        note = "weft not found: " + opts["weft"]
    for _ in range(opts["repeat"]):
        t, rc, out, err = run_once(py_cmd)
        if rc != 0:
            return None, None, "python3 failed: " + first_line(err)
        py_times.append(t)
        if py_out is None:
            py_out = out
        if weft_ok:
            t, rc, out, err = run_once(weft_cmd)
            if rc != 0:
                weft_ok = False
                note = "FAILED (exit %d): %s" % (rc, first_line(err))
                continue
            weft_times.append(t)
            if weft_out is None:
                weft_out = out
                if out != py_out:
                    note = "OUTPUT DIFFERS"
    py_med = tuple(statistics.median(t[i] for t in py_times) for i in (0, 1))
    weft_med = None
    if weft_ok and weft_times:
        weft_med = tuple(statistics.median(t[i] for t in weft_times) for i in (0, 1))
    return py_med, weft_med, note


def fmt(x):
    if x is None:
        return "-"
    return "%.3f" % x


def geomean(xs):
    if not xs:
        return None
    prod = 1.0
    for x in xs:
        prod *= x
    return prod ** (1.0 / len(xs))


def print_table(rows, opts):
    """rows: (name, python3 (wall, cpu), weft (wall, cpu) or None, note)."""
    headers = ["program", "python3 s", "weft s", "weft/python3", "cpu ratio", "note"]
    body = []
    ratios = ([], [])
    for name, py, wf, note in rows:
        if py is None:
            body.append([name, "-", "-", "-", "-", note])
            continue
        cells = [name, fmt(py[0]), "FAILED" if wf is None else fmt(wf[0])]
        for i in (0, 1):
            if wf is None:
                cells.append("FAILED")
            elif py[i] > 0 and wf[i] > 0:
                cells.append("%.2f" % (wf[i] / py[i]))
                if note != "OUTPUT DIFFERS":
                    ratios[i].append(wf[i] / py[i])
            else:
                cells.append("-")
        cells.append(note)
        body.append(cells)
    geo = ["-" if g is None else "%.2f" % g for g in map(geomean, ratios)]
    if opts["markdown"]:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join(["---", "---:", "---:", "---:", "---:", "---"]) + "|")
        for r in body:
            print("| " + " | ".join(r) + " |")
        print("| **geometric mean** | | | **%s** | **%s** | |" % (geo[0], geo[1]))
        return
    widths = [len(h) for h in headers]
    for r in body:
        for i in range(5):
            widths[i] = max(widths[i], len(r[i]))
    widths[0] = max(widths[0], len("geometric mean"))

    def line(cells):
        out = cells[0].ljust(widths[0])
        for i in range(1, 5):
            out += "  " + cells[i].rjust(widths[i])
        if cells[5]:
            out += "  " + cells[5]
        return out

    print(line(headers))
    print("-" * (sum(widths[:5]) + 8))
    for r in body:
        print(line(r))
    print("-" * (sum(widths[:5]) + 8))
    print(line(["geometric mean", "", "", geo[0], geo[1], ""]))


def real_interpreter(python):
    """The interpreter binary that `python` starts: a launcher in front of it (pyenv's
    `python3` is a shell-script shim that spends about 0.1 s finding the version
    before it runs Python) would count in every run's time and flatter weft."""
    try:
        p = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True)
    except OSError:
        return python
    path = p.stdout.strip()
    if p.returncode == 0 and path and os.path.exists(path):
        return path
    return python


def main(argv):
    opts = parse_args(argv)
    opts["python"] = real_interpreter(opts["python"])
    names = opts["programs"] or [p for p, _ in PROGRAMS]
    if "csv_read" in names:
        ensure_emails(opts["python"])
    rows = []
    for name in names:
        sys.stderr.write("running %s ...\n" % name)
        py, wf, note = measure(name, opts)
        rows.append((name, py, wf, note))
    if not opts["markdown"]:
        print("python3: %s   weft: %s   repeat: %d (medians; cpu ratio: of user + system"
              " time)" % (opts["python"], opts["weft"], opts["repeat"]))
    print_table(rows, opts)
    failed = [r[0] for r in rows if r[1] is not None and r[2] is None]
    if failed and not opts["markdown"]:
        print("failed under weft: " + ", ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
