"""Constraint puzzles: Sudoku (backtracking + propagation), N-queens, knapsack, word ladder."""
from collections import deque
from functools import lru_cache
import copy
import sys

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class Sudoku:
    def __init__(self, text):
        rows = [r for r in text.split() if r]
        self.grid = [[int(c) if c.isdigit() else 0 for c in r] for r in rows]
        self.steps = 0

    def candidates(self, r, c):
        used = set(self.grid[r]) | {self.grid[i][c] for i in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used |= {self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return [d for d in range(1, 10) if d not in used]

    def empty_cells(self):
        return [(r, c) for r in range(9) for c in range(9) if not self.grid[r][c]]

    def solve(self):
        cells = self.empty_cells()
        if not cells:
            return True
        r, c = min(cells, key=lambda rc: (len(self.candidates(*rc)), rc))
        for d in self.candidates(r, c):
            self.grid[r][c] = d
            self.steps += 1
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            parts = [" ".join(str(d or ".") for d in row[i:i + 3]) for i in (0, 3, 6)]
            lines.append(" | ".join(parts))
        return "\n".join(lines)

    def valid(self):
        groups = [row for row in self.grid]
        groups += [list(col) for col in zip(*self.grid)]
        groups += [[self.grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
                   for br in (0, 3, 6) for bc in (0, 3, 6)]
        return all(sorted(g) == list(range(1, 10)) for g in groups)


def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    placed = []

    def place(r):
        if r == n:
            sols.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placed.pop()

    place(0)
    return sols


def show_board(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, room):
        if i == len(items):
            return 0, ()
        name, w, v = items[i]
        skip = best(i + 1, room)
        if w > room:
            return skip
        val, chosen = best(i + 1, room - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)

    result = best(0, cap)
    info = best.cache_info()
    return result, info.misses


def ladder(start, goal, words):
    words = set(words)
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        w = path[-1]
        for i in range(len(w)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                nxt = w[:i] + ch + w[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    q.append(path + [nxt])
    return None


def deep_recursion(n):
    return 0 if n == 0 else 1 + deep_recursion(n - 1)


def main():
    s = Sudoku(PUZZLE)
    original = copy.deepcopy(s.grid)
    print(s)
    print("candidates at (0,2):", s.candidates(0, 2))
    print("solved:", s.solve(), "valid:", s.valid(), "steps:", s.steps)
    print(s)
    print("givens kept:", all(original[r][c] in (0, s.grid[r][c]) for r in range(9) for c in range(9)))
    for n in range(1, 9):
        print(f"queens({n}) = {len(queens(n))}")
    first = queens(6)[0]
    print(first)
    print(show_board(first))
    items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
             ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
    (value, chosen), calls = knapsack(tuple(items), 200)
    print("knapsack:", value, sorted(chosen), "subproblems:", calls)
    words = "cold cord card ward warm worm word wood golf wolf gold bold bolt boat coat cost".split()
    print("ladder:", ladder("cold", "warm", words))
    print("ladder:", ladder("cold", "coat", words))
    print("ladder:", ladder("golf", "zzzz", words))
    print(deep_recursion(500))
    limit = sys.getrecursionlimit()
    try:
        deep_recursion(limit * 2)
    except RecursionError as e:
        print("RecursionError:", str(e)[:35])
    grid = [[0] * 3] * 2
    grid[0][0] = 1
    print(grid, [[0] * 3 for _ in range(2)])
    a = [[1, [2]], 3]
    b = copy.copy(a)
    c = copy.deepcopy(a)
    a[0][1].append(9)
    print(b, c, b[0] is a[0], c[0] is a[0])


main()
