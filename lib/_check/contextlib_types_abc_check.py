"""Compare lib/contextlib.py, lib/types.py and lib/abc.py with CPython's."""
import sys, os, io, traceback
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, same
import contextlib as CC, types as CT, abc as CA
WC = load('contextlib')
WT = load('types')
WA = load('abc')

def chain_desc(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, str(e), e.__suppress_context__))
        e = e.__context__
    return out

def run(fn):
    try:
        return ('ok', fn())
    except BaseException as e:
        return ('exc', chain_desc(e))

def cm_tests(m):
    out = []
    log = []
    @m.contextmanager
    def tag(name, swallow=False):
        log.append('enter ' + name)
        try:
            yield name.upper()
        except ValueError as e:
            log.append('caught %s' % e)
            if not swallow:
                raise
        finally:
            log.append('exit ' + name)
    def t1():
        with tag('a') as v:
            log.append(v)
        return 1
    out.append(run(t1))
    def t2():
        with tag('b', True):
            raise ValueError('boom')
        return 'after'
    out.append(run(t2))
    def t3():
        with tag('c'):
            raise ValueError('boom2')
    out.append(run(t3))
    def t4():
        with tag('d'):
            raise KeyError('k')
    out.append(run(t4))
    @m.contextmanager
    def noyield():
        if False:
            yield
    out.append(run(lambda: noyield().__enter__()))
    @m.contextmanager
    def twice():
        yield 1
        yield 2
    def t5():
        with twice():
            pass
    out.append(run(t5))
    def t6():
        with twice():
            raise ValueError
    out.append(run(t6))
    @m.contextmanager
    def stopper():
        yield
    def t7():
        with stopper():
            raise StopIteration('si')
    out.append(run(t7))
    @tag('deco')
    def decorated(x):
        return x * 2
    out.append(run(lambda: (decorated(2), decorated(3))))
    out.append(tag.__name__)
    out.append(tag('z').__doc__)
    out.append(log)
    return out
same('contextmanager', lambda: cm_tests(WC), lambda: cm_tests(CC))

def misc(m):
    out = []
    class Thing:
        closed = False
        def close(self): self.closed = True
    t = Thing()
    with m.closing(t) as x:
        out.append(x is t)
    out.append(t.closed)
    with m.nullcontext(5) as v:
        out.append(v)
    with m.suppress(KeyError, IndexError):
        {}['x']
    out.append('suppressed')
    out.append(run(lambda: m.suppress(KeyError).__exit__(ValueError, ValueError(), None)))
    def t():
        with m.suppress(KeyError):
            raise ValueError('v')
    out.append(run(t))
    buf = io.StringIO()
    with m.redirect_stdout(buf):
        print('hello')
    out.append(buf.getvalue())
    buf2 = io.StringIO()
    with m.redirect_stderr(buf2):
        sys.stderr.write('err')
    out.append(buf2.getvalue())
    class CD(m.ContextDecorator):
        def __enter__(self): out.append('cd enter'); return self
        def __exit__(self, *a): out.append('cd exit'); return False
    @CD()
    def f(): out.append('in f'); return 3
    out.append(f())
    out.append(issubclass(Thing, m.AbstractContextManager))
    out.append(issubclass(type(m.nullcontext()), m.AbstractContextManager))
    class Both:
        def __enter__(self): pass
        def __exit__(self, *a): pass
    out.append(issubclass(Both, m.AbstractContextManager))
    cwd = os.getcwd()
    with m.chdir('/'):
        out.append(os.getcwd())
    out.append(os.getcwd() == cwd)
    return out
same('contextlib misc', lambda: misc(WC), lambda: misc(CC))

def exitstack(m):
    out = []
    log = []
    class R:
        def __init__(self, n, suppress=False, fail=False): self.n, self.s, self.f = n, suppress, fail
        def __enter__(self): log.append('enter %s' % self.n); return self.n
        def __exit__(self, t, v, tb):
            log.append('exit %s %s' % (self.n, t.__name__ if t else None))
            if self.f:
                raise RuntimeError('fail %s' % self.n)
            return self.s
    def t1():
        with m.ExitStack() as st:
            out.append([st.enter_context(R(i)) for i in range(3)])
            st.callback(log.append, 'cb')
            st.push(lambda *a: log.append('push %r' % (a[0],)))
        return 'done'
    out.append(run(t1))
    def t2():
        with m.ExitStack() as st:
            st.enter_context(R('a'))
            st.enter_context(R('b', fail=True))
            st.enter_context(R('c', suppress=True))
            st.enter_context(R('d', fail=True))
            raise ValueError('body')
    out.append(run(t2))
    def t3():
        with m.ExitStack() as st:
            st.enter_context(R('x', suppress=True))
            raise ValueError('gone')
        return 'suppressed'
    out.append(run(t3))
    def t4():
        with m.ExitStack() as st:
            st.enter_context(R('p'))
            st2 = st.pop_all()
        log.append('between')
        st2.close()
    out.append(run(t4))
    out.append(run(lambda: m.ExitStack().enter_context(object())))
    def t5():
        with m.ExitStack() as st:
            @st.callback
            def cleanup():
                log.append('decorated cb')
    out.append(run(t5))
    out.append(log)
    return out
