"""Puzzles solved with itertools: SEND+MORE, magic squares, change making, run-length, schedules."""
import itertools as it
from operator import itemgetter, attrgetter, mul
from collections import namedtuple


def send_more_money():
    letters = "TOGU"
    for perm in it.permutations(range(10), len(letters)):
        a = dict(zip(letters, perm))
        if a["T"] == 0 or a["G"] == 0 or a["O"] == 0:
            continue
        val = lambda w: int("".join(str(a[c]) for c in w))
        if val("TO") + val("GO") == val("OUT"):
            return {k: a[k] for k in sorted(a)}


print(send_more_money())

squares = []
for q in it.permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = q[:4] + (5,) + q[4:]
    if p[0] > p[2] or p[0] > p[6] or p[2] > p[6] or p[0] > p[8]:
        continue
    rows = [p[0:3], p[3:6], p[6:9]]
    cols = list(zip(*rows))
    if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in cols) and \
            p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        squares.append(rows)
print(len(squares), squares[0])

coins = [1, 5, 10, 25]
combos = [c for r in range(1, 5) for c in it.combinations_with_replacement(coins, r) if sum(c) == 30]
print(combos)

s = "aaabccddddde"
rle = [(k, len(list(g))) for k, g in it.groupby(s)]
print(rle, "".join(f"{k}{n}" for k, n in rle), "".join(it.starmap(mul, rle)) == s)

Person = namedtuple("Person", "name team score")
people = [Person("ann", "red", 9), Person("bob", "blue", 7), Person("cy", "red", 7), Person("di", "blue", 9),
          Person("ed", "green", 3), Person("flo", "red", 10)]
by_team = sorted(people, key=attrgetter("team"))
for team, members in it.groupby(by_team, key=attrgetter("team")):
    ms = list(members)
    print(team, [m.name for m in ms], max(ms, key=attrgetter("score")).name)
print(sorted(people, key=attrgetter("score", "name"), reverse=True)[:3])
print(sorted(people, key=lambda p: (-p.score, p.team, p.name)))
rows = [("x", 3, 2.5), ("y", 1, 9.0), ("x", 1, 0.5), ("z", 3, 2.5)]
print(sorted(rows, key=itemgetter(1, 2)), sorted(rows, key=itemgetter(0)), itemgetter(2, 0)(rows[1]))
print(list(map(itemgetter(slice(1, None)), rows[:2])), attrgetter("name", "score")(people[0]))
print(sorted(sorted(rows, key=itemgetter(2)), key=itemgetter(0), reverse=True))

teams = ["A", "B", "C", "D"]
rounds = []
rot = teams[1:]
for r in range(len(teams) - 1):
    line = [teams[0]] + rot
    rounds.append([(line[i], line[-1 - i]) for i in range(len(teams) // 2)])
    rot = rot[-1:] + rot[:-1]
for i, r in enumerate(rounds, 1):
    print(f"round {i}: " + ", ".join(f"{a}v{b}" for a, b in r))
played = sorted(tuple(sorted(m)) for r in rounds for m in r)
print(played == list(it.combinations(teams, 2)))

print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("z", 3)), list(it.islice(it.count(10, -2.5), 4)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])),
      list(it.takewhile(str.isupper, "ABcD")), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")), list(it.chain.from_iterable(["ab", "c"])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", [True]))), list(it.permutations("abc", 2))[:4])
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print(list(zip(*grid)), [list(reversed(col)) for col in zip(*grid)], list(it.chain(*grid))[::4])

words = "the cat sat on the mat with the hat".split()
print(sorted({w: words.count(w) for w in words}.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
seen = set()
print([w for w in words if not (w in seen or seen.add(w))])
print(max(it.combinations(range(1, 10), 3), key=lambda t: (t[0] * t[1] * t[2] if sum(t) == 15 else 0, t)))
print(sum(1 for _ in it.combinations(range(20), 3)), next(it.dropwhile(lambda p: sum(p) < 40, it.combinations(range(30), 2))))
for bad in [lambda: list(it.islice("abc", -1)), lambda: it.permutations("ab", -1), lambda: it.repeat(1, "x"),
            lambda: list(it.combinations(3, 1)), lambda: next(it.count("a"))]:
    try:
        print(bad())
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
