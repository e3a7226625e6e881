# functools.partial: func/args/keywords are read-only and not in __dict__; flattening; pickling.
import functools, pickle, copy, weakref
from functools import partial
def f(a, b=2, *, c=3): return (a, b, c)
p = partial(f, 1, c=9)
print(p(), p.func is f, p.args, p.keywords, p.__dict__, vars(p))
for attr in ['func', 'args', 'keywords']:
    try: setattr(p, attr, None)
    except AttributeError as e: print("AE", e)
    try: delattr(p, attr)
    except AttributeError as e: print("AE", e)
p.extra = 5
print(p.__dict__, p.extra)
q = pickle.loads(pickle.dumps(p))
print(q(), q.args, q.keywords, q.extra, type(q).__name__)
r = copy.copy(p); print(r(), r.extra)
print(weakref.ref(p)() is p)
pp = partial(p, 7)
print(pp(), pp.func is f, pp.args, pp.keywords)
class Sub(partial):
    pass
s = Sub(f, 5)
print(s(), repr(s).split(' at ')[0], s.func is f, isinstance(s, partial))
s2 = partial(s, 6)
print(s2.func is f, s2.args)
print(partial.func.__doc__ is not None, type(partial.__dict__['func']).__name__ != 'x')
print(sorted(a for a in dir(p) if not a.startswith('_')))
print(partial(f, b=5)(1), partial(f)(0, 0, c=0), partial(partial(f, c=1), 2, c=4)())