same('ExitStack', lambda: exitstack(WC), lambda: exitstack(CC))

# ---- types
for name in sorted(CT.__all__):
    both('types.' + name, lambda m: getattr(m, name), WT, CT)
def ns(m):
    n = m.SimpleNamespace(a=1, b='x')
    n.c = [n]
    return repr(n), repr(m.SimpleNamespace()), n == m.SimpleNamespace(a=1, b='x', c=n.c), n.a
both('SimpleNamespace', ns, WT, CT)
def nc(m):
    C = m.new_class('C', (object,), {}, lambda ns: ns.update(x=1))
    class Meta(type):
        @classmethod
        def __prepare__(mcls, name, bases, **kw):
            return {'prepared': kw}
    D = m.new_class('D', (), {'metaclass': Meta, 'k': 1} if False else {'metaclass': Meta})
    return C.__name__, C.x, type(D).__name__, D.prepared, m.resolve_bases((int, list[int])), m.prepare_class('E', (), {'metaclass': Meta})[1:]
both('new_class', nc, WT, CT)
def mp(m):
    p = m.MappingProxyType({'a': 1})
    out = [repr(p), p['a'], list(p), len(p), 'a' in p, p.get('b', 2), p | {'b': 2}]
    try:
        p['x'] = 1
    except TypeError as e:
        out.append(str(e))
    return out
both('MappingProxyType', mp, WT, CT)
def dca(m):
    class A:
        @m.DynamicClassAttribute
        def name(self): return 'inst'
        def __getattr__(self, n): return 'cls-get'
    try:
        A.name
    except AttributeError:
        r = 'attrerror'
    return A().name, r
both('DynamicClassAttribute', dca, WT, CT)

# ---- abc
def abc_tests(m):
    out = []
    class Base(m.ABC):
        @m.abstractmethod
        def f(self): ...
        @m.abstractmethod
        def g(self): ...
        @property
        @m.abstractmethod
        def p(self): ...
    out.append(sorted(Base.__abstractmethods__))
    out.append(run(Base))
    class Half(Base):
        def f(self): return 1
    out.append(run(Half))
    class Full(Half):
        def g(self): return 2
        p = 3
    out.append(run(lambda: Full().f() + Full().g()))
    out.append(sorted(Full.__abstractmethods__))
    class Virt: pass
    Base.register(Virt)
    out.append((issubclass(Virt, Base), isinstance(Virt(), Base), issubclass(Virt, Half), issubclass(int, Base)))
    out.append(run(lambda: Base.register(1)))
    out.append(run(lambda: issubclass(1, Base)))
    out.append(run(lambda: Half.register(Base)))
    class Hook(metaclass=m.ABCMeta):
        @classmethod
        def __subclasshook__(cls, C):
            return hasattr(C, 'quack') or NotImplemented
    class Duck:
        def quack(self): pass
    out.append((issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook)))
    class Later(m.ABC):
        @m.abstractmethod
        def x(self): ...
    Later.x = lambda self: 1
    m.update_abstractmethods(Later)
    out.append(run(lambda: Later().x()))
    class CM(m.ABC):
        @m.abstractclassmethod
        def c(cls): ...
        @m.abstractstaticmethod
        def s(): ...
    out.append(sorted(CM.__abstractmethods__))
    out.append((type(m.ABC), m.ABC.__slots__, m.ABC.__abstractmethods__))
    out.append(isinstance(m.get_cache_token(), int))
    class Single(m.ABC):
        @m.abstractmethod
        def only(self): ...
    out.append(run(Single))
    return out
same('abc', lambda: abc_tests(WA), lambda: abc_tests(CA))
sys.exit(report() and 1)
