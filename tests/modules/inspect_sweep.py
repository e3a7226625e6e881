import inspect, functools, typing, types, collections.abc


def sample(a, b: int = 2, /, c: "x" = 3, *args, d, e: list[int] = 5, **kw) -> "r":
    """Sample function.

        Indented line.
    Last line.
    """
    return a


class Base:
    def method(self, x):
        """Base doc."""
        return x

    @property
    def prop(self):
        return 1


class Child(Base):
    """Child class."""
    attr = 5

    def __init__(self, name, size=1):
        self.name = name

    def method(self, x):
        return x * 2

    @classmethod
    def make(cls, q):
        return cls(q)

    @staticmethod
    def helper(z, *, flag=False):
        return z


def gen():
    yield 1


print(inspect.signature(sample), repr(inspect.signature(sample)))
print(list(inspect.signature(sample).parameters))
for name, p in inspect.signature(sample).parameters.items():
    print(name, p.kind, p.kind.description, p.default, p.annotation, repr(p), str(p))
print(inspect.signature(Child), inspect.signature(Child("n").method), inspect.signature(Child.method))
print(inspect.signature(Child.make), inspect.signature(Child.helper), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(functools.partial(sample, 1, d=3)))
ba = inspect.signature(sample).bind(1, 2, 3, 4, d=5, z=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = inspect.signature(sample).bind(1, d=0)
ba.apply_defaults()
print(ba)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"a": 2}), ((), {"a": 1, "d": 2})]:
    try:
        inspect.signature(sample).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(lambda x: 0).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(lambda x: 0).bind(y=1, x=2)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(lambda x, y: 0).bind_partial(y=1))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
P = inspect.Parameter
sig = inspect.Signature([P("x", P.POSITIONAL_ONLY), P("y", P.POSITIONAL_OR_KEYWORD, default=1, annotation=int), P("z", P.KEYWORD_ONLY)], return_annotation=str)
print(sig, sig.replace(return_annotation=inspect.Signature.empty), sig == sig.replace(), P("a", P.VAR_POSITIONAL))
for bad in [lambda: P("a", 9), lambda: P("1x", 1), lambda: P("a", P.VAR_KEYWORD, default=1),
            lambda: inspect.Signature([P("a", 1, default=1), P("b", 1)]),
            lambda: inspect.Signature([P("a", 1), P("a", 3)]),
            lambda: inspect.Signature([P("a", 3), P("b", 1)])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(inspect.Parameter.empty is inspect.Signature.empty, inspect.Parameter.empty)
print(inspect.isfunction(sample), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Child), inspect.isclass(Child("a")))
print(inspect.ismethod(Child("a").method), inspect.ismethod(Child.method), inspect.ismodule(inspect), inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(sample))
print(inspect.isroutine(len), inspect.isroutine(sample), inspect.isroutine(1), inspect.iscode(sample.__code__), inspect.isframe(inspect.currentframe()))
print(inspect.isabstract(collections.abc.Sequence), inspect.isabstract(list), inspect.isdatadescriptor(Base.prop), inspect.ismethoddescriptor(str.join))
print(inspect.getmro(bool), inspect.getdoc(sample), repr(inspect.getdoc(Child.method)), inspect.getdoc(Child))
print(inspect.cleandoc("  first\n      second\n    third\n\n"), repr(inspect.cleandoc("")))
print([n for n, v in inspect.getmembers(Child) if not n.startswith("_")])
print([n for n, v in inspect.getmembers(Child("x"), inspect.ismethod)])
print(inspect.getmembers(types.SimpleNamespace(b=2, a=1)) [-2:])
print(inspect.getsource(sample).splitlines()[0], len(inspect.getsourcelines(sample)[0]), inspect.getsourcelines(sample)[1])
print(inspect.getsource(Child.method))
print(inspect.getsource(Child).splitlines()[:2])
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getfullargspec(sample))
print(inspect.getcallargs(lambda a, b=2, *c, **d: 0, 1, x=3))
print(inspect.getmodule(sample).__name__, inspect.getmodule(inspect.signature).__name__ if False else "", inspect.currentframe().f_code.co_name)
print(inspect.unwrap(functools.wraps(sample)(lambda *a: 0)) is sample, inspect.getattr_static(Child, "prop").__class__.__name__)
print([fi.function for fi in inspect.stack()][:1], inspect.getframeinfo(inspect.currentframe())[2])
