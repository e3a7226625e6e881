# random on the native _random core: seeds of every kind give CPython's sequences bit
# for bit, getrandbits' word building, getstate/setstate and their errors, _random.Random
# itself (arguments, subclasses that override random or getrandbits, or __init__).
import random, _random, pickle, copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


def draws(r):
    return [r.random() for _ in range(3)] + [r.getrandbits(k) for k in (1, 31, 32, 33, 64, 100)]


huge = 3 ** 5000 + 12345
seeds = [0, 1, -1, 2, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64,
         2**100, -(2**100), 10**40 + 3, huge, -huge, True, False,
         1.5, -0.25, 0.0, 1e300,
         "", "a", "abc", "héllo ☃", b"", b"abc", bytes(range(256)), bytearray(b"abc"), bytearray()]
for s in seeds:
    r = random.Random(s)
    label = repr(s) if not isinstance(s, int) or abs(s) < 2**200 else f"int of {s.bit_length()} bits, sign {(s > 0) - (s < 0)}"
    print(label, draws(r))
# the same seeds through the module functions and through seed() on an instance
random.seed(huge)
print(random.random() == random.Random(huge).random(), random.Random(-huge).random() == random.Random(huge).random())
r = random.Random()
r.seed(2**100)
print(r.random() == random.Random(-(2**100)).random())

# version=1 seeding of str and bytes (and ints, floats, None unaffected)
for s in ["", "a", "abc", "héllo", b"", b"abc", b"\xff\x00"]:
    r = random.Random()
    r.seed(s, version=1)
    print("v1", repr(s), r.random(), r.getrandbits(40))
r = random.Random()
r.seed(12345, version=1)
print("v1 int", r.random() == random.Random(12345).random())
show("v1 bytearray unhashable", lambda: random.Random().seed(bytearray(b"abc"), version=1))
r.seed("abc", version=2)
print("v2 str", r.random() == random.Random("abc").random())

# None: from the system's entropy; only types and ranges are fixed
r = random.Random(None)
x = r.random()
print(type(x).__name__, 0.0 <= x < 1.0, 0 <= r.getrandbits(10) < 1024, len(r.getstate()[1]), r.getstate()[1][-1])
r.seed()
print(r.getstate()[1][-1], all(0 <= w < 2**32 for w in r.getstate()[1][:-1]))
a, b = random.Random(), random.Random()
print(a.getstate() != b.getstate())

# getrandbits
r = random.Random(2024)
for k in (0, 1, 31, 32, 33, 63, 64, 65, 96, 1000):
    v = r.getrandbits(k)
    print("bits", k, v, v.bit_length() <= k)
print(r.getrandbits(True), r.getrandbits(False))
show("bits neg", lambda: r.getrandbits(-1))
show("bits -2**31", lambda: r.getrandbits(-(2**31)))
show("bits big", lambda: r.getrandbits(2**31))
show("bits huge neg", lambda: r.getrandbits(-(2**40)))
show("bits float", lambda: r.getrandbits(3.0))
show("bits str", lambda: r.getrandbits("3"))
show("bits none", lambda: r.getrandbits())
show("bits kw", lambda: r.getrandbits(k=3))
show("bits two", lambda: r.getrandbits(1, 2))


class Idx:
    def __index__(self):
        return 40


print("bits index", random.Random(3).getrandbits(Idx()) == random.Random(3).getrandbits(40))
# one 64-bit draw is two 32-bit draws, the first least significant
r1, r2 = random.Random(77), random.Random(77)
lo, hi = r1.getrandbits(32), r1.getrandbits(32)
print(r2.getrandbits(64) == (hi << 32 | lo))
r1, r2 = random.Random(78), random.Random(78)
w = [r1.getrandbits(32) for _ in range(4)]
print(r2.getrandbits(100) == (w[3] >> 28) << 96 | w[2] << 64 | w[1] << 32 | w[0])
print(random.Random(5).randbytes(10).hex(), random.Random(5).randbytes(0))

