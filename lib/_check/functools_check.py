"""Compare lib/functools.py with CPython's functools."""
import sys, os, operator, abc, collections.abc as cabc
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, eq
import functools as C
W = load('functools')

for seq, init in [([], None), ([1], None), ([1, 2, 3], None), ([], 5), ([1, 2], 10), ('abc', None), (1, None)]:
    both('reduce %r %r' % (seq, init), lambda m: m.reduce(operator.add, seq) if init is None else m.reduce(operator.add, seq, init), W, C)

def f(a, b=2, *c, **d):
    "doc f"
    return (a, b, c, d)
for args, kw in [((), {}), ((1,), {}), ((1, 2), {'x': 3}), ((f,), {})]:
    both('partial repr %r' % (args,), lambda m: repr(m.partial(f, *args, **kw)), W, C)
    both('partial call %r' % (args,), lambda m: m.partial(f, *args, **kw)(9, y=1) if args or True else 0, W, C)
    both('partial nested %r' % (args,), lambda m: (lambda p: (repr(p), p.args, p.keywords, p.func is f))(m.partial(m.partial(f, *args, **kw), 7, z=1)), W, C)
both('partial noarg', lambda m: m.partial(), W, C)
both('partial noncallable', lambda m: m.partial(1), W, C)
both('partial kw override', lambda m: m.partial(f, b=1)(0, b=5), W, C)
both('partial print', lambda m: repr(m.partial(print, 1, sep='x')), W, C)
class P2(C.partial): pass
both('partial subclass repr', lambda m: repr(type('MyP', (m.partial,), {})(f, 1)), W, C)

class A:
    def meth(self, a, b):
        return (a, b)
for m_ in (W, C):
    A.__dict__  # noqa
pmW = W.partialmethod(A.meth, 1)
pmC = C.partialmethod(A.meth, 1)
class AW(A): g = pmW
class AC(A): g = pmC
eq('partialmethod call', AW().g(2), AC().g(2))
both('partialmethod repr', lambda m: repr(m.partialmethod(A.meth, 1, k=2)), W, C)

for maxsize in [None, 0, 1, 2, 128, -1]:
    for typed in [False, True]:
        def run(m):
            calls = []
            @m.lru_cache(maxsize=maxsize, typed=typed)
            def sq(x, y=0):
                calls.append(x)
                return x * x + y
            out = [sq(i % 3) for i in range(10)] + [sq(1.0), sq(1), sq(2, y=1), sq(x=2)]
            info = sq.cache_info()
            sq.cache_clear()
            return out, calls, info, sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__
        both('lru %r %r' % (maxsize, typed), run, W, C)
both('lru bare', lambda m: (lambda g: (g(2), g(2), g.cache_info()))(m.lru_cache(lambda x: x + 1)), W, C)
both('lru bad', lambda m: m.lru_cache(maxsize='a'), W, C)
both('lru unhashable', lambda m: m.lru_cache(maxsize=2)(len)([1]), W, C)
both('cache', lambda m: (lambda g: (g(2), g(2), g.cache_info()))(m.cache(lambda x: x + 1)), W, C)
def lru_order(m):
    @m.lru_cache(maxsize=3)
    def g(x):
        calls.append(x)
        return x
    calls = []
    for x in [1, 2, 3, 1, 4, 2, 1, 5, 3, 1]:
        g(x)
    return calls, g.cache_info()
both('lru order', lru_order, W, C)
def method_cache(m):
    class K:
        @m.lru_cache()
        def meth(self, x):
            return x * 2
        @m.cached_property
        def prop(self):
            self.n = getattr(self, 'n', 0) + 1
            return self.n
    k = K()
    return k.meth(2), k.meth(2), K.meth.cache_info(), k.prop, k.prop, k.__dict__
both('method cache', method_cache, W, C)
def cp_errors(m):
    class S:
        __slots__ = ()
    cp = m.cached_property(lambda self: 1)
    S.p = cp
    return cp.__get__(S(), S)
both('cached_property no set_name', cp_errors, W, C)
def cp_slots(m):
    class S:
        __slots__ = ()
        @m.cached_property
        def p(self): return 1
    return S().p
both('cached_property slots', cp_slots, W, C)
def cp_twice(m):
    cp = m.cached_property(lambda self: 1)
    class S:
        a = cp
        b = cp
both('cached_property twice', cp_twice, W, C)

def wraps_test(m):
    def inner(x: int) -> str:
        "inner doc"
    inner.attr = 5
    @m.wraps(inner)
    def outer(*a):
        return inner(*a)
    return (outer.__name__, outer.__doc__, outer.__qualname__, outer.__annotations__,
            outer.attr, outer.__wrapped__ is inner, outer.__module__)
both('wraps', wraps_test, W, C)
both('WRAPPER', lambda m: (m.WRAPPER_ASSIGNMENTS, m.WRAPPER_UPDATES), W, C)

both('cmp_to_key', lambda m: sorted([5, 1, 4, 2], key=m.cmp_to_key(lambda a, b: b - a)), W, C)
both('cmp_to_key hash', lambda m: hash(m.cmp_to_key(lambda a, b: 0)(1)), W, C)
both('cmp_to_key ops', lambda m: (lambda K: (K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1)))(m.cmp_to_key(lambda a, b: a - b)), W, C)

for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    def to_test(m, root=root):
        ns = {'__init__': lambda self, v: setattr(self, 'v', v),
              '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
              root: lambda self, o: getattr(self.v, root)(o.v) if isinstance(o, type(self)) else NotImplemented}
        T = m.total_ordering(type('T', (), ns))
        res = []
        for a in range(3):
            for b in range(3):
                res.append((T(a) < T(b), T(a) <= T(b), T(a) > T(b), T(a) >= T(b)))
        try:
            T(1) < 3
        except TypeError as e:
            res.append(str(e))
        res.append(sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in T.__dict__))
        res.append(T.__dict__['__gt__'].__name__)
        return res
    both('total_ordering ' + root, to_test, W, C)
both('total_ordering none', lambda m: m.total_ordering(type('T', (), {})), W, C)

def sd(m):
    @m.singledispatch
    def fun(arg, verbose=False):
        return 'default %r' % (arg,)
    @fun.register
    def _(arg: int, verbose=False):
        return 'int %r' % arg
    @fun.register(list)
    def _(arg, verbose=False):
        return 'list'
    def nothing(arg, verbose=False):
        return 'nothing'
    fun.register(type(None), nothing)
    @fun.register(cabc.Mapping)
    def _(arg):
        return 'mapping'
    @fun.register(float | complex)
    def _(arg):
        return 'number'
    class MyList(list): pass
    out = [fun(x) for x in [1, True, 'x', [1], MyList(), None, {}, 1.5, 2j, collections.OrderedDict(), (1,)]]
    out.append(fun.dispatch(bool).__name__)
    out.append(sorted(t.__name__ for t in fun.registry))
    try:
        fun()
    except TypeError as e:
        out.append(str(e))
    try:
        fun.register(3)
    except TypeError as e:
        out.append(str(e))
    return out
import collections
both('singledispatch', sd, W, C)
def sdm(m):
    class N:
        @m.singledispatchmethod
        def neg(self, arg):
            return 'no'
        @neg.register
        def _(self, arg: int):
            return -arg
        @neg.register(bool)
        def _(self, arg):
            return not arg
    return N().neg(2), N().neg(True), N().neg('x')
both('singledispatchmethod', sdm, W, C)
both('all', lambda m: sorted(m.__all__), W, C)
sys.exit(report() and 1)
