import threading, time, sys, io

def f(x, y=0):
    time.sleep(0.01)
    out.append(x + y)

out = []
t = threading.Thread(target=f, args=(1,), kwargs={'y': 2})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
print(t.is_alive(), type(t.ident), type(t.native_id))
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
t.join()
print(out, t.is_alive(), repr(t).replace(str(t.ident), 'ID'))
t2 = threading.Thread(target=lambda: None)
print(t2.name)
t3 = threading.Thread(name='worker', daemon=True)
print(t3.name, t3.daemon, repr(t3))
class Bad:
    def __call__(self): pass
print(threading.Thread(target=Bad()).name)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)

class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.res = None
    def run(self):
        self.res = sum(range(self.n))
m = MyThread(100)
print(m.name)
m.start(); m.join()
print(m.res, m.is_alive())
try:
    m.daemon = True
except RuntimeError as e:
    print(e)

# daemon inheritance
res = []
def child():
    res.append(threading.Thread(target=lambda: 0).daemon)
    res.append(threading.current_thread().daemon)
d = threading.Thread(target=child, daemon=True)
d.start(); d.join()
print(res)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.main_thread()).replace(str(threading.get_ident()), 'ID'))
print(threading.active_count(), len(threading.enumerate()))
print(type(threading.get_ident()), type(threading.get_native_id()))
print(threading.TIMEOUT_MAX > 1000, threading.stack_size())

# join timeout
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t0 = time.monotonic()
t.join(0.05)
print('alive after timeout', t.is_alive(), time.monotonic() - t0 >= 0.04)
print(threading.active_count())
ev.set(); t.join()
print(t.is_alive(), threading.active_count())

# name setting
t = threading.Thread(name=5)
print(repr(t.name))
t.name = 7
print(repr(t.name))

# exceptions in threads: custom hook
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, type(args.exc_traceback).__name__))
old = threading.excepthook
threading.excepthook = hook
def boom():
    raise ValueError("bad")
t = threading.Thread(target=boom, name='B'); t.start(); t.join()
threading.excepthook = old
print(seen)

# default hook output (first and last lines)
buf = io.StringIO()
olderr = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom); t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()
sys.stderr = olderr
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1], sep='\n')

# Timer
hits = []
tm = threading.Timer(0.01, hits.append, args=[1])
print(tm.name)
tm.start(); tm.join()
tm2 = threading.Timer(10, hits.append, args=[2]); tm2.start(); tm2.cancel(); tm2.join()
print(hits)

# local
loc = threading.local()
loc.x = 1
def lf():
    print('has x', hasattr(loc, 'x'))
    loc.x = 2
t = threading.Thread(target=lf); t.start(); t.join()
print(loc.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.calls = getattr(self, 'calls', 0) + 1
ml = MyLocal(5)
ml.v = 6
def lf2():
    print('init in thread', ml.v, ml.calls)
t = threading.Thread(target=lf2); t.start(); t.join()
print(ml.v)
try:
    threading.local(1)
except TypeError as e:
    print(e)
print(threading.settrace(None), threading.setprofile(None), threading.gettrace())
print(threading.ThreadError, threading.Lock, threading.ExceptHookArgs.__name__ if hasattr(threading.ExceptHookArgs,'__name__') else '')
