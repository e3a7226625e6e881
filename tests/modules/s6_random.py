import random
for seed in [0, 1, 42, -7, 2**70, "hello", b"bytes", 3.5, None.__class__ and 12345]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample("abcdef", 3))
print(random.uniform(1, 10), random.uniform(-5, -1))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.choices("abc", k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(random.getrandbits(1), random.getrandbits(64), random.getrandbits(200))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.gammavariate(2.0, 1.5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.random(), r.randint(0, 10**30), r.choice(range(1000)))
r2 = random.Random("seed")
print(r2.sample([1, 2, 3, 4, 5], k=5), r2.randrange(10**20))
print(random.Random(0).getrandbits(32), random.Random(2**32).random(), random.Random(-2**32).random())
random.seed(99)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, k=5, counts=None) if False else random.sample(deck, 5))
print(random.sample(['a', 'b'], counts=[3, 2], k=4))
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 5),
            lambda: random.randrange(0), lambda: random.randrange(1, 2, 0), lambda: random.randrange(1.5),
            lambda: random.sample({1, 2}, 1), lambda: random.choices([], k=2), lambda: random.getrandbits(-1),
            lambda: random.seed([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
r = random.Random(5)
print([round(r.uniform(0, 1), 6) for _ in range(5)])
print(random.Random(123).binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "nb")
class MyR(random.Random):
    pass
print(MyR(3).random() == random.Random(3).random())
