"""sys.unraisablehook: __del__, generator close, weakref callbacks, _thread, atexit."""
import _thread
import atexit
import gc
import sys
import time
import weakref


class Named:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc

    def __repr__(self):
        return f"<Named {self.name}>"

    def __call__(self, *args):
        if self.exc is not None:
            raise self.exc


print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
seen = []


def hook(u):
    seen.append((type(u).__name__, len(u), u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, u.exc_traceback is u.exc_value.__traceback__))


sys.unraisablehook = hook


class Fails:
    def __del__(self):
        raise ValueError("from __del__")


f = Fails()
del f
gc.collect()


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = gen()
next(g)
del g
gc.collect()
for row in seen:
    print(row)


def forwarding(u):
    print("forwarding", u.exc_type.__name__, file=sys.stderr)
    sys.__unraisablehook__(u)


sys.unraisablehook = forwarding


class Obj:
    pass


o = Obj()
r = weakref.ref(o, Named("callback", ZeroDivisionError("in callback")))
del o
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
o = Obj()
r = weakref.ref(o, Named("empty message", ValueError()))
del o
gc.collect()


def chained():
    try:
        {}["inner"]
    except KeyError as e:
        err = RuntimeError("outer")
        err.add_note("notes are not printed")
        raise err from e


o = Obj()
r = weakref.ref(o, type("Chainer", (), {"__call__": lambda self, ref: chained(),
                                         "__repr__": lambda self: "<Chainer>"})())
del o
gc.collect()


class BrokenHook:
    def __repr__(self):
        return "<BrokenHook>"

    def __call__(self, u):
        raise TypeError("the hook itself fails")


sys.unraisablehook = BrokenHook()
o = Obj()
r = weakref.ref(o, Named("cb2", OSError(2, "gone")))
del o
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

for bad in (1, (1, 2, 3, 4, 5)):
    try:
        sys.__unraisablehook__(bad)
    except TypeError as e:
        print("TypeError:", e)

done = []
_thread.start_new_thread(Named("thread func", LookupError("in thread")), ())
time.sleep(0.2)
sys.stderr.flush()
atexit.register(Named("exit func", IndexError("at exit")))
print("end of script")
