import threading
def fail():
    raise ValueError("thread failure")
import io, sys
saved = sys.stderr
sys.stderr = buf = io.StringIO()
t = threading.Thread(target=fail, name="FailingThread")
t.start()
t.join(10)
sys.stderr = saved
report = buf.getvalue().splitlines()
print(report[0])
print(report[1])
print([line.strip() for line in report if "excepthook_thread.py" in line or "raise" in line])
print(report[-1])
print("main continues", t.is_alive())
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=fail, name="Hooked")
t.start(); t.join(10)
print(caught)
threading.excepthook = threading.__excepthook__
import sys
def exits():
    sys.exit(3)
t = threading.Thread(target=exits)
t.start(); t.join(10)
print("sys.exit in thread ends only the thread")
