"""Thread scaling: run the CPU-bound thread workloads with 1, 2, 4 and 8
threads under weft, weft --gil and python3, print times and speedups, and
draw bench/out/scaling.svg (speedup against threads).

    python3 bench/threads/run.py [--weft PATH] [--python PATH] [--repeat N]
        [--threads 1,2,4,8] [--interp weft,weft-gil,python3] [--quick]
        [--svg PATH] [--markdown] [WORKLOAD ...]

Every workload does the same total work whatever the thread count and
reports the elapsed time of its threaded part on its last line
(`elapsed: X`); the median over `--repeat` runs (default 3) is used.  The
lines before it are a checksum, which must not depend on the thread count
or the interpreter.  `weft --gil` is run as `weft -X gil=1`.

Uses only os, sys, statistics and subprocess so that it also runs under
weft itself.
"""

import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)

WORKLOADS = [
    ("primes", "independent: trial division, per-thread counts", "400000", "20000"),
    ("wordcount_merge", "per-thread dicts merged into a shared dict under a Lock", "150000", "5000"),
    ("shared_append", "all threads append to one shared list", "300000", "10000"),
    ("shared_read", "threads read a shared dict, tuple, function and class", "1500000", "50000"),
]
# the targets for weft's 2-thread speedup on this 2-core machine
TARGET_2 = {"primes": 1.8, "wordcount_merge": 1.6, "shared_append": 1.6, "shared_read": 1.6}

INTERPS = ["weft", "weft-gil", "python3"]
LABELS = {"weft": "weft", "weft-gil": "weft --gil", "python3": "python3"}
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]
DASHES = {"weft": "", "weft-gil": "7,4", "python3": "2,3"}


def default_weft():
    if getattr(sys.implementation, "name", "") == "weft" and sys.executable:
        return sys.executable
    return os.path.join(ROOT, "target", "release", "weft")


def usage(msg):
    sys.stderr.write("threads/run.py: %s\n" % msg)
    sys.stderr.write("usage: run.py [--weft PATH] [--python PATH] [--repeat N] [--threads 1,2,4,8]\n"
                     "               [--interp weft,weft-gil,python3] [--quick] [--svg PATH]\n"
                     "               [--markdown] [WORKLOAD ...]\n")
    sys.exit(2)


def parse_args(argv):
    opts = {"weft": default_weft(), "python": "python3", "repeat": 3,
            "threads": [1, 2, 4, 8], "interp": list(INTERPS), "quick": False,
            "svg": os.path.join(BENCH, "out", "scaling.svg"), "markdown": False,
            "workloads": []}
    known = [w[0] for w in WORKLOADS]
    i = 0
    while i < len(argv):
        a = argv[i]
        value = None
        if a.startswith("--") and "=" in a:
            a, value = a.split("=", 1)
        if a in ("--weft", "--python", "--repeat", "--threads", "--interp", "--svg"):
            if value is None:
                i += 1
                if i >= len(argv):
                    usage(a + " needs a value")
                value = argv[i]
            try:
                if a == "--repeat":
                    opts["repeat"] = max(1, int(value))
                elif a == "--threads":
                    opts["threads"] = [int(x) for x in value.split(",") if x]
                elif a == "--interp":
                    opts["interp"] = [x for x in value.split(",") if x]
                    for x in opts["interp"]:
                        if x not in INTERPS:
                            usage("unknown interpreter %s (choose from %s)" % (x, ",".join(INTERPS)))
                else:
                    opts[a[2:]] = value
            except ValueError:
                usage("bad value for " + a)
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
            name = os.path.basename(a[:-3] if a.endswith(".py") else a)
            if name not in known:
                usage("no such workload: %s (choose from %s)" % (a, ", ".join(known)))
            opts["workloads"].append(name)
        i += 1
    if 1 not in opts["threads"]:
        opts["threads"] = [1] + opts["threads"]
    return opts


def command(interp, opts):
    if interp == "weft":
        return [opts["weft"]]
    if interp == "weft-gil":
        return [opts["weft"], "-X", "gil=1"]
    return [opts["python"]]