# random(): a long sequence crosses several twists
r = random.Random(12345)
seq = [r.random() for _ in range(2000)]
print(seq[:3], seq[623:626], seq[-2:], sum(seq))
r = random.Random(12345)
print([r.getrandbits(32) for _ in range(5)])

# getstate / setstate
r = random.Random(99)
r.random()
st = r.getstate()
print(type(st).__name__, st[0], type(st[1]).__name__, len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(1000)]
r.setstate(st)
print(a == [r.random() for _ in range(1000)])
g = random.Random(8)
g.gauss()
st = g.getstate()
print(st[2] is not None, g.gauss() == (g.setstate(st) or g.gauss()))
inner = st[1]
r.setstate((3, inner, None))
print(r.getstate() == (3, inner, None))
# version 2 states held signed words
signed = tuple(x - 2**32 if x >= 2**31 else x for x in inner[:-1]) + (inner[-1],)
r.setstate((2, signed, None))
print(r.getstate()[1] == inner)
bad = [
    ("version", (9, inner, None)),
    ("not a tuple", (3, list(inner), None)),
    ("short", (3, inner[:-1], None)),
    ("long", (3, inner + (0,), None)),
    ("index high", (3, inner[:-1] + (625,), None)),
    ("index neg", (3, inner[:-1] + (-1,), None)),
    ("index float", (3, inner[:-1] + (3.0,), None)),
    ("index huge", (3, inner[:-1] + (2**70,), None)),
    ("item float", (3, (1.0,) + inner[1:], None)),
    ("item str", (3, ("1",) + inner[1:], None)),
    ("item neg", (3, (-1,) + inner[1:], None)),
    ("item huge", (3, (2**64,) + inner[1:], None)),
    ("v2 str item", (2, ("x",) + inner[1:], None)),
    ("v2 float item", (2, (1.5,) + inner[1:], None)),
    ("short state", (3, inner)),
    ("not indexable", None),
]
for label, s in bad:
    show("setstate " + label, lambda: r.setstate(s))
show("setstate empty", lambda: r.setstate(()))
# words past 32 bits keep their low 32 (CPython's C unsigned long)
r.setstate((3, (2**40 + 5,) + inner[1:-1] + (0,), None))
print(r.getstate()[1][0], r.getstate()[1][-1], r.getrandbits(32))
r.setstate((3, inner[:-1] + (True,), None))
print(r.getstate()[1][-1])
r.setstate((3, inner[:-1] + (624,), None))
print(r.getstate()[1][-1], r.random() == (r.setstate((3, inner[:-1] + (624,), None)) or r.random()))
print(r.getstate() == r.getstate(), r.getstate()[1][-1])

# _random.Random itself
R = _random.Random
print(R.__module__, R.__name__, R.__qualname__, R.__doc__)
for name in ("random", "seed", "getrandbits", "getstate", "setstate"):
    print(name, getattr(R, name).__doc__)
print(sorted(k for k in R.__dict__ if not k.startswith("__") or k in ("__init__", "__new__")))
print(random.Random.__mro__)
print(R(1).random(), R(1).getstate() == random.Random(1).getstate()[1])
print(R().getstate()[-1], R(None).getstate()[-1])
print(R(3.5).random() == random.Random(3.5).random(), R(True).random() == R(1).random())
show("R str", lambda: R("abc").random() == random.Random("abc").random())
show("R two", lambda: R(1, 2))
show("R kw", lambda: R(x=1))
show("R list", lambda: R([1]))
show("seed two", lambda: R(1).seed(1, 2))
show("seed kw", lambda: R(1).seed(n=1))
show("seed none", lambda: R(1).seed())
show("random arg", lambda: R(1).random(1))
show("getstate arg", lambda: R(1).getstate(1))
show("setstate none", lambda: R(1).setstate())
show("R dict", lambda: R(1).__dict__)
show("R attr", lambda: setattr(R(1), "x", 1))
show("descriptor", lambda: R.random(random))
show("R init", lambda: R.__init__(R(), 1, 2))
r = R(5)
r.__init__(6)
print(r.random() == R(6).random())


