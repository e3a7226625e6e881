# A function's __dict__ is made on first use (weft) and behaves as an eager one: reads,
# stores, __dict__ assignment, functools.wraps, dir(), and threads adding attributes at once.
def f(): pass
print(f.__dict__)
f.x = 1
print(f.__dict__, f.x, vars(f))
def g(): pass
g.__dict__['y'] = 2
print(g.y, 'y' in dir(g))
import functools
@functools.wraps(g)
def h(): pass
print(h.y, h.__wrapped__ is g, h.__dict__ is g.__dict__)
def k(): pass
try: k.nope
except AttributeError as e: print(e)
k.__dict__ = {'z': 3}
print(k.z)
import threading
def m(): pass
def w():
    for i in range(1000): setattr(m, 'a%d' % (i % 7), i)
ts=[threading.Thread(target=w) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(m.__dict__))
