"""Compare lib/dataclasses.py with CPython's dataclasses."""
import sys, os, inspect, typing, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, same, report
import dataclasses as CD
WD = load('dataclasses')

def R(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('exc', type(e).__name__, str(e))

def tests(d):
    out = []
    @d.dataclass
    class P:
        x: int
        y: list = d.field(default_factory=list)
        z: int = d.field(default=3, repr=False)
        c: typing.ClassVar[int] = 9
    out.append(R(lambda: (repr(P(1)), repr(d.fields(P)[0]).split(',default=')[0], str(inspect.signature(P)), repr(P.__dataclass_params__),
                          P.__doc__, P(1) == P(1), P(1) == P(2), P(1, [2]).y, P.c, [f.name for f in d.fields(P)], P.__match_args__,
                          P.__hash__, P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__)))
    @d.dataclass(frozen=True, order=True)
    class F:
        a: int
        b: str = 'x'
    f = F(1)
    out.append(R(lambda: setattr(f, 'a', 2)))
    out.append(R(lambda: delattr(f, 'a')))
    out.append(R(lambda: (hash(f) == hash((1, 'x')), F(1) < F(2), F(1, 'a') >= F(1, 'b'), F.__match_args__, d.astuple(f), d.asdict(f),
                          repr(d.replace(f, b='y')), sorted([F(3), F(1), F(2)]), F.__hash__.__qualname__)))
    out.append(R(lambda: F(1) < P(1)))
    out.append(R(lambda: P()))
    out.append(R(lambda: P(1, 2, 3, 4)))
    out.append(R(lambda: P(1, q=2)))
    for src in ['x: list = []', 'x: int = 1\n    y: int', 'x = d.field()', 'x: dict = {}', 'x: set = d.field(default=set())',
                'x: int = d.field(default=1, default_factory=int)']:
        def make(src=src):
            ns = {'d': d}
            exec('@d.dataclass\nclass Q:\n    ' + src, ns)
            return repr(ns['Q']())
        out.append(R(make))
    out.append(R(lambda: d.fields(1)))
    out.append(R(lambda: d.asdict(1)))
    @d.dataclass
    class Inner:
        v: int
        w: list
    @d.dataclass
    class Outer:
        i: Inner
        l: list
        t: tuple
        m: dict
    o = Outer(Inner(1, [2]), [Inner(3, [])], (Inner(4, [5]),), {'k': Inner(6, [7])})
    out.append(R(lambda: (repr(o), d.asdict(o), d.astuple(o), d.is_dataclass(o), d.is_dataclass(Outer), d.is_dataclass(1))))
    @d.dataclass
    class Post:
        a: int
        b: int = d.field(init=False)
        scale: d.InitVar[int] = 2
        def __post_init__(self, scale):
            self.b = self.a * scale
    out.append(R(lambda: (repr(Post(3)), repr(Post(3, 5)), str(inspect.signature(Post)), repr(d.replace(Post(1), scale=3)),
                          [f.name for f in d.fields(Post)])))
    out.append(R(lambda: d.replace(Post(1), b=3)))
    @d.dataclass
    class KW:
        a: int
        _: d.KW_ONLY
        b: int = 1
        c: int = d.field(default=2, kw_only=False)
    out.append(R(lambda: (repr(KW(1, 5, b=3)), str(inspect.signature(KW)), KW.__match_args__)))
    out.append(R(lambda: KW(1, 2, 3)))
    @d.dataclass(kw_only=True)
    class AllKW:
        a: int
        b: int = 0
    out.append(R(lambda: (repr(AllKW(a=1)), str(inspect.signature(AllKW)))))
    out.append(R(lambda: AllKW(1)))
    @d.dataclass
    class Base:
        x: int = 0
        y: int = 1
    @d.dataclass
    class Derived(Base):
        z: int = 2
        x: int = 10
    out.append(R(lambda: (repr(Derived()), [f.name for f in d.fields(Derived)], str(inspect.signature(Derived)))))
    def frozen_mix():
        @d.dataclass(frozen=True)
        class FB:
            a: int
        @d.dataclass
        class NF(FB):
            b: int
    out.append(R(frozen_mix))
    def frozen_mix2():
        @d.dataclass
        class NB:
            a: int
        @d.dataclass(frozen=True)
        class FD(NB):
            b: int
    out.append(R(frozen_mix2))
    out.append(R(lambda: d.dataclass(order=True, eq=False)(type('X', (), {}))))
    @d.dataclass(unsafe_hash=True)
    class UH:
        a: int
        b: int = d.field(hash=False)
    out.append(R(lambda: (hash(UH(1, 2)) == hash((1,)), UH.__hash__.__qualname__)))
    @d.dataclass(eq=False)
    class NoEq:
        a: int
    out.append(R(lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)))
    @d.dataclass
    class Rec:
        a: object = None
    r = Rec()
    r.a = r
    out.append(R(lambda: repr(r)))
    @d.dataclass(slots=True)
    class Sl:
        a: int
        b: int = 2
    out.append(R(lambda: (Sl.__slots__, repr(Sl(1)), hasattr(Sl(1), '__dict__'))))
    M = d.make_dataclass('M', ['a', ('b', int), ('c', int, d.field(default=5))], namespace={'meth': lambda self: self.a})
    out.append(R(lambda: (repr(M(1, 2)), M(1, 2).meth(), str(inspect.signature(M)))))
    @d.dataclass
    class WithSelf:
        self: int
    out.append(R(lambda: repr(WithSelf(self=3))))
    out.append(R(lambda: (repr(d.InitVar[int]), repr(d.InitVar[list[int]]), type(d.MISSING).__name__, repr(d.field(default=1)).split(',default_factory')[0])))
    out.append(R(lambda: issubclass(d.FrozenInstanceError, AttributeError)))
    @d.dataclass
    class Defaults:
        a: int = 1
        b: str = 'x'
        c: tuple = (1,)
        d_: float = d.field(default=1.5, compare=False)
    out.append(R(lambda: (repr(Defaults()), Defaults() == Defaults(d_=2.0), Defaults.a, Defaults.__doc__)))
    out.append(R(lambda: repr(copy.deepcopy(Defaults(c=([1],))))))
    @d.dataclass
    class StrAnn:
        a: 'int'
        b: 'typing.ClassVar[int]' = 3
        c: 'd.InitVar[int]' = 4
    out.append(R(lambda: ([f.name for f in d.fields(StrAnn)], StrAnn.__doc__)))
    @d.dataclass
    class Doc:
        """my doc"""
        a: int
    out.append(R(lambda: Doc.__doc__))
    return out

same('dataclasses', lambda: tests(WD), lambda: tests(CD))
rw, rc = tests(WD), tests(CD)
import re
for i, (a, b) in enumerate(zip(rw, rc)):
    na = re.sub(r'0x[0-9a-f]+', '0x?', repr(a).replace('weft_', ''))
    nb = re.sub(r'0x[0-9a-f]+', '0x?', repr(b))
    if na != nb:
        print('  item', i, '\n    weft:', na[:700], '\n    cpy :', nb[:700])
sys.exit(report() and 1)
