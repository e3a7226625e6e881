"""The whole lesson in one command.

    target/release/weft examples/lesson.py [--quick] [--rows N]
    python3 examples/lesson.py             (the same, driven by CPython)

It creates examples/data/Emails.csv if it is missing, then runs each
experiment under weft without a GIL, under weft with its emulated GIL
(`weft -X gil=1`, the same as `weft --gil`) and under python3 when one is
on the PATH, and prints a table of the median times with a few sentences on
what they mean.  It also records thread timelines of the two-thread
experiments under both weft modes (examples/out/*.svg).

Options:
    --quick          fewer rounds (a smoke test; about ten seconds)
    --tiny           a 120-row file and one or two rounds of everything (a few
                     seconds; the test suite runs this)
    --rows N         use a smaller generated file of N rows
                     (examples/data/Emails-N.csv)
    --data PATH      use this e-mail file instead (for example the real one)
    --weft PATH      the weft binary (default: the running weft, or
                     target/release/weft)
    --python PATH    the CPython to compare with (default: python3 on PATH)
    --no-python      do not run CPython
    --read-rounds N  rounds of the file-read experiment (default 20)
    --count-rounds N rounds of the word-count experiment (default 3)
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
sys.path.insert(0, HERE)

import gen_emails  # noqa: E402


def usage(msg):
    sys.stderr.write("lesson.py: %s\n" % msg)
    sys.stderr.write(__doc__)
    sys.exit(2)


def parse_args(argv):
    opts = {"quick": False, "tiny": False, "rows": None, "data": None, "weft": None, "python": None,
            "no_python": False, "read_rounds": None, "count_rounds": None}
    i = 0
    while i < len(argv):
        a = argv[i]
        value = None
        if a.startswith("--") and "=" in a:
            a, value = a.split("=", 1)
        names = {"--rows": "rows", "--data": "data", "--weft": "weft", "--python": "python",
                 "--read-rounds": "read_rounds", "--count-rounds": "count_rounds"}
        if a in names:
            if value is None:
                i += 1
                if i >= len(argv):
                    usage(a + " needs a value")
                value = argv[i]
            key = names[a]
            if key in ("rows", "read_rounds", "count_rounds"):
                try:
                    value = int(value)
                except ValueError:
                    usage(a + " needs a number")
            opts[key] = value
        elif a == "--quick":
            opts["quick"] = True
        elif a == "--tiny":
            opts["tiny"] = True
            opts["quick"] = True
        elif a == "--no-python":
            opts["no_python"] = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            sys.exit(0)
        else:
            usage("unknown argument " + a)
        i += 1
    return opts


def which(name):
    if os.sep in name:
        return name if os.path.isfile(name) else None
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if d:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
    return None


def find_weft(opts):
    if opts["weft"]:
        return opts["weft"] if which(opts["weft"]) else None
    if getattr(sys.implementation, "name", "") == "weft" and sys.executable:
        return sys.executable
    p = os.path.join(ROOT, "target", "release", "weft")
    if os.path.isfile(p):
        return p
    return None


def parse_result(stdout):
    """The key=value pairs of the last 'RESULT ...' line, as a dict."""
    found = None
    for line in stdout.split("\n"):
        if line.startswith("RESULT "):
            found = line
    if found is None:
        return None
    values = {}
    for part in found.split()[1:]:
        if "=" in part:
            k, v = part.split("=", 1)
            try:
                values[k] = float(v)
            except ValueError:
                values[k] = v
    return values


def last_line(text):
    lines = [x for x in text.strip().split("\n") if x.strip()]
    return lines[-1][:90] if lines else ""


def run(cmd):
    start = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        return None, "", str(e), time.time() - start
    return p.returncode, p.stdout, p.stderr, time.time() - start


def fmt_time(x):
    if x is None:
        return "-"
    if x < 0.01:
        return "%.2f ms" % (x * 1000)
    if x < 1:
        return "%.1f ms" % (x * 1000)
    return "%.2f s" % x


def table(headers, rows, right):
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))

    def line(cells):
        parts = []
        for i, c in enumerate(cells):
            parts.append(c.rjust(widths[i]) if right[i] else c.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def main(argv):
    opts = parse_args(argv)
    quick = opts["quick"]
    tiny = opts["tiny"]
    if tiny and not opts["rows"] and not opts["data"]:
        opts["rows"] = 120
    read_rounds = opts["read_rounds"] or (2 if tiny else 5 if quick else 20)
    count_rounds = opts["count_rounds"] or (1 if quick else 3)
    race_lines = 20 if tiny else 100 if quick else 200
    started = time.time()

    # the data
    if opts["data"]:
        data = opts["data"]
        if not os.path.exists(data):
            usage("no such file: " + data)
    elif opts["rows"]:
        data = os.path.join(HERE, "data", "Emails-%d.csv" % opts["rows"])
    else:
        data = gen_emails.default_path()
    if not os.path.exists(data):
        print("Creating %s (deterministic stand-in for the lesson's Emails.csv) ..." % data)
        gen_emails.generate(data, opts["rows"] or gen_emails.DEFAULT_ROWS,
                            gen_emails.DEFAULT_SEED, True)
    print("Data: %s (%.1f MB)" % (data, os.path.getsize(data) / 1e6))

    # the interpreters
    interps = []
    weft = find_weft(opts)
    if weft:
        interps.append(("weft (no GIL)", [weft], "nogil"))
        interps.append(("weft --gil", [weft, "-X", "gil=1"], "gil"))
    else:
        print("weft not found: build it with `cargo build --release` (or pass --weft PATH);"
              " running CPython only.")
    if not opts["no_python"]:
        py = which(opts["python"] or "python3")
        if py:
            interps.append(("python3", [py], None))
        elif opts["python"]:
            print("python not found: " + opts["python"])
    if not interps:
        print("nothing to run")
        return 1
    print("Interpreters: " + ", ".join(name for name, _, _ in interps))
    print()

    experiments = [
        ("read_emails", "read the file (2 threads: 2 reads)",
         ["--rounds", str(read_rounds)]),
        ("count_words", "count words (2 threads: same work, split)",
         ["--rounds", str(count_rounds)]),
    ]
    results = {}
    failures = []
    for exp, _, extra in experiments:
        script = os.path.join(HERE, exp + ".py")
        for name, cmd, _ in interps:
            sys.stdout.write("  %-12s under %-14s" % (exp, name))
            sys.stdout.flush()
            rc, out, err, took = run(cmd + [script, "--data", data] + extra)
            res = parse_result(out) if rc == 0 else None
            if res is None:
                print(" FAILED")
                failures.append("%s under %s: %s" % (exp, name, last_line(err) or "exit %s" % rc))
            else:
                print(" %5.1f s" % took)
            results[(exp, name)] = res

    # print race
    race = {}
    script = os.path.join(HERE, "print_race.py")
    for name, cmd, _ in interps:
        rc, out, err, took = run(cmd + [script, "--lines", str(race_lines)])
        race[name] = parse_result(out) if rc == 0 else None
        if race[name] is None:
            failures.append("print_race under %s: %s" % (name, last_line(err) or "exit %s" % rc))

    # timelines of the two-thread experiments under both weft modes
    timelines = []
    if weft:
        if not os.path.isdir(OUT):
            os.makedirs(OUT)
        for exp, rounds in (("read_emails", "1" if tiny else "3"), ("count_words", "1")):
            script = os.path.join(HERE, exp + ".py")
            for name, cmd, mode in interps:
                if mode is None:
                    continue
                svg = os.path.join(OUT, "%s-%s.svg" % (exp, mode))
                if os.path.exists(svg):
                    os.remove(svg)
                rc, out, err, took = run([cmd[0], "--timeline", svg] + cmd[1:] +
                                         [script, "--data", data, "--rounds", rounds,
                                          "--threaded-only"])
                if rc == 0 and os.path.exists(svg):
                    timelines.append(svg)
                else:
                    failures.append("timeline %s under %s: %s"
                                    % (exp, name, last_line(err) or "no file written"))

    # the table
    print()
    headers = ["experiment", "interpreter", "single", "two threads", "threaded/single", "speedup"]
    rows = []
    for exp, desc, _ in experiments:
        for name, _, _ in interps:
            res = results.get((exp, name))
            if res is None:
                rows.append([exp, name, "FAILED", "", "", ""])
                continue
            single = res.get("single")
            threaded = res.get("threaded")
            work = res.get("work", 1.0)
            ratio = threaded / single if single else None
            speed = work * single / threaded if threaded else None
            rows.append([exp, name, fmt_time(single), fmt_time(threaded),
                         "%.2f" % ratio if ratio is not None else "-",
                         "%.2fx" % speed if speed is not None else "-"])
    table(headers, rows, [False, False, True, True, True, True])
    print()
    print("single: median time of one read / one count; two threads: median time of a")
    print("round with two threads; speedup: work done per second with two threads")
    print("compared with one (1.00x = no gain, 2.00x = both cores fully used).")

    if any(race.values()):
        print()
        print("print_race: 8 threads print %d lines each, without and with a lock"
              % race_lines)
        rows = []
        for name, _, _ in interps:
            r = race.get(name)
            if r:
                rows.append([name, "%d of %d" % (r["garbled_nolock"], r["lines"]),
                             "%d of %d" % (r["garbled_lock"], r["lines"])])
            else:
                rows.append([name, "FAILED", ""])
        table(["interpreter", "damaged lines, no lock", "with a lock"], rows,
              [False, True, True])

    for paragraph in explain(results, interps):
        print()
        wrap(paragraph)

    # loop() and its bytecode, under the first interpreter
    name, cmd, _ = interps[0]
    rc, out, err, took = run(cmd + [os.path.join(HERE, "loop_dis.py")])
    print()
    if rc == 0:
        print("The lesson's loop() and dis.dis(loop) under %s:" % name)
        for line in out.rstrip("\n").split("\n"):
            print("    " + line)
    else:
        failures.append("loop_dis under %s: %s" % (name, last_line(err) or "exit %s" % rc))

    if timelines:
        print()
        print("Thread timelines (open them in a browser):")
        for svg in timelines:
            shown = svg
            if shown.startswith(ROOT + os.sep):
                shown = shown[len(ROOT) + 1:]
            print("    " + shown)
    if failures:
        print()
        print("Problems:")
        for f in failures:
            print("    " + f)
    print()
    print("Done in %.0f s." % (time.time() - started))
    return 0


def speedup_of(results, exp, name):
    res = results.get((exp, name))
    if not res or not res.get("threaded"):
        return None
    return res.get("work", 1.0) * res["single"] / res["threaded"]


def explain(results, interps):
    names = [n for n, _, _ in interps]
    lines = []
    gil_names = [n for n in names if n != "weft (no GIL)"]
    free = speedup_of(results, "count_words", "weft (no GIL)")
    locked = [(n, speedup_of(results, "count_words", n)) for n in gil_names]
    locked = [(n, s) for n, s in locked if s is not None]
    if locked:
        best = max(s for _, s in locked)
        who = " and ".join(n for n, _ in locked)
        nums = ", ".join("%.2fx" % s for _, s in locked)
        if best < 1.25:
            lines.append("With a global interpreter lock (%s), only one thread runs Python code "
                         "at a time, so two threads counting words were no faster than one "
                         "(speedup %s): they took turns." % (who, nums))
        else:
            lines.append("With a global interpreter lock (%s), only one thread runs Python code "
                         "at a time; two threads counting words still gained %s, which is "
                         "unusual: the numbers are probably noisy." % (who, nums))
    if free is not None:
        if free >= 1.4:
            lines.append("Without the GIL, weft ran both threads at once on separate cores: "
                         "the same count took %.2fx less time." % free)
        else:
            lines.append("Without the GIL weft may run both threads at once, but here the count "
                         "gained only %.2fx: is the machine busy, or has it one core (it has %s)?"
                         % (free, os.cpu_count() if hasattr(os, "cpu_count") else "?"))
    read_free = speedup_of(results, "read_emails", "weft (no GIL)")
    read_locked = [(n, speedup_of(results, "read_emails", n)) for n in gil_names]
    read_locked = [(n, s) for n, s in read_locked if s is not None]
    if read_locked:
        lines.append("Reading the file is a system call (during which CPython releases the GIL) "
                     "followed by decoding the bytes into a str (with the GIL held), so two "
                     "threads reading it twice took about twice as long as one read (the "
                     "lesson measured 0.043 s vs 0.080 s): speedup %s."
                     % ", ".join("%.2fx (%s)" % (s, n) for n, s in read_locked))
    if read_free is not None:
        lines.append("Without the GIL both reads and both decodings overlap (speedup %.2fx); "
                     "what remains is the limit of the machine itself: its cores and its "
                     "memory bandwidth." % read_free)
    if not lines:
        lines.append("No experiment produced numbers; see the problems below.")
    # two paragraphs: the CPU-bound experiment, then the file read
    cpu = [x for x in lines if "count" in x]
    rest = [x for x in lines if "count" not in x]
    return [" ".join(p) for p in (cpu, rest) if p]


def wrap(text, width=78):
    out = ""
    for word in text.split(" "):
        if out and len(out) + 1 + len(word) > width:
            print(out)
            out = word
        else:
            out = out + " " + word if out else word
    if out:
        print(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
