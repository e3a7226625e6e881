# Messages of common runtime errors: attributes, calls, operators, subscripts,
# built-in functions and methods given bad arguments, deleting attributes.
class A:
    __slots__ = ('x',)
class B:
    def m(self, a, b=1, *, c): pass
    @property
    def p(self): return 1
import math
tests = [
 "None.x", "A().y", "A().x", "setattr(A(), 'y', 1)", "B().m()", "B().m(1, 2, 3)", "B().m(1)", "B().m(1, c=1, d=2)", "B().m(1, a=2, c=3)",
 "B().p()", "setattr(B(), 'p', 2)", "delattr(B(), 'p')", "B.m()", "len(5)", "len()", "abs('x')", "-'x'", "~1.5", "1 + 'a'", "'a' + 1", "[] + ()",
 "'a' * 'b'", "[1] * 1.5", "1 < 'a'", "[] < ()", "None < None", "{} < {}", "1 @ 2", "'x'[5]", "[][0]", "()[0]", "'abc'['a']", "[1]['a']",
 "{}[[]]", "(1,)[1:2:0]", "'abc'.index('z')", "[1].index(2)", "[].pop()", "[1].remove(2)", "int('x')", "math.sqrt(-1)", "math.log(0)",
 "math.factorial(-1)", "math.factorial(1.5)", "chr('a')", "ord(1)", "iter(5)", "next(iter([]))", "next(5)", "list(5)", "tuple(None)", "sum(['a'])",
 "sum([[1]], [])", "sorted([1, 'a'])", "min([])", "max()", "max(1)", "getattr(1, 'x')", "getattr(1, 2)", "hasattr(1)", "isinstance(1, 2)",
 "issubclass(1, int)", "type(1, 2)", "object(1)", "int(x=1)", "str(1, 2)", "bytes('a')", "bytes(-1)", "bytearray(1.5)", "memoryview(1)", "range(1.5)",
 "range(0, 5, 0)", "slice()", "zip(1)", "map(1)", "map(len)", "filter(1, 2)", "enumerate(1)", "reversed(1)", "reversed({})", "divmod('a', 1)",
 "round('a')", "hash([])", "hash({})", "callable()", "vars(1)", "dir(1, 2)", "exec(1)", "eval(1)", "compile('x', 'f', 'q')", "open(1.5)",
 "[x for x in 1]", "{**[]}", "f(*1) if False else print(*1)", "print(**1)", "(lambda: 0)(1)", "(lambda a: 0)()", "(lambda *, a: 0)(1)",
 "int.bit_length()", "int.bit_length('a')", "str.upper(1)", "list.append([], 1, 2)", "dict.get({})", "'{}'.format", "'x'.join([1])", "'x'.join(1)",
 "'a'.replace(1, 2)", "'a'.split(1)", "'a'.startswith(1)", "'a'.center('b')", "'a'.encode(1)", "b'a'.decode(1)", "'a' % 1", "b'a' + 'b'", "'%d' % []",
 "[].sort(key=1)", "sorted(1)", "[3,1].sort(1)", "frozenset.union()", "super()", "super(int, 'a')", "__import__('nonexistent_mod_x')", "import_fail",
 "A.__slots__ + 1", "type.__new__(type)", "type('X', (1,), {})", "type('X', (), [])", "int.__add__(1, 'a')", "object.__setattr__(1, 'x', 2)",
 "1 .real = 2", "del [].append", "[].append = 1",
]
for t in tests:
    try:
        if t.endswith("= 2") or t.endswith("= 1") or t.startswith("del "):
            exec(t)
        else:
            r = eval(t)
            print(t, '->', type(r).__name__)
            continue
    except Exception as ex:
        print(t, '!!', type(ex).__name__, ex)
class C:
    def m(self): pass
class S:
    __slots__ = ()
    def m(self): pass

for o, n in [(C(), 'm'), (C(), 'zz'), (S(), 'm'), (S(), 'zz'), ([], 'append'), ([], 'zz'), (1, 'real'), (1, 'zz'), ((), 'count'), (math, 'zz'), (C, 'zz'), (int, 'zz'), (object(), '__class__'), (object(), '__doc__')]:
    try:
        delattr(o, n)
    except Exception as e:
        print(type(o).__name__, n, type(e).__name__, e)
