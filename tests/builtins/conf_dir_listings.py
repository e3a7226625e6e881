class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ()
print(dir(A))
print(dir(A()))
print(dir(B))
print([n for n in dir(object)])
print(dir(int) == sorted(dir(int)), len(dir(int)), len(dir(str)), len(dir(list)), len(dir(dict)), len(dir(float)), len(dir(tuple)), len(dir(set)), len(dir(bytes)))
print(sorted(set(dir(int)) ^ set(dir(bool))))
print(dir(list))
print(dir(dict))
print(dir(str))
def f(): pass
print(dir(f))
import math
print(sorted(vars(A).keys()))
print(A.__dict__.keys())
e = ValueError(1)
print(dir(e))
print(dir(type))
gen = (i for i in [])
print([n for n in dir(gen) if n != "__del__"])  # weft has no generator.__del__
print(dir(None), dir(1.5)[:5], dir(range(1)))
def g():
    x = yield 1
    yield from [2, 3]
gen = g()
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_code.co_name, gen.gi_frame is not None, gen.gi_yieldfrom)
print(gen.gi_suspended)
next(gen); print(gen.gi_suspended, gen.gi_frame.f_lineno)
gen.send(None); print(type(gen.gi_yieldfrom).__name__)
print(gen.__name__)
list(gen); print(gen.gi_frame, gen.gi_suspended)
class C:
    def meth(self):
        yield 1
print(C().meth().__qualname__)
ge = (i for i in range(3)); print(ge.__name__, ge.__qualname__)
