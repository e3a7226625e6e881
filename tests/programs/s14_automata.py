"""Cellular automata on small text boards: Langton's ant, Wireworld, elementary rule 30/110, life on a torus."""
from collections import Counter
from itertools import product


def langton(size, steps):
    grid = [[False] * size for _ in range(size)]
    r = c = size // 2
    dr, dc = -1, 0
    for step in range(steps):
        if grid[r][c]:
            dr, dc = -dc, dr
        else:
            dr, dc = dc, -dr
        grid[r][c] = not grid[r][c]
        r, c = (r + dr) % size, (c + dc) % size
    return grid, (r, c)


grid, pos = langton(11, 200)
print("langton after 200 steps, ant at", pos, "black cells", sum(map(sum, grid)))
for i, row in enumerate(grid):
    print("".join("A" if (i, j) == pos else "#" if v else "." for j, v in enumerate(row)))

WIRE = """\
..........
.tH######.
.#......#.
.###tH###.
..........
"""


def wire_step(board):
    h, w = len(board), len(board[0])
    nxt = []
    for r in range(h):
        row = []
        for c in range(w):
            cell = board[r][c]
            if cell == "H":
                row.append("t")
            elif cell == "t":
                row.append("#")
            elif cell == "#":
                heads = sum(board[r + dr][c + dc] == "H"
                            for dr, dc in product((-1, 0, 1), repeat=2)
                            if (dr or dc) and 0 <= r + dr < h and 0 <= c + dc < w)
                row.append("H" if heads in (1, 2) else "#")
            else:
                row.append(cell)
        nxt.append("".join(row))
    return nxt


board = WIRE.splitlines()
for gen in range(4):
    print(f"wireworld gen {gen}:", " | ".join(board[1:4]))
    board = wire_step(board)
print("cell census:", sorted(Counter("".join(board)).items()))


def elementary(rule, width, gens):
    table = {tuple(map(int, f"{i:03b}")): (rule >> i) & 1 for i in range(8)}
    cells = [0] * width
    cells[width // 2] = 1
    lines = []
    for _ in range(gens):
        lines.append("".join(" █"[x] for x in cells).rstrip())
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
    return lines


for rule in (30, 90, 110):
    print(f"rule {rule}:")
    print("\n".join(elementary(rule, 31, 10)))


def life_torus(cells, w, h, gens):
    history = []
    for _ in range(gens):
        key = frozenset(cells)
        if key in history:
            return cells, len(history), history.index(key)
        history.append(key)
        counts = Counter(((x + dx) % w, (y + dy) % h) for x, y in cells
                         for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
        cells = {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
    return cells, gens, None


def show(cells, w, h):
    return "\n".join("".join("O" if (x, y) in cells else "." for x in range(w)) for y in range(h))


patterns = {
    "blinker": {(1, 2), (2, 2), (3, 2)},
    "glider": {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)},
    "block": {(1, 1), (1, 2), (2, 1), (2, 2)},
    "r-pentomino": {(2, 1), (3, 1), (1, 2), (2, 2), (2, 3)},
}
for name, cells in patterns.items():
    final, gens, loop_start = life_torus(cells, 6, 6, 60)
    desc = f"cycle found at gen {gens} (repeats gen {loop_start})" if loop_start is not None else f"no cycle in {gens}"
    print(f"{name}: {desc}, population {len(final)}")
    print(show(final, 6, 6))
print(sorted(patterns["glider"]), max(patterns["glider"], key=lambda p: (p[1], -p[0])))
