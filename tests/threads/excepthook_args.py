import threading, sys

def boom():
    raise ValueError("bad thing")
seen = []
def hook(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name))
    print("fields", args._fields if hasattr(args, "_fields") else None, len(args))
old = threading.excepthook
print(old is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=boom, name="bomber"); t.start(); t.join(5)
print(seen)
threading.excepthook = old
# sys.exit in thread: silent
def exiter():
    sys.exit(3)
t = threading.Thread(target=exiter); t.start(); t.join(5)
print("after exit thread", t.is_alive())
def exiter2():
    raise SystemExit("msg")
t = threading.Thread(target=exiter2); t.start(); t.join(5)
print("still running")
# excepthook raising
def badhook(args):
    raise RuntimeError("hook failed")
threading.excepthook = badhook
def syshook(tp, val, tb):
    print("sys.excepthook:", tp.__name__, val, tb is not None, file=sys.stderr)
sys.excepthook = syshook
t = threading.Thread(target=boom, name="x2"); t.start(); t.join(5)
threading.excepthook = old
sys.excepthook = sys.__excepthook__
sys.stderr.flush()
print("after badhook")
# ExceptHookArgs direct
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError", e)
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
# the default hook prints the thread's name and the traceback
def boom3():
    raise ValueError("from thread")
import io
saved, sys.stderr = sys.stderr, io.StringIO()
t = threading.Thread(target=boom3, name="worker-7")
t.start(); t.join(5)
text, sys.stderr = sys.stderr.getvalue(), saved
for line in text.splitlines():
    if "threading.py" not in line and "self." not in line:
        print(line.replace(__file__, "FILE"))
# exception with no message, and custom exc with __str__
class MyErr(Exception):
    def __str__(self):
        return "custom str"
def boom2():
    raise MyErr()
def sethook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = sethook
for f in (boom2, lambda: 1/0, lambda: [][1], lambda: {}["k"]):
    t = threading.Thread(target=f); t.start(); t.join(5)
threading.excepthook = old
print(t.is_alive())
# print_exception format with chained traceback? excepthook on sys.excepthook
print("done")
