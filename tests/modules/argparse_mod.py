import argparse, io, contextlib
p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-n", "--count", type=int, default=3, help="how many")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("-I", action="append", dest="includes", default=[])
p.add_argument("--level", action="count", default=0)
p.add_argument("--const", action="store_const", const=42)
ns = p.parse_args(["x.txt", "y.txt", "-v", "-n", "5", "--mode=b", "-I", "one", "-Itwo", "--level", "--level"])
print(ns, ns.files, ns.verbose, ns.count, vars(ns))
print(p.parse_args(["f"]))
print(p.format_help())
print(p.format_usage())
for argv in [[], ["f", "-n", "x"], ["f", "--mode", "c"], ["f", "--unknown"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, repr(err.getvalue()))
ns, rest = p.parse_known_args(["f", "--other", "1"])
print(ns.files, rest)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
pu = sp.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["push"]))
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        g.parse_args(["--a", "--b"])
except SystemExit as e:
    print(e.code, err.getvalue())
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        g.parse_args(["-h"])
except SystemExit as e:
    print("help exit", e.code)
print(out.getvalue())
q = argparse.ArgumentParser(prog="q")
q.add_argument("--opt-name", dest=None, metavar="N", type=float, nargs=2)
q.add_argument("pos", type=str.upper, nargs="*")
print(q.parse_args(["--opt-name", "1", "2.5", "a", "b"]))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1))
