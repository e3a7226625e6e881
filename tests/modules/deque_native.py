# collections.deque (native in weft): methods, maxlen, indexing, errors, operators,
# repr, copy/pickle, iterators and subclassing, against CPython 3.11.
from collections import deque
import copy, pickle, sys


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# construction and argument errors
show("empty", lambda: deque())
show("iterable", lambda: deque("abc"))
show("maxlen kw", lambda: deque(range(5), maxlen=2))
show("maxlen 0", lambda: deque(range(5), 0))
show("maxlen None", lambda: deque([1], None).maxlen)
show("maxlen neg", lambda: deque([], -1))
show("maxlen float", lambda: deque([], 1.5))
show("maxlen str", lambda: deque([], "3"))
show("not iterable", lambda: deque(5))
show("3 args", lambda: deque([], 1, 2))
show("bad kw", lambda: deque(foo=1))
show("kw and pos", lambda: deque([], iterable=[]))
show("kw iterable", lambda: deque(iterable=[1, 2]))
show("maxlen bool", lambda: deque([1, 2, 3], True))

# re-init clears and can change maxlen
d = deque([1, 2, 3])
d.__init__([7, 8], 5)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)

# append/pop family with maxlen
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft("L")
print(d)
d.extend([10, 11])
print(d)
d.extendleft("xy")
print(d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend(range(10)); z.extendleft("ab")
print(z, len(z))
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("pop arg", lambda: deque([1]).pop(0))
show("append none", lambda: deque().append())
show("append two", lambda: deque().append(1, 2))
show("append kw", lambda: deque().append(x=1))
show("appendleft none", lambda: deque().appendleft())

# extend with itself, generators, failures half-way
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
def gen():
    yield 1
    yield 2
    raise ValueError("boom")
d = deque()
show("extend failing", lambda: d.extend(gen()))
print(d)
show("extend int", lambda: d.extend(3))

# indexing
d = deque(range(6))
print(d[0], d[-1], d[3], d[-6])
show("index out", lambda: d[6])
show("neg index out", lambda: d[-7])
show("slice", lambda: d[1:3])
show("str index", lambda: d["a"])
show("huge get", lambda: d[2**70])
show("huge set", lambda: d.__setitem__(2**70, 0))
show("huge del", lambda: d.__delitem__(-2**70))
d[-1] = "last"; d[0] = "first"
print(d)
del d[1]; del d[-2]
print(d)
show("del out", lambda: d.__delitem__(10))
show("set out", lambda: d.__setitem__(-10, 0))
class Idx:
    def __index__(self):
        return 1
print(d[Idx()], d.index(3, Idx()))

# count / index / remove / contains / insert
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(2, -2), 3 in d, 7 in d)
show("index missing", lambda: d.index(9))
show("index range", lambda: d.index(1, 1, 4))
show("index bad start", lambda: d.index(1, "a"))
show("index no args", lambda: d.index())
show("index big stop", lambda: d.index(2, 0, 2**80))
show("count no args", lambda: d.count())
d.remove(2)
print(d)
show("remove missing", lambda: d.remove("zz"))
d.insert(0, "a"); d.insert(100, "z"); d.insert(-1, "y"); d.insert(-100, "b")
print(d)
show("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
show("insert one arg", lambda: deque().insert(1))
show("insert str", lambda: deque().insert("a", 1))
show("insert huge", lambda: deque().insert(2**70, 1))
nan = float("nan")
print(deque([nan]).count(nan), nan in deque([nan]))

# rotate / reverse / clear / copy
d = deque(range(7))
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(7 * 10**6 + 2); print(d)
show("rotate str", lambda: d.rotate("x"))
show("rotate huge", lambda: d.rotate(2**70))
show("rotate 2 args", lambda: d.rotate(1, 2))
deque().rotate(5); deque([1]).rotate(-3)
d.reverse(); print(d)
c = d.copy(); c.append("c"); print(d, c, type(c))
d.clear(); print(d, len(d), bool(d))
print(copy.copy(deque([1], maxlen=4)).maxlen)

# comparisons and operators
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]))
print(a == [1, 2, 3], deque() == deque(), deque([1]) < deque([1, 0]))
show("lt list", lambda: a < [1])
show("hash", lambda: hash(a))
print(a + b, (a + b).maxlen, deque([1], maxlen=2) + deque([2, 3, 4]))
show("add list", lambda: a + [1])
show("mul str", lambda: a * "x")
print(a * 2, 2 * a, a * 0, a * -1, deque("ab", maxlen=5) * 3)
print(deque([1], maxlen=3) * 10**15, deque([1, 2], maxlen=3) * 10**15)
x = deque([1, 2]); y = x; x += "ab"; print(x, y is x)
x *= 2; print(x, y is x)
x += x; print(x)
m = deque(maxlen=4); m += range(10); print(m)

# repr
r = deque([1, "a", None])
r.append(r)
print(r, repr(deque(maxlen=2)), str(deque([1])))
inner = [1]
rr = deque([inner], maxlen=5); inner.append(rr)
print(rr)

