"""Recursive algorithms: hanoi, permutations, flood fill, expression trees, memoized paths."""
import sys
from functools import lru_cache, reduce


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcdef")), len(set(perms("aabb"))))


def subsets(items):
    if not items:
        yield ()
        return
    for rest in subsets(items[1:]):
        yield rest
        yield (items[0],) + rest


print(sorted(subsets((1, 2, 3)), key=lambda t: (len(t), t)))

GRID = """\
..........
.###..###.
.#.#..#...
.###..####
..........
##.######.
"""


def flood(grid, r, c, ch):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + sum(flood(grid, r + dr, c + dc, ch) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


g = [list(row) for row in GRID.splitlines()]
regions = []
mark = iter("abcdefghij")
for r in range(len(g)):
    for c in range(len(g[0])):
        if g[r][c] == ".":
            regions.append(flood(g, r, c, next(mark)))
print(regions)
print("\n".join("".join(row) for row in g))


class Node:
    def __init__(self, op, left=None, right=None):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        if self.left is None:
            return env.get(self.op, self.op) if isinstance(self.op, str) else self.op
        a, b = self.left.eval(env), self.right.eval(env)
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("inf"), "^": a ** b}[self.op]

    def __str__(self):
        if self.left is None:
            return str(self.op)
        return f"({self.left} {self.op} {self.right})"

    def depth(self):
        return 1 + max(self.left.depth(), self.right.depth()) if self.left else 1


def parse(tokens):
    """Recursive-descent parser: expr := term (('+'|'-') term)*, term := factor (('*'|'/') factor)*, factor := base ('^' factor)?"""
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        node = term()
        while peek() in ("+", "-"):
            node = Node(take(), node, term())
        return node

    def term():
        node = factor()
        while peek() in ("*", "/"):
            node = Node(take(), node, factor())
        return node

    def factor():
        base = atom()
        if peek() == "^":
            take()
            return Node("^", base, factor())
        return base

    def atom():
        t = take()
        if t == "(":
            n = expr()
            if take() != ")":
                raise SyntaxError("expected )")
            return n
        return Node(int(t) if t.isdigit() else t)

    tree = expr()
    if pos != len(tokens):
        raise SyntaxError(f"unexpected token {tokens[pos]!r}")
    return tree


import re
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * (y - 4) / 2", "10 / (5 - 5)", "((7))", "1 +", "2 3"]:
    try:
        t = parse(re.findall(r"\d+|\w+|\S", src))
        print(f"{src:<16} => {str(t):<24} = {t.eval({'x': 6, 'y': 10})!r:<8} depth {t.depth()}")
    except (SyntaxError, IndexError, TypeError) as e:
        print(f"{src:<16} !! {type(e).__name__}: {e}")


@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.cache_info().currsize)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]


print(flatten([1, [2, (3, [4, [5]]), []], "ab", [[[[6]]]]]))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), reduce(gcd, [84, 126, 210]), sys.getrecursionlimit())


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(900))
try:
    count_down(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(count_down(4000), sys.getrecursionlimit())


def binary_search(seq, target, lo=0, hi=None):
    hi = len(seq) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    return binary_search(seq, target, mid + 1, hi) if seq[mid] < target else binary_search(seq, target, lo, mid - 1)


data = list(range(0, 1000, 7))
print([binary_search(data, t) for t in (0, 7, 693, 994, 5, -1)])


def merge_sort(xs, key=lambda v: v):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    while a and b:
        out.append(a.pop(0) if key(a[0]) <= key(b[0]) else b.pop(0))
    return out + a + b


words = "the quick brown fox jumps over the lazy dog Again And again".split()
print(merge_sort(words), merge_sort(words, key=str.lower) == sorted(words, key=str.lower))
