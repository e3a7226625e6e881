# A seeded tournament simulation: random.seed then randint/choice/shuffle/
# sample/choices/uniform/gauss/random must follow CPython's exact sequence.
import random
import statistics
from collections import Counter
from itertools import combinations

random.seed(2024)
players = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo"]
random.shuffle(players)
print("draw order:", players)

skill = {p: round(random.gauss(50, 12), 1) for p in players}
print("skills:", skill)


def roll(n, sides=6):
    return [random.randint(1, sides) for _ in range(n)]


def match(a, b):
    ra = sum(roll(3)) + skill[a] / 10 + random.uniform(-2, 2)
    rb = sum(roll(3)) + skill[b] / 10 + random.uniform(-2, 2)
    return (a, b, ra, rb) if ra >= rb else (b, a, rb, ra)


wins = Counter()
margins = []
for a, b in combinations(players, 2):
    w, l, sw, sl = match(a, b)
    wins[w] += 1
    margins.append(sw - sl)
    print(f"{a:>3} vs {b:<3} -> {w:<3} by {sw - sl:5.2f}")
print("standings:", wins.most_common())
print("margin mean %.3f, stdev %.3f, max %.3f" % (statistics.mean(margins), statistics.stdev(margins), max(margins)))

bracket = random.sample(players, 4)
print("playoff:", bracket)
while len(bracket) > 1:
    bracket = [match(bracket[i], bracket[i + 1])[0] for i in range(0, len(bracket), 2)]
    print("  ->", bracket)
prize = random.choices(["gold", "silver", "bronze", "nothing"], weights=[1, 2, 3, 10], k=8)
print("prize draws:", prize, Counter(prize)["nothing"])
print("lucky:", random.choice(players), random.randrange(0, 100, 5), round(random.random(), 6), random.getrandbits(16))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print("replay ok:", x == [random.random() for _ in range(3)])
rng = random.Random("tiebreak")
print("tiebreak:", rng.sample(range(1, 50), 6), rng.triangular(0, 1, 0.2), rng.expovariate(1.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
print(hands)
