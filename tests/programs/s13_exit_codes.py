"""A command runner that reports via exit codes: sys.exit forms, atexit, SystemExit propagation."""
import atexit
import sys


class CommandError(Exception):
    exit_code = 2

    def __init__(self, cmd, reason):
        super().__init__(f"{cmd}: {reason}")
        self.cmd = cmd


class NotFound(CommandError):
    exit_code = 127


def cmd_echo(args):
    print(*args)
    return 0


def cmd_sum(args):
    try:
        return print(sum(int(a, 0) for a in args)) or 0
    except ValueError as e:
        raise CommandError("sum", f"bad number ({e})") from e


def cmd_fail(args):
    sys.exit(int(args[0]) if args else 1)


def cmd_quit(args):
    raise SystemExit(" ".join(args) or None)


COMMANDS = {"echo": cmd_echo, "sum": cmd_sum, "fail": cmd_fail, "quit": cmd_quit}


def run(line):
    name, *args = line.split()
    fn = COMMANDS.get(name)
    if fn is None:
        raise NotFound(name, "command not found")
    return fn(args)


@atexit.register
def goodbye():
    print("atexit: goodbye", file=sys.stderr)


def report(*a, **k):
    print("atexit report:", *a, sep=" ", **k)


atexit.register(report, "status", "done", end="!\n")
atexit.register(print, "registered then removed")
atexit.unregister(print)

script = ["echo hello  world", "sum 1 0x10 0b11 0o7", "sum 1 two", "nope --x",
          "fail 3", "fail", "quit", "quit bye now", "echo end"]
codes = []
for line in script:
    try:
        rc = run(line)
    except SystemExit as e:
        rc = e.code
        print(f"{line!r}: SystemExit code={e.code!r} args={e.args}")
    except CommandError as e:
        rc = e.exit_code
        print(f"{line!r}: {type(e).__name__}: {e} (cause={type(e.__cause__).__name__})")
    codes.append(rc)
print("codes:", codes)

for value in [0, 5, None, "text", 2**31, -1, True, [1]]:
    try:
        sys.exit(value)
    except SystemExit as e:
        print(f"sys.exit({value!r}) -> code {e.code!r}, str {str(e)!r}")

try:
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
except SystemExit:
    pass


def nested():
    try:
        raise KeyError("k")
    except KeyError:
        sys.exit("fatal: configuration missing")


print("exiting with a message", flush=True)
nested()
