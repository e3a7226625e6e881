import threading, sys, re

def norm(s):
    return re.sub(r"\d{3,}", "N", s)

def target():
    pass
def named_fn(a, b=2):
    print("named_fn", a, b, threading.current_thread().name)

t = threading.Thread(target=target)
print(t.name)
print(norm(repr(t)))
t.start(); t.join(5)
print(norm(repr(t)))
t2 = threading.Thread(target=named_fn, args=(1,), kwargs={"b": 3})
print(t2.name)
t2.start(); t2.join(5)
t3 = threading.Thread()
print(t3.name)
t4 = threading.Thread(name="custom", daemon=True)
print(t4.name, t4.daemon, norm(repr(t4)))
t4.start(); t4.join(5)
print(norm(repr(t4)))
t5 = threading.Thread(target=lambda: None)
print(t5.name)
class P:
    def m(self): pass
t6 = threading.Thread(target=P().m)
print(t6.name)
import functools
t7 = threading.Thread(target=functools.partial(named_fn, 1))
print(t7.name)
t8 = threading.Thread(target=print)
print(t8.name)

class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__()
        self.v = v
        self.result = None
    def run(self):
        self.result = self.v * 2
m = MyThread(21)
print(m.name)
m.start(); m.join(5); print(m.result)
print(norm(repr(m)))

# join unstarted
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
# start twice
t = threading.Thread(target=target)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
t.join(5)
# join current
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
# daemon set after start
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
# daemon inheritance
res = []
def parent():
    c = threading.Thread(target=target)
    res.append(c.daemon)
    c2 = threading.Thread(target=target, daemon=False)
    res.append(c2.daemon)
p = threading.Thread(target=parent, daemon=True); p.start(); p.join(5)
p = threading.Thread(target=parent); p.start(); p.join(5)
print(res)
print(threading.current_thread().daemon, threading.main_thread().daemon)
print(threading.main_thread() is threading.current_thread(), threading.main_thread().name)
print(norm(repr(threading.main_thread())))
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.main_thread().native_id == threading.get_native_id())
print(threading.main_thread().ident == threading.get_ident())
u = threading.Thread()
print(u.ident, u.native_id, u.is_alive())
# getName etc
u.setName("renamed")
print(u.getName(), u.isDaemon())
u.setDaemon(True); print(u.daemon)
print(threading.current_thread().is_alive())
print(threading.TIMEOUT_MAX > 1000)
ev = threading.Event()
def waiter():
    ev.wait(5)
w = threading.Thread(target=waiter, name="waiter")
w.start()
print(sorted(x.name for x in threading.enumerate()), threading.active_count())
print(norm(repr(w)))
w.join(0.01); print(w.is_alive())
ev.set(); w.join(5); print(w.is_alive())
print(threading.activeCount() if hasattr(threading, "activeCount") else None)
try:
    threading.Thread(bogus=1)
except TypeError as e:
    print("TypeError", e)
