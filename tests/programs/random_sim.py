"""Seeded random simulations (must match CPython's Mersenne Twister exactly)."""
import random
from collections import Counter
import statistics

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdefg"), random.uniform(-1, 1))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:13])
print(random.sample(range(1000), 8), random.sample(deck, 3))
print([round(random.gauss(0, 1), 6) for _ in range(5)])
print([round(random.normalvariate(10, 2), 6) for _ in range(3)])
print(random.choices(["red", "green", "blue"], weights=[10, 3, 1], k=12))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=6))
print(random.randrange(0, 100, 7), random.randrange(10), random.getrandbits(70), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 5), random.paretovariate(3), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1.0), random.weibullvariate(1, 1.5))

rng = random.Random("seed-string")
print([rng.randint(0, 9) for _ in range(20)])
rng2 = random.Random(b"bytes")
print(rng2.random())
rng3 = random.Random(-12345)
print(rng3.random(), random.Random(12345).random())
rng4 = random.Random(3.5)
print(rng4.random())
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, a[0])

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {c[total]:>4} {'*' * (c[total] // 10)}")
print("mean", statistics.mean(rolls), "median", statistics.median(rolls), "mode", statistics.mode(rolls))
print("stdev %.6f" % statistics.stdev(rolls), "pvariance %.6f" % statistics.pvariance(rolls))


def monte_carlo_pi(n, seed):
    r = random.Random(seed)
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(5000, 7))

# random walk
random.seed(99)
pos = 0
path = []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
random.seed(0)
big = list(range(20))
random.shuffle(big)
print(big, random.sample(big, k=5), random.random())
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
