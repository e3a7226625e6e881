# `o.x += v` runs COPY 1; LOAD_ATTR and SWAP 2; STORE_ATTR as groups: every path
# (instance dict, class attribute shadowed on first store, slots, properties,
# __getattr__/__setattr__, classes and modules as owners, errors) as written.
import sys


class Counter:
    total = 0
    __slots__ = ()


class C:
    shared = 100

    def __init__(self):
        self.n = 0
        self._p = 1

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        print("set p", v)
        self._p = v

    def bump(self, k):
        self.n += k
        self.shared += k
        self.p *= 2
        return self.n, self.shared, C.shared, self.p


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1.5


class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        return 10

    def __setattr__(self, name, v):
        self.log.append((name, v))
        object.__setattr__(self, name, v)


c = C()
print(c.bump(1), c.bump(2))
s = S()
for i in range(3):
    s.a += i
print(s.a)
t = Tracked()
t.z += 5
t.z += 5
print(t.z, t.log)
Counter.total += 3
Counter.total -= 1
print(Counter.total)
sys.maxsize_copy = sys.maxsize
sys.maxsize_copy += 1
print(sys.maxsize_copy - sys.maxsize)
del sys.maxsize_copy


def errors():
    out = []
    s2 = S()
    del s2.a
    try:
        s2.a += 1
    except AttributeError as e:
        out.append(str(e))
    r = range(3)
    try:
        r.start += 1
    except AttributeError as e:
        out.append(str(e))
    n = None
    try:
        n.x += 1
    except AttributeError as e:
        out.append((str(e), sys.exc_info()[2].tb_lineno))
    return out


print(errors())


class Acc:
    def __init__(self):
        self.items = []
        self.s = ""

    def add(self, x):
        self.items += [x]
        self.s += str(x)


a = Acc()
for i in range(4):
    a.add(i)
print(a.items, a.s)
