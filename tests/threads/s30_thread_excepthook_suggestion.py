# An uncaught NameError or AttributeError in a thread is printed with the "Did you
# mean" suggestion, as CPython 3.11's C excepthook prints it (while the traceback
# module, in 3.11, gives none).
import io, sys, threading, traceback

class A:
    def __init__(self):
        self.started = 1

def f():
    started_x = 1
    return started_y

def last_lines(target):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        t = threading.Thread(target=target, name="worker")
        t.start()
        t.join()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    lines = text.splitlines()
    return [lines[0], lines[-1]]

print(last_lines(lambda: A().startd))
print(last_lines(f))
print(last_lines(lambda: A().zzzzzz))
print(last_lines(lambda: 1 / 0))
try:
    A().startd
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
