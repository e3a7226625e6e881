"""Conway's Game of Life on a torus and an unbounded set-based board."""
from collections import Counter
from itertools import product


def step_set(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0))
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def render(live, w=None, h=None):
    if not live:
        return "(empty)"
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    rows = []
    for y in range(y0, y1 + 1):
        rows.append("".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1)))
    return "\n".join(rows)


def parse(pattern):
    return {(x, y) for y, row in enumerate(pattern.strip().splitlines())
            for x, ch in enumerate(row) if ch in "#O*"}


glider = parse("""
.#.
..#
###
""")
live = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(live)} cells, bbox origin {min(live)}")
    print(render(live))
    live = step_set(live)

# torus grid version
W, H = 8, 6
grid = [[0] * W for _ in range(H)]
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (5, 3), (5, 4), (5, 5)]:
    grid[y][x] = 1


def torus_step(g):
    h, w = len(g), len(g[0])
    new = [[0] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            n = sum(g[(y + dy) % h][(x + dx) % w]
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            new[y][x] = 1 if n == 3 or (n == 2 and g[y][x]) else 0
    return new


seen = {}
g = grid
for t in range(40):
    key = tuple(map(tuple, g))
    if key in seen:
        print(f"cycle: state at t={t} equals t={seen[key]} (period {t - seen[key]})")
        break
    seen[key] = t
    g = torus_step(g)
print("\n".join("".join(".#"[c] for c in row) for row in g))
print("population history:", [sum(map(sum, k)) for k in list(seen)[:12]])

# blinker and block are stable/periodic
blinker = parse("###")
print(render(step_set(blinker)), "|", step_set(step_set(blinker)) == blinker)
block = parse("##\n##")
print(step_set(block) == block)
print(render(set()))