# iteration
d = deque(range(5))
print(list(d), list(reversed(d)), sorted(d, reverse=True), sum(d))
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d); next(it)
d.append(5)
show("mutated next", lambda: next(it))
show("mutated again", lambda: next(it))
it = iter(d); d[0] = "set"  # assignment is not a mutation of length or order
print(list(it))
rit = reversed(d); next(rit); d.pop()
show("mutated reversed", lambda: next(rit))
def bad_iter():
    for x in d:
        d.popleft()
show("for popleft", bad_iter)
d = deque("abcde")
it = iter(d); next(it); next(it)
print(it.__reduce__()[1][1], type(it).__name__, type(reversed(d)).__name__, type(it).__module__)
print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
print(list(type(it)(d, 3)), list(type(reversed(d))(d, 1)))
show("iter of list", lambda: type(it)([1]))

# pickling and copying
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = deque(range(4), maxlen=6)
    f = pickle.loads(pickle.dumps(e, proto))
    print(proto, f, f.maxlen, f == e)
print(deque([1]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
dc = deque([[1], [2]])
dd = copy.deepcopy(dc)
print(dd, dd[0] is dc[0])
selfref = deque(); selfref.append(selfref)
cp = copy.deepcopy(selfref)
print(cp[0] is cp)

# attributes and type facts
print(deque.__module__, deque.__name__, deque.__qualname__, deque[int], deque[int].__origin__)
print(type(deque.maxlen).__name__, deque([], 2).maxlen)
show("set maxlen", lambda: setattr(deque(), "maxlen", 3))
show("attr on deque", lambda: setattr(deque(), "x", 3))
print(isinstance(deque(), __import__("collections.abc").abc.MutableSequence))
print(deque.__doc__.splitlines()[0])
show("append on list", lambda: deque.append([], 1))
print(sorted(n for n in dir(deque) if not n.startswith("__") or n in ("__class_getitem__", "__copy__", "__reversed__")))
print(sys.getsizeof(deque()) == sys.getsizeof(deque([1])), sys.getsizeof(deque(range(100))) > sys.getsizeof(deque()))

# subclassing
class MyDeque(deque):
    def __init__(self, items=(), tag=None):
        super().__init__(items, 4)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)
md = MyDeque([1, 2], tag="t")
md.append(3)
print(md, md.tag, md.maxlen, len(md), isinstance(md, deque), type(md).__name__)
show("copy subclass", lambda: (md.copy(), type(md.copy()).__name__))
show("copy.copy subclass", lambda: type(copy.copy(md)).__name__)
md2 = pickle.loads(pickle.dumps(md))
print(md2, type(md2).__name__, md2.tag, md2.maxlen)
print(md + deque([9]), type(md + deque([9])).__name__)
class Plain(deque):
    pass
p = Plain("ab"); p.extra = 1
print(p, p.extra, p.__dict__, repr(Plain()), Plain("xy", 1))
print(pickle.loads(pickle.dumps(p)).extra, p.__reduce__()[2])
class Bad(deque):
    def __new__(cls, *a):
        return deque()
class Odd(deque):
    def __init__(self, *a):
        pass
o = Odd([1, 2])
print(o, len(o))
class Ret(deque):
    pass
Ret.__new__ = lambda cls, *a: [1]
show("subclass copy wrong type", lambda: Ret([1]).copy())
class Rep(deque):
    def __repr__(self):
        return "Rep!"
print(repr(Rep([1])), str(Rep([1])), [Rep()])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, Eq) and other.v == self.v
dq = deque([Eq(1), Eq(2)])
print(dq.index(Eq(2)), dq.count(Eq(1)), Eq(2) in dq)
dq.remove(Eq(1)); print(len(dq))
class Raises:
    def __eq__(self, other): raise KeyError("eq")
show("count raising", lambda: deque([Raises()]).count(1))
class Mut:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
md = deque(); md.append(Mut(md)); md.append(1)
show("count mutating", lambda: md.count(1))
show("remove mutating", lambda: md.remove(1))
show("index mutating", lambda: md.index(5))

# a subclass instance extended with itself copies itself first
class Self(deque):
    pass
s = Self([1, 2]); s.extend(s); s.extendleft(s); s += s
print(s, len(s))
s.__init__(s); print(s)

# the not-found message takes repr(x), which may look at (or change) the deque
d = deque([1, 2])
class R:
    def __repr__(self):
        return "R(%d)" % len(d) + repr(d)
show("remove repr", lambda: d.remove(R()))
show("index repr", lambda: d.index(R()))
class E:
    def __eq__(self, o):
        return False
    def __repr__(self):
        d.append(0)
        return "E"
show("remove repr mutates", lambda: d.remove(E()))
print(d)

# Truth of a deque (a native length, no __bool__), of a subclass overriding __len__,
# and draining with `while d:`.
class Empty(deque):
    def __len__(self):
        return 0
class Falsy(deque):
    def __bool__(self):
        return False
print(bool(deque()), bool(deque([0])), bool(deque([], maxlen=0)), bool(Empty([1])), bool(Falsy([1])))
d = deque(range(5)); drained = []
while d:
    drained.append(d.popleft())
print(drained, not d)
