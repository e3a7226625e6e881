"""Seeded simulations: dice, random walk, Monte Carlo, queue simulation, shuffled tournament."""
import random, statistics, collections, heapq, itertools, math, bisect

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000)]
hist = collections.Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {hist[total]:>4} {'#' * (hist[total] // 10)}")
print("mean", round(statistics.mean(rolls), 4), "mode", statistics.mode(rolls), "pstdev", round(statistics.pstdev(rolls), 4))

random.seed(7)
pos, path = 0, []
for _ in range(50):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path[-10:], max(path), min(path), sum(1 for a, b in itertools.pairwise(path) if a < 0 <= b))

random.seed(12345)
inside = sum(1 for _ in range(20000) if math.hypot(random.random(), random.random()) <= 1)
print("pi ~", inside * 4 / 20000)

random.seed(99)
events, t, served, waits = [], 0.0, 0, []
for i in range(30):
    t += random.expovariate(1.0)
    heapq.heappush(events, (t, "arrive", i))
free_at = 0.0
while events:
    when, kind, cid = heapq.heappop(events)
    start = max(when, free_at)
    waits.append(start - when)
    free_at = start + random.uniform(0.5, 1.5)
    served += 1
print(served, round(sum(waits), 6), round(max(waits), 6), round(free_at, 6))

players = [f"P{i}" for i in range(8)]
random.seed(3)
random.shuffle(players)
rnd = 1
while len(players) > 1:
    pairs = list(zip(players[::2], players[1::2]))
    players = [random.choice(p) for p in pairs]
    print("round", rnd, pairs, "->", players)
    rnd += 1
weights = [random.gauss(70, 10) for _ in range(10)]
print([round(w, 3) for w in weights])
cum = list(itertools.accumulate([5, 3, 2]))
random.seed(5)
print([("abc")[bisect.bisect(cum, random.random() * cum[-1])] for _ in range(15)])
print(random.choices(["red", "green", "blue"], weights=[0.5, 0.3, 0.2], k=12))
r = random.Random("text seed")
print(r.random(), r.sample(range(1000), 5), r.triangular(), r.vonmisesvariate(0, 0), r.gammavariate(0.5, 2), r.betavariate(0.5, 0.5))
print(random.Random(b"\x00\xff").random(), random.Random(bytearray(b"ab")).random(), random.Random(0.5).random(), random.Random(-0.0).random())
