import sys, functools, itertools
def t(label, f):
    try:
        r = f()
        print(label, "ok", str(r)[:40])
    except RecursionError as e:
        print(label, "RecursionError")
    except Exception as e:
        print(label, type(e).__name__, str(e)[:60])
def nested_map(n):
    it = iter([1, 2, 3])
    for _ in range(n):
        it = map(lambda x: x, it)
    return list(it)
#t("map100k", lambda: nested_map(100000))
def nested_filter(n):
    it = [1, 2]
    for _ in range(n):
        it = filter(None, it)
    return list(it)
#t("filter100k", lambda: nested_filter(100000))
def nested_zip(n):
    it = [1]
    for _ in range(n):
        it = zip(it)
    return len(list(it))
#t("zip100k", lambda: nested_zip(100000))
def nested_chain(n):
    it = [1]
    for _ in range(n):
        it = itertools.chain(it)
    return list(it)
#t("chain100k", lambda: nested_chain(100000))
def nested_gen(n):
    g = iter([1])
    for _ in range(n):
        g = (x for x in g)
    return list(g)
#t("genexpr100k", lambda: nested_gen(100000))
def yf(n):
    if n == 0:
        yield 1
        return
    yield from yf(n - 1)
t("yieldfrom5k", lambda: list(yf(5000)))

class P:
    @property
    def x(self): return self.x
t("property", lambda: P().x)
class I:
    def __init__(self): I()
t("init", lambda: I())
class Ln:
    def __len__(self): return len(self)
t("len", lambda: len(Ln()))
class It:
    def __iter__(self): return iter(self)
t("iter", lambda: iter(It()))
class Cmp:
    def __lt__(self, o): return self < o
t("lt", lambda: Cmp() < Cmp())
class Gi:
    def __getitem__(self, i): return self[i]
t("getitem", lambda: Gi()[0])
class Ct:
    def __contains__(self, x): return x in self
t("contains", lambda: 1 in Ct())
class Bo:
    def __bool__(self): return bool(self)
t("bool", lambda: bool(Bo()))
class Fm:
    def __format__(self, s): return format(self, s)
t("format", lambda: format(Fm(), ""))
class Ha:
    def __hash__(self): return hash(self)
t("hash", lambda: hash(Ha()))
class Ad:
    def __add__(self, o): return self + o
t("add", lambda: Ad() + 1)
class Ca:
    def __call__(self): return self()
t("call", lambda: Ca()())
class Ga:
    def __getattribute__(self, n): return getattr(self, n)
t("getattribute", lambda: Ga().x)
class Se:
    def __setattr__(self, n, v): setattr(self, n, v)
t("setattr", lambda: setattr(Se(), "a", 1))
class De:
    def __del__(self): pass
t("sorted_key", lambda: sorted([3, 1], key=lambda v: sorted([v], key=lambda w: w)))
def deep_dict(n):
    d = {}
    cur = d
    for _ in range(n):
        cur["a"] = {}
        cur = cur["a"]
    return d
import copy, pickle, json
dd = deep_dict(100000)
t("deepcopy", lambda: copy.deepcopy(dd))
t("pickle", lambda: pickle.dumps(dd))
t("json", lambda: json.dumps(dd))
t("repr", lambda: repr(dd))
t("eq", lambda: dd == deep_dict(100000))
t("hash_tuple", lambda: hash(functools.reduce(lambda a, _: (a,), range(100000), ())))
t("str_tuple", lambda: str(functools.reduce(lambda a, _: (a,), range(100000), ())))
t("frozenset", lambda: hash(functools.reduce(lambda a, _: frozenset([a]), range(100000), frozenset())))
t("isinstance_tuple", lambda: isinstance(1, functools.reduce(lambda a, _: (a,), range(100000), int)))
t("issubclass_tuple", lambda: issubclass(int, functools.reduce(lambda a, _: (a,), range(100000), str)))
for f in [lambda: dd == deep_dict(100000), lambda: isinstance(1, functools.reduce(lambda a, _: (a,), range(100000), int)),
          lambda: issubclass(int, functools.reduce(lambda a, _: (a,), range(100000), str)), lambda: [[[]]] * 2 == [[[]]] * 2]:
    try:
        print(f())
    except RecursionError as e:
        print(e)
