"""Wrong calls a careless user makes, and the exact messages Python gives."""


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, *, note=None):
        self.balance += amount

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def rate():
        return 0.01

    def __len__(self):
        return -1


def attempt(label, fn):
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


a = Account("ann")
cases = {
    "no args": lambda: Account(),
    "too many": lambda: Account("a", 1, 2),
    "bad kw": lambda: Account("a", bal=3),
    "dup kw": lambda: Account("a", owner="b"),
    "method missing": lambda: a.deposit(),
    "method extra": lambda: a.deposit(1, 2),
    "kwonly positional": lambda: a.deposit(1, "n"),
    "kwonly wrong": lambda: a.deposit(1, nte="x"),
    "unbound call": lambda: Account.deposit(5),
    "classmethod extra": lambda: Account.open("a", "b"),
    "staticmethod extra": lambda: Account.rate(1),
    "len negative": lambda: len(a),
    "not callable": lambda: a.owner(),
    "no attr": lambda: a.balanse,
    "class no attr": lambda: Account.nothing,
    "module no attr": lambda: __import__("math").tau2,
    "int attr": lambda: (5).real.imag.foo,
    "none call": lambda: None(),
    "str item assign": lambda: "abc".__setitem__(0, "x"),
    "tuple assign": lambda: exec("t = (1,); t[0] = 2"),
    "dict unhashable": lambda: {[1]: 2},
    "set unhashable": lambda: {{}},
    "iter int": lambda: iter(5),
    "unpack int": lambda: exec("a, b = 5"),
    "unpack few": lambda: exec("a, b, c = [1, 2]"),
    "unpack many": lambda: exec("a, b = [1, 2, 3]"),
    "star unpack": lambda: exec("a, *b, c = [1]"),
    "int + str": lambda: 1 + "1",
    "str * float": lambda: "a" * 2.5,
    "list - list": lambda: [1] - [1],
    "neg str": lambda: -"a",
    "invert float": lambda: ~1.5,
    "compare": lambda: [1] < (1,),
    "compare None": lambda: None < 1,
    "int()": lambda: int("1.5"),
    "int base": lambda: int("12", 40),
    "int none": lambda: int(None),
    "float list": lambda: float([1]),
    "round str": lambda: round("1.5"),
    "sum str": lambda: sum(["a", "b"]),
    "sum strs start": lambda: sum(["a"], ""),
    "max empty": lambda: max([]),
    "min args": lambda: min(),
    "sorted key": lambda: sorted([1, 2], key=5),
    "zip non-iter": lambda: zip(1),
    "map non-callable": lambda: list(map(5, [1])),
    "enumerate start": lambda: enumerate([], "x"),
    "range float": lambda: range(1.5),
    "range step 0": lambda: range(1, 2, 0),
    "chr big": lambda: chr(0x110000),
    "ord long": lambda: ord("ab"),
    "ord empty": lambda: ord(""),
    "list index": lambda: [1, 2].index(3),
    "list remove": lambda: [1].remove(2),
    "list pop empty": lambda: [].pop(),
    "list pop idx": lambda: [1].pop(5),
    "list idx str": lambda: [1]["0"],
    "dict key": lambda: {"a": 1}["b"],
    "dict popitem": lambda: {}.popitem(),
    "set remove": lambda: set().remove(1),
    "set pop": lambda: set().pop(),
    "str index": lambda: "abc".index("d"),
    "str join ints": lambda: ",".join([1, 2]),
    "str format idx": lambda: "{1}".format(0),
    "str format key": lambda: "{x}".format(y=1),
    "format spec": lambda: format(1.5, "d"),
    "format str spec": lambda: format("a", ".2f"),
    "fstring spec": lambda: f"{'x':>{'5'}d}",
    "percent few": lambda: "%s %s" % ("a",),
    "percent many": lambda: "%s" % ("a", "b"),
    "percent type": lambda: "%d" % "x",
    "bytes str": lambda: bytes("abc"),
    "bytes neg": lambda: bytes(-1),
    "decode bad": lambda: b"\xff".decode(),
    "encode bad": lambda: "\u20ac".encode("latin-1"),
    "getattr non-str": lambda: getattr(a, 5),
    "setattr int": lambda: setattr(5, "x", 1),
    "isinstance bad": lambda: isinstance(1, "int"),
    "issubclass bad": lambda: issubclass(1, int),
    "super outside": lambda: super().foo,
    "divmod zero": lambda: divmod(5, 0),
    "mod zero": lambda: 5 % 0,
    "float div zero": lambda: 5.0 / 0,
    "int floordiv zero": lambda: 5 // 0,
    "pow zero neg": lambda: 0 ** -1,
    "pow mod": lambda: pow(2, 3, 0),
    "float pow": lambda: (-8.0) ** 0.5,
    "overflow": lambda: 10.0 ** 400,
    "math domain": lambda: __import__("math").sqrt(-1),
    "next non-iter": lambda: next([1]),
    "hash list": lambda: hash([]),
    "abs str": lambda: abs("x"),
    "len int": lambda: len(5),
    "reversed set": lambda: reversed({1}),
    "dict from bad": lambda: dict([1, 2]),
    "dict from pairs": lambda: dict([(1, 2, 3)]),
    "frozenset add": lambda: frozenset().add(1),
    "tuple item": lambda: (1, 2)[5],
    "slice step": lambda: [1, 2][::0],
    "ext slice assign": lambda: exec("l = [1, 2, 3]; l[::2] = [1]"),
    "del missing": lambda: exec("del undefined_thing"),
    "local unbound": lambda: exec("def f():\n    print(x)\n    x = 1\nf()"),
    "free unbound": lambda: exec("def f():\n    def g(): return y\n    g()\n    y = 1\nf()"),
    "return outside": lambda: exec("return 5"),
    "bad indent": lambda: exec("if True:\nprint(1)"),
    "bad syntax": lambda: exec("x = = 1"),
    "assert": lambda: exec("assert 1 == 2, 'math broke'"),
    "assert bare": lambda: exec("assert []"),
    "raise non-exc": lambda: exec("raise 5"),
    "raise class arg": lambda: exec("raise ValueError from 5"),
    "generator reentry": lambda: exec("def g():\n    yield next(it)\nit = g()\nnext(it)"),
    "stop iteration in gen": lambda: list(x for x in (next(iter([])),)),
    "recursion": lambda: exec("def r(): return r()\nr()"),
    "open dir": lambda: open("/"),
    "open mode": lambda: open("x", "rw"),
    "int too big str": lambda: str(10 ** 5000),
}
for label, fn in cases.items():
    attempt(label, fn)