class NoInit(R):
    def __init__(self, *args, **kwargs):
        pass


n = NoInit(1, 2, x=3)
print("unseeded", n.random(), n.getrandbits(64), n.getstate()[:3], n.getstate()[-1])
n.seed(4)
print(n.random() == R(4).random())


class KwInit(R):
    def __init__(self, a, b=0):
        super().__init__(a + b)


print("kw init", KwInit(1, b=2).random() == R(3).random())


class Plain(R):
    pass


show("plain kw", lambda: Plain(x=1))
show("plain two", lambda: Plain(1, 2))
p = Plain(9)
p.tag = "has a dict"
print(p.random() == R(9).random(), p.__dict__)


class SuperKw(R):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


print("super kw", SuperKw(5, y=1).random() == R(5).random())


# A subclass of random.Random that supplies random() only: the integer methods use it
class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.random(), h.randrange(10), h.randint(1, 6), h.choice("abcd"), h.uniform(0, 10))
x = list(range(8)); h.shuffle(x); print(x)
print(h.sample(range(10), 3), h._randbelow.__name__)


# One that supplies getrandbits() only: random() is still the core's
class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << (k - 1)) if k else 0  # the top bit only


b = Bits(1)
print(b.randrange(3), b.randint(0, 100), b.choice("xyz"), b.getrandbits(3), b._randbelow.__name__)
print(b.random() == random.Random(1).random(), b.randbytes(2))


class Overseed(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a + 1 if isinstance(a, int) else a)


print("overseed", Overseed(4).random() == random.Random(5).random())


class NoInitPy(random.Random):
    def __init__(self):
        pass


m = NoInitPy()
print("py unseeded", m.random(), m.getrandbits(32))
m.seed(3)
print(m.random() == random.Random(3).random())

# Random(5) instances are independent of each other and of the module generator
random.seed(5)
a = random.Random(5)
b = random.Random(5)
out = []
for i in range(5):
    out.append((random.random() == a.random(), a.random() == b.random(), b.random() == random.random()))
print(out)
print(random.random() == b.random(), a.getstate() == b.getstate())

# every function: the same values for the same seed as CPython
r = random.Random(31337)
print(r.random(), r.randrange(10**20), r.randrange(3, 300, 7), r.randint(-5, 5))
print(r.choice("abcdefghij"), r.choice(range(1000)))
x = list(range(30)); r.shuffle(x); print(x)
print(r.sample(range(10**6), 6), r.sample("abcdefghijklmnop", 5), r.sample(["a", "b"], counts=[30, 2], k=5))
print(r.choices("abc", k=5), r.choices(range(4), weights=[1, 2, 3, 4], k=5), r.choices("xy", cum_weights=[0.3, 1.0], k=4))
print(r.uniform(-3, 3), r.triangular(0, 10, 2), r.gauss(5, 2), r.gauss(5, 2), r.normalvariate(0, 3))
print(r.lognormvariate(0, 0.5), r.expovariate(2), r.vonmisesvariate(1, 4), r.gammavariate(0.7, 2), r.gammavariate(3, 2))
print(r.betavariate(2, 5), r.paretovariate(3), r.weibullvariate(1, 1.5), r.getrandbits(77), r.randbytes(7).hex())

# pickling and copying keep the state (and gauss_next)
r = random.Random(4242)
r.gauss()
for c in (pickle.loads(pickle.dumps(r)), copy.copy(r), copy.deepcopy(r)):
    print(type(c).__name__, c.getstate() == r.getstate(), c.gauss() == copy.copy(r).gauss())
print(random.Random(1).__reduce__()[0].__name__, random.Random(1).__reduce__()[1])
show("pickle core", lambda: pickle.dumps(R(1)))
