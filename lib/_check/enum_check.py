"""Compare lib/enum.py with CPython's enum."""
import sys, os, copy, warnings
warnings.simplefilter('ignore')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, same, report
import enum as CE
WE = load('enum')

def R(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('exc', type(e).__name__, str(e))

def show(v):
    return (repr(v), str(v), format(v), '%s' % (v,), '{:>14}'.format(v), v.name, v.value, type(v).__name__, hash(v) == hash(v))

def tests(e):
    out = []
    class C(e.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        ALIAS = 1
    class I(e.IntEnum):
        A = 1
        B = 2
    class S(e.StrEnum):
        X = 'x'
        Y = e.auto()
    class F(e.Flag):
        R = 4
        W = 2
        X = 1
    class IF(e.IntFlag):
        R = 4
        W = 2
        X = 1
    class M(int, e.Enum):
        A = 1
    class A(e.Enum):
        a = e.auto()
        b = e.auto()
    class G(e.Flag):
        A = 1
        B = 2
        C = 4
        AC = 5
    class H(e.Flag):
        B = 2
        A = 1
        C = 4
    class Z(e.Flag):
        A = e.auto()
        B = e.auto()
        C = e.auto()
    class N(e.Flag):
        NONE = 0
        A = 1
    for v in [C.RED, C.ALIAS, I.A, S.X, S.Y, F.R, F.R | F.W, F(0), F.R | F.W | F.X, IF.R, IF.R | IF.W, IF(0), IF(8), M.A, A.b,
              ~F.R, ~IF.R, G.A | G.C, ~G.B, G(7), H.A | H.B, H(7), Z.A | Z.C, N(0), N.A & ~N.A, IF(12), IF.R | 8, IF(-1), ~IF(12),
              IF.R & 6, IF.R ^ IF.W, F.R & F.W, F.R ^ F.R]:
        out.append(R(lambda: show(v)))
    out.append(R(lambda: (list(C), C['RED'], C(1), C.ALIAS, list(C.__members__.items()), len(C), repr(C), repr(F), list(F),
                          list(F.R | F.W), list(G), list(G.A | G.B | G.C), list(H), list(N), len(F.R | F.X), bool(F(0)), F.R in (F.R | F.W),
                          list(reversed(C)), C.RED in C, I.A == 1, I.A + 1, C.RED == 1, IF.R + 1, sorted([IF.R, IF.X]), S.X + 'y', S.X.upper())))
    for bad in [lambda: C(5), lambda: C['x'], lambda: I(9), lambda: F(8), lambda: G(8), lambda: setattr(C, 'RED', 2), lambda: 1 in C,
                lambda: 1 in F.R, lambda: F.R | 1, lambda: delattr(C, 'RED'), lambda: C('RED')]:
        out.append(R(bad))
    def dup():
        class D(e.Enum):
            a = 1
            a = 2
    out.append(R(dup))
    def uniq():
        @e.unique
        class U(e.Enum):
            a = 1
            b = 1
            c = 2
            d = 2
    out.append(R(uniq))
    def extend():
        class D(C):
            pass
    out.append(R(extend))
    def sunder():
        class D(e.Enum):
            _bad_ = 1
    out.append(R(sunder))
    def strbad():
        class SE2(e.StrEnum):
            A = 1
    out.append(R(strbad))
    def order():
        class O(e.Enum):
            _order_ = 'b a'
            a = 1
            b = 2
    out.append(R(order))
    E1 = e.Enum('E1', 'a b c')
    E2 = e.Enum('E2', [('x', 5), ('y', 6)])
    E3 = e.Enum('E3', {'p': 'q'})
    E4 = e.Enum('E4', 'a, b', start=10)
    E5 = e.IntEnum('E5', 'p q')
    E6 = e.Enum('E6', ['u', 'v'])
    out.append(R(lambda: (list(E1), list(E2), list(E3), list(E4), E5.q + 0, list(E6), E1.a.__class__.__module__, repr(E5.p))))
    class P(e.Enum):
        X = (1, 2)
        def __init__(self, a, b):
            self.a = a
            self.b = b
    class T(tuple, e.Enum):
        X = (1, 2)
    class Pl(e.Enum):
        A = 'a'
        @property
        def up(self):
            return self.value.upper()
        @classmethod
        def mk(cls):
            return cls.A
        def meth(self):
            return 'm' + self.name
    class Mis(e.Enum):
        A = 1
        @classmethod
        def _missing_(cls, v):
            return cls.A
    class Auto(e.Enum):
        a = e.auto()
        b = 5
        c = e.auto()
        d = 3
        e_ = e.auto()
    class Gen(e.Enum):
        def _generate_next_value_(name, start, count, last_values):
            return name * 2
        X = e.auto()
        Y = e.auto()
    class Ign(e.Enum):
        _ignore_ = 'tmp'
        tmp = 5
        A = 1
    class Named(e.Enum):
        name = 1
        value = 2
    out.append(R(lambda: (P.X.a, P.X.value, P((1, 2)), repr(T.X), T.X[0], Pl.A.up, Pl.mk(), Pl.A.meth(), Mis(99), list(Auto),
                          list(Gen), list(Ign), hasattr(Ign, 'tmp'), Named.name, Named['value'].value)))
    out.append(R(lambda: (copy.copy(C.RED) is C.RED, copy.deepcopy(F.R | F.W) is (F.R | F.W), C.RED.__reduce_ex__(2)[1])))
    out.append(R(lambda: (dir(C.RED), dir(C))))
    out.append(R(lambda: (C._member_names_, C._value2member_map_, C.RED._name_, C.RED._value_, I._member_type_)))
    out.append(R(lambda: (repr(e.auto()), e.IntEnum.__mro__[1:], e.StrEnum.__mro__[1:], e.IntFlag.__mro__[1:],
                          repr(e.FlagBoundary.STRICT), F._boundary_, IF._boundary_, repr(e.EnumMeta), repr(e.EnumType))))
    out.append(R(lambda: (format(I.A, '03d'), format(I.B, '>5'), '%d %s' % (I.A, I.A), f'{S.X:>3}', f'{C.RED!r}', f'{F.R|F.X}')))
    class FV(e.Flag):
        A = 1
        C = 4
    out.append(R(lambda: e.verify(e.CONTINUOUS)(FV)))
    out.append(R(lambda: e.verify(e.UNIQUE)(C)))
    class Sub(e.Enum):
        def describe(self):
            return self.name.lower()
    class Sub2(Sub):
        Q = 1
    out.append(R(lambda: (Sub2.Q.describe(), repr(Sub2.Q))))
    class WithInit(e.Enum):
        MERCURY = (3.303e+23, 2.4397e6)
        EARTH = (5.976e+24, 6.37814e6)
        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius
        @property
        def surface_gravity(self):
            return 6.673e-11 * self.mass / (self.radius * self.radius)
    out.append(R(lambda: (WithInit.EARTH.surface_gravity, WithInit.MERCURY.value, repr(WithInit.EARTH))))
    class Over(e.Enum):
        A = 1
        def __str__(self):
            return 'custom'
        def __repr__(self):
            return 'R!'
    out.append(R(lambda: (str(Over.A), repr(Over.A), format(Over.A), f'{Over.A}')))
    class NewE(e.Enum):
        def __new__(cls, value, label):
            obj = object.__new__(cls)
            obj._value_ = value
            obj.label = label
            return obj
        A = (1, 'one')
        B = (2, 'two')
    out.append(R(lambda: (NewE(1).label, repr(NewE.B), list(NewE))))
    class IntNew(int, e.Enum):
        def __new__(cls, value, doc):
            obj = int.__new__(cls, value)
            obj._value_ = value
            obj.doc = doc
            return obj
        X = (7, 'seven')
    out.append(R(lambda: (IntNew.X.doc, IntNew(7), IntNew.X + 1, repr(IntNew.X), str(IntNew.X))))
    return out

same('enum', lambda: tests(WE), lambda: tests(CE))
res_w, res_c = tests(WE), tests(CE)
for i, (a, b) in enumerate(zip(res_w, res_c)):
    na = repr(a).replace('weft_', '')
    nb = repr(b)
    if na != nb:
        print('  item', i, '\n    weft:', na[:600], '\n    cpy :', nb[:600])
sys.exit(report() and 1)