def run_once(cmd):
    """Return (elapsed, checksum) or (None, error text)."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        return None, "cannot run %s: %s" % (cmd[0], e)
    if p.returncode != 0:
        lines = [x for x in p.stderr.strip().split("\n") if x.strip()]
        return None, "exit %d: %s" % (p.returncode, lines[-1][:70] if lines else "")
    lines = [x for x in p.stdout.strip().split("\n") if x.strip()]
    if not lines or not lines[-1].startswith("elapsed:"):
        return None, "no 'elapsed:' line in output"
    try:
        elapsed = float(lines[-1].split(":", 1)[1])
    except ValueError:
        return None, "bad elapsed line: " + lines[-1]
    return elapsed, "\n".join(lines[:-1])


def measure(opts, names):
    """results[(workload, interp)] = {T: median seconds}; notes likewise."""
    results = {}
    notes = {}
    sizes = {}
    for name, _, size, quick in WORKLOADS:
        sizes[name] = quick if opts["quick"] else size
    for name in names:
        script = os.path.join(HERE, name + ".py")
        reference = None
        for interp in opts["interp"]:
            key = (name, interp)
            results[key] = {}
            notes[key] = ""
            for t in opts["threads"]:
                sys.stderr.write("%s %s T=%d ...\n" % (name, LABELS[interp], t))
                cmd = command(interp, opts) + [script, "--threads", str(t), sizes[name]]
                times = []
                for _ in range(opts["repeat"]):
                    elapsed, info = run_once(cmd)
                    if elapsed is None:
                        notes[key] = "FAILED (%s)" % info
                        break
                    if reference is None:
                        reference = info
                    elif info != reference:
                        notes[key] = "WRONG checksum at T=%d" % t
                    times.append(elapsed)
                if notes[key].startswith("FAILED"):
                    break
                results[key][t] = statistics.median(times)
    return results, notes


def speedup(res, t):
    if 1 in res and t in res and res[t] > 0:
        return res[1] / res[t]
    return None


def print_table(opts, names, results, notes):
    threads = opts["threads"]
    headers = ["workload", "interpreter"] + ["T=%d s" % t for t in threads] + \
              ["x%d" % t for t in threads if t != 1]
    rows = []
    for name in names:
        for interp in opts["interp"]:
            res = results[(name, interp)]
            row = [name, LABELS[interp]]
            for t in threads:
                row.append("%.3f" % res[t] if t in res else "-")
            for t in threads:
                if t != 1:
                    s = speedup(res, t)
                    row.append("%.2f" % s if s is not None else "-")
            rows.append((row, notes[(name, interp)]))
    if opts["markdown"]:
        print("| " + " | ".join(headers) + " |")
        print("|---|---|" + "---:|" * (len(headers) - 2))
        for row, note in rows:
            cells = list(row)
            if note:
                cells[1] += " (" + note + ")"
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [len(h) for h in headers]
        for row, _ in rows:
            for i, c in enumerate(row):
                widths[i] = max(widths[i], len(c))
        def fmt(cells):
            out = cells[0].ljust(widths[0]) + "  " + cells[1].ljust(widths[1])
            for i in range(2, len(cells)):
                out += "  " + cells[i].rjust(widths[i])
            return out
        print(fmt(headers))
        print("-" * len(fmt(headers)))
        for row, note in rows:
            print(fmt(row) + ("  " + note if note else ""))
    if 2 in threads and "weft" in opts["interp"]:
        parts = []
        for name in names:
            s = speedup(results[(name, "weft")], 2)
            target = TARGET_2.get(name)
            if s is None or target is None:
                continue
            parts.append("%s %.2fx (target %.1fx: %s)" % (name, s, target, "met" if s >= target else "MISSED"))
        if parts:
            print()
            print("weft, 2 threads: " + "; ".join(parts))


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_svg(path, opts, names, results, notes):
    threads = sorted(opts["threads"])
    width, height = 900, 480
    left, top, plot_w, plot_h = 70, 50, 500, 360
    series = []
    ymax = 2.0
    for wi, name in enumerate(names):
        for interp in opts["interp"]:
            res = results[(name, interp)]
            pts = []
            for t in threads:
                s = speedup(res, t)
                if s is not None:
                    pts.append((t, s))
                    if s > ymax:
                        ymax = s
            if len(pts) >= 1:
                series.append((name, interp, COLORS[wi % len(COLORS)], pts))
    ymax = int(ymax * 1.15 * 2 + 0.999) / 2.0
    step = 0.5 if ymax <= 4 else 1.0

    def xpos(t):
        if len(threads) == 1:
            return left + plot_w / 2.0
        i = threads.index(t)
        return left + plot_w * i / (len(threads) - 1.0)

    def ypos(s):
        return top + plot_h - plot_h * s / ymax

    out = []
    out.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
               'viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">'
               % (width, height, width, height))
    out.append('<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height))
    out.append('<text x="%d" y="25" font-size="16" font-weight="bold">'
               'Speedup over 1 thread (same total work)</text>' % left)
    out.append('<defs><clipPath id="plot"><rect x="%d" y="%d" width="%d" height="%d"/>'
               '</clipPath></defs>' % (left, top, plot_w, plot_h))
    # grid and y axis labels
    y = 0.0
    while y <= ymax + 1e-9:
        py = ypos(y)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e0e0e0"/>'
                   % (left, py, left + plot_w, py))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%g</text>' % (left - 8, py + 4, y))
        y += step
    for t in threads:
        px = xpos(t)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e0e0e0"/>'
                   % (px, top, px, top + plot_h))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>' % (px, top + plot_h + 18, t))
    # axes
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>'
               % (left, top + plot_h, left + plot_w, top + plot_h))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (left, top, left, top + plot_h))
    out.append('<text x="%d" y="%d" text-anchor="middle">threads</text>'
               % (left + plot_w // 2, top + plot_h + 38))
    out.append('<text x="18" y="%d" text-anchor="middle" transform="rotate(-90 18 %d)">'
               'speedup (time at 1 thread / time at T threads)</text>'
               % (top + plot_h // 2, top + plot_h // 2))
    # ideal linear speedup
    ideal = " ".join("%.1f,%.1f" % (xpos(t), ypos(t)) for t in threads)
    out.append('<polyline points="%s" fill="none" stroke="#999999" stroke-width="1" '
               'stroke-dasharray="3,3" clip-path="url(#plot)"/>' % ideal)
    # series
    for name, interp, color, pts in series:
        dash = DASHES[interp]
        dash_attr = ' stroke-dasharray="%s"' % dash if dash else ""
        coords = " ".join("%.1f,%.1f" % (xpos(t), ypos(s)) for t, s in pts)
        out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s>'
                   '<title>%s</title></polyline>'
                   % (coords, color, dash_attr, esc(name + " / " + LABELS[interp])))
        for t, s in pts:
            out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"><title>%s, %s, T=%d: %.2fx</title>'
                       '</circle>' % (xpos(t), ypos(s), color, esc(name), esc(LABELS[interp]), t, s))
    # legend
    lx = left + plot_w + 30
    ly = top + 5
    out.append('<text x="%d" y="%d" font-weight="bold">workload / interpreter</text>' % (lx, ly))
    ly += 20
    for name, interp, color, pts in series:
        dash = DASHES[interp]
        dash_attr = ' stroke-dasharray="%s"' % dash if dash else ""
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"%s/>'
                   % (lx, ly - 4, lx + 30, ly - 4, color, dash_attr))
        out.append('<text x="%d" y="%d">%s</text>' % (lx + 38, ly, esc(name + " / " + LABELS[interp])))
        ly += 18
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#999999" stroke-dasharray="3,3"/>'
               % (lx, ly - 4, lx + 30, ly - 4))
    out.append('<text x="%d" y="%d">ideal (T times faster)</text>' % (lx + 38, ly))
    ly += 18
    failed = [(n, i) for n in names for i in opts["interp"] if notes[(n, i)].startswith("FAILED")]
    for n, i in failed:
        out.append('<text x="%d" y="%d" fill="#888888">%s / %s: failed</text>' % (lx, ly, esc(n), esc(LABELS[i])))
        ly += 18
    cpus = os.cpu_count() if hasattr(os, "cpu_count") else None
    out.append('<text x="%d" y="%d" fill="#555555">%s CPU cores; median of %d runs</text>'
               % (left, height - 12, cpus if cpus else "?", opts["repeat"]))
    out.append("</svg>")
    directory = os.path.dirname(path)
    if directory and not os.path.isdir(directory):
        os.makedirs(directory)
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main(argv):
    opts = parse_args(argv)
    names = opts["workloads"] or [w[0] for w in WORKLOADS]
    results, notes = measure(opts, names)
    if not opts["markdown"]:
        print("weft: %s   python3: %s   repeat: %d   (elapsed time of the threaded part, medians)"
              % (opts["weft"], opts["python"], opts["repeat"]))
    print_table(opts, names, results, notes)
    write_svg(opts["svg"], opts, names, results, notes)
    if not opts["markdown"]:
        print()
        print("chart: " + opts["svg"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
