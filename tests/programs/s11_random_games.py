"""Random-driven simulations: must match CPython's Mersenne Twister exactly."""
import random
import statistics
from collections import Counter

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(-5, 5), random.gauss(0, 1), random.gauss(10, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 7), random.sample(deck, 3))
print(random.choice(deck), random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(40), random.getrandbits(3))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
print(random.triangular(0, 10, 3), random.expovariate(1.5), random.betavariate(2, 3))
print(random.normalvariate(5, 1), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.5, 1.0), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(6).hex())

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)

rng = random.Random(2024)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
for total in range(2, 13):
    print(f"{total:>2} {'#' * (rolls[total] // 10)} {rolls[total]}")
print(rolls.most_common(3), sum(rolls.values()), rolls.total())

r2 = random.Random("a string seed")
print(r2.random(), r2.randint(0, 10**20))
r3 = random.Random(b"bytes seed")
print(r3.random())
r4 = random.Random(3.5)
print(r4.random())
r5 = random.Random(-17)
print(r5.random(), random.Random(17).random())
r6 = random.Random(2**100 + 12345)
print(r6.randint(1, 1000), r6.choice("xyz"))

# Random walk with statistics
rng = random.Random(7)
pos = 0
path = []
for _ in range(50):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path[-10:], min(path), max(path))
print(statistics.mean(path), statistics.median(path), statistics.mode(path))
print(round(statistics.stdev(path), 6), round(statistics.pvariance(path), 6))
data = [rng.gauss(100, 15) for _ in range(200)]
print(round(statistics.fmean(data), 4), round(statistics.median_low(data), 4), round(statistics.median_high(data), 4))
print([round(q, 3) for q in statistics.quantiles(data, n=4)])
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]))
print(statistics.multimode("aabbbccccdddd"), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
xs = list(range(10))
ys = [2 * x + rng.random() for x in xs]
print(round(statistics.correlation(xs, ys), 6))
slope, intercept = statistics.linear_regression(xs, ys)
print(round(slope, 6), round(intercept, 6))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 6), nd.mean, round(nd.pdf(100), 6))
print(nd + 5, nd * 2, round(nd.overlap(statistics.NormalDist(110, 10)), 6))

# Monte Carlo pi
rng = random.Random(12345)
inside = sum(1 for _ in range(5000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 5000)
lst = list(range(20))
rng.shuffle(lst)
print(lst)
print(rng.sample(lst, k=5), rng.sample(range(10**9), 3))
try:
    rng.sample(lst, 50)
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
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
