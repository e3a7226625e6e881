#!/usr/bin/env python3
"""weft conformance test runner (stdlib only).

Usage:
    python3 tests/run.py [options] [PATTERN...]

Every tests/<area>/<name>.py whose name does not start with "_" is a test
(subdirectories of an area hold support modules and are not scanned).
PATTERNs select tests whose "area/name" contains one of them as a substring.

Each test runs as `<weft> tests/<area>/<name>.py` from the repository root,
with stdin from <name>.in (or empty), PYTHONHASHSEED=0, PYTHONIOENCODING
unset. CPython 3.11 prints the script's absolute path in tracebacks, so the
repository root prefix ("<root>/") is removed from all output, expected and
actual, before comparing. Expected results live next to the script:
    <name>.out  expected stdout (always present, may be empty)
    <name>.err  expected stderr (only if non-empty)
    <name>.rc   expected exit status (only if non-zero)
Header comments in the first lines of a script:
    # weft-args: --gil      extra arguments for weft only
    # args: a b c           script arguments (python3 and weft)
    # driver: python3       the script is run by the runner's python3, not by the
                            interpreter under test; it finds that interpreter's
                            absolute path in $WEFT_UNDER_TEST and drives it (e.g.
                            through a pty: tests/cli/repl_*.py); under --regen
                            $WEFT_UNDER_TEST is python3 itself

Options:
    --no-build        do not run `cargo build --release` first (the build is
                      also skipped when --weft or $WEFT names the interpreter)
    --weft PATH       interpreter to test (default $WEFT or target/release/weft)
                      (tests/python3_as_weft runs CPython, for checking the suite)
    -j N              parallel jobs (default: CPU count)
    -t SECONDS        per-test timeout (default 60)
    -v                print full diffs of failures
    --regen           regenerate expected files with python3 (3.11) instead;
                      with no PATTERN this rewrites every golden expectation:
                      all tests/*/*.out/.err/.rc, the dis corpus listings
                      (tests/dis/corpus/*.dis) and the compiler's reference
                      listings and syntax errors (crates/weft-compiler/testdata)
    --list-failures   print failing test names at the end, one per line

tests/known_failures.txt lists tests ("area/name  # reason") that are
expected to fail: they still run, a failure counts as skipped (XFAIL), a
pass is reported as XPASS. Last line: "N passed, N failed, N skipped";
exit status 1 if any test failed.

One test is not a script: `dis/corpus` (tests/dis/_corpus.py) compares
`weft -m dis` with CPython's stored listings for every function of
tests/dis/corpus/*.py and prints "N of M functions match".
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import signal
import subprocess
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)


CORPUS_TEST = "dis/corpus"
COMPILER_TESTDATA = os.path.join(ROOT, "crates", "weft-compiler", "testdata")


def corpus_module():
    sys.path.insert(0, os.path.join(TESTS, "dis"))
    try:
        import _corpus
    finally:
        sys.path.pop(0)
    return _corpus


def discover(patterns):
    found = []
    if not patterns or any(p in CORPUS_TEST for p in patterns):
        found.append(CORPUS_TEST)
    for area in sorted(os.listdir(TESTS)):
        adir = os.path.join(TESTS, area)
        if not os.path.isdir(adir) or area.startswith(("_", ".")):
            continue
        for fn in sorted(os.listdir(adir)):
            if fn.endswith(".py") and not fn.startswith("_"):
                name = area + "/" + fn[:-3]
                if not patterns or any(p in name for p in patterns):
                    found.append(name)
    return found


def headers(path, with_driver=False):
    weft_args, args, driver = [], [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for _ in range(5):
            line = f.readline()
            if line.startswith("# weft-args:"):
                weft_args = shlex.split(line.split(":", 1)[1])
            elif line.startswith("# args:"):
                args = shlex.split(line.split(":", 1)[1])
            elif line.startswith("# driver:"):
                driver = line.split(":", 1)[1].strip()
    if with_driver:
        return weft_args, args, driver
    return weft_args, args


def run_one(interp, name, timeout, extra=True):
    script = "tests/" + name + ".py"
    weft_args, args, driver = headers(os.path.join(ROOT, script), True)
    cmd = [interp] + (weft_args if extra else []) + [script] + args
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONIOENCODING", None)
    if driver == "python3":
        found = shutil.which(interp) if os.sep not in interp else interp
        env["WEFT_UNDER_TEST"] = os.path.abspath(found or interp)
        cmd = [sys.executable or "python3", script] + args
    inp = os.path.join(ROOT, "tests", name + ".in")
    stdin_data = b""
    if os.path.exists(inp):
        with open(inp, "rb") as f:
            stdin_data = f.read()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(stdin_data, timeout=timeout)
        prefix = (ROOT + os.sep).encode()
        return out.replace(prefix, b""), err.replace(prefix, b""), proc.returncode, False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return out, err, proc.returncode, True


def read(path, default=b""):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def first_diff(exp, got):
    el, gl = exp.split(b"\n"), got.split(b"\n")
    for i in range(max(len(el), len(gl))):
        e = el[i] if i < len(el) else None
        g = gl[i] if i < len(gl) else None
        if e != g:
            fmt = lambda x: ("<end of output>" if x is None
                             else repr(x.decode("utf-8", "replace"))[1:-1])
            return "  line %d:\n    expected: %s\n    got:      %s" % (i + 1, fmt(e), fmt(g))
    return "  (difference in trailing bytes)"


def check(interp, name, timeout, verbose):
    """Return (ok, report)."""
    if name == CORPUS_TEST:
        ok, text = corpus_module().check(interp, verbose)
        return ok, ("" if ok else "FAIL %s\n" % name) + text
    base = os.path.join(TESTS, name)
    try:
        out, err, rc, timed_out = run_one(interp, name, timeout)
    except OSError as e:
        return False, "FAIL %s\n  cannot run %s: %s" % (name, interp, e)
    if timed_out:
        return False, "FAIL %s\n  timed out after %ss" % (name, timeout)
    lines = []
    for stream, exp, got in (("stdout", read(base + ".out"), out),
                             ("stderr", read(base + ".err"), err)):
        if exp != got:
            lines.append(" %s differs:\n%s" % (stream, first_diff(exp, got)))
            if verbose:
                diff = difflib.unified_diff(
                    exp.decode("utf-8", "replace").splitlines(),
                    got.decode("utf-8", "replace").splitlines(),
                    "expected", "got", lineterm="")
                lines.extend("    " + d for d in diff)
    exp_rc = int(read(base + ".rc", b"0").strip() or 0)
    if rc != exp_rc:
        lines.append(" exit status: expected %d, got %d" % (exp_rc, rc))
    if lines:
        return False, "FAIL %s\n" % name + "\n".join(lines)
    return True, ""


def regen(names, timeout, jobs, everything=False):
    assert sys.version_info[:2] == (3, 11), "--regen needs CPython 3.11"
    interp = sys.executable or "python3"

    def one(name):
        if name == CORPUS_TEST:
            corpus_module().regen()
            return "regen " + name
        base = os.path.join(TESTS, name)
        out, err, rc, timed_out = run_one(interp, name, timeout, extra=False)
        if timed_out:
            return "TIMEOUT " + name
        with open(base + ".out", "wb") as f:
            f.write(out)
        for ext, data, keep in ((".err", err, bool(err)),
                                (".rc", b"%d\n" % rc, rc != 0)):
            if keep:
                with open(base + ext, "wb") as f:
                    f.write(data)
            elif os.path.exists(base + ext):
                os.remove(base + ext)
        return "regen %s%s" % (name, " (rc=%d)" % rc if rc else "")

    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for msg in ex.map(one, names):
            print(msg)
    if everything:
        # the compiler's golden files (checked by `cargo test -p weft-compiler`)
        for fn in sorted(os.listdir(COMPILER_TESTDATA)):
            if fn.endswith(".py") and os.path.exists(
                    os.path.join(COMPILER_TESTDATA, fn[:-3] + ".dis")):
                with open(os.path.join(COMPILER_TESTDATA, fn[:-3] + ".dis"), "wb") as f:
                    subprocess.run([interp, "pylisting.py", fn], cwd=COMPILER_TESTDATA,
                                   stdout=f, check=True)
                print("regen crates/weft-compiler/testdata/%s.dis" % fn[:-3])
        subprocess.run([interp, "errors_gen.py", "errors.tsv"], cwd=COMPILER_TESTDATA,
                       check=True)
        print("regen crates/weft-compiler/testdata/errors.tsv")
    return 0


def load_known():
    known = set()
    for line in read(os.path.join(TESTS, "known_failures.txt")).decode().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            known.add(line)
    return known


def main():
    # A harness started in the background by a non-interactive shell inherits SIGINT
    # ignored, and so would every test (an ignored signal stays ignored across exec),
    # making the Ctrl-C tests fail. Handled signals are reset to the default on exec.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    ap = argparse.ArgumentParser(description="weft conformance tests")
    ap.add_argument("patterns", nargs="*")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--weft", default=os.environ.get("WEFT"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-t", "--timeout", type=float, default=60)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--list-failures", action="store_true")
    opts = ap.parse_args()
    names = discover(opts.patterns)
    if opts.regen:
        return regen(names, opts.timeout, opts.j, not opts.patterns)
    if not opts.no_build and not opts.weft:
        r = subprocess.run(["cargo", "build", "--release"], cwd=ROOT)
        if r.returncode != 0:
            print("cargo build failed")
            return 1
    interp = opts.weft or os.path.join(ROOT, "target", "release", "weft")
    known = load_known()
    passed, failed, skipped = 0, [], 0
    per_area = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.j)) as ex:
        futs = {n: ex.submit(check, interp, n, opts.timeout, opts.verbose) for n in names}
        for name in names:
            ok, report = futs[name].result()
            area = name.split("/")[0]
            stats = per_area.setdefault(area, [0, 0])
            stats[1] += 1
            if ok:
                passed += 1
                stats[0] += 1
                if name == CORPUS_TEST:
                    print("%s: %s" % (name, report.strip()))
                if name in known:
                    print("XPASS %s (remove it from known_failures.txt)" % name)
            elif name in known:
                skipped += 1
                print("XFAIL " + name)
            else:
                failed.append(name)
                print(report, flush=True)
    for area, (ok, total) in sorted(per_area.items()):
        print("%-10s %4d/%-4d %5.1f%%" % (area, ok, total, 100.0 * ok / total))
    if opts.list_failures and failed:
        print("failures:")
        for name in failed:
            print(name)
    print("%d passed, %d failed, %d skipped" % (passed, len(failed), skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
