"""8-puzzle solver: A* with Manhattan distance, heapq tie-breaking, path reconstruction."""
import heapq
import itertools
import random
from collections import deque

GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
N = 3
MOVES = {"U": -N, "D": N, "L": -1, "R": 1}


def neighbors(state):
    z = state.index(0)
    r, c = divmod(z, N)
    for name, delta in MOVES.items():
        if name == "U" and r == 0 or name == "D" and r == N - 1:
            continue
        if name == "L" and c == 0 or name == "R" and c == N - 1:
            continue
        t = z + delta
        s = list(state)
        s[z], s[t] = s[t], s[z]
        yield name, tuple(s)


def manhattan(state):
    total = 0
    for i, v in enumerate(state):
        if v:
            g = v - 1
            total += abs(i // N - g // N) + abs(i % N - g % N)
    return total


def solvable(state):
    flat = [v for v in state if v]
    inv = sum(1 for a, b in itertools.combinations(flat, 2) if a > b)
    return inv % 2 == 0


def astar(start):
    if not solvable(start):
        raise ValueError(f"unsolvable start {start}")
    counter = itertools.count()
    frontier = [(manhattan(start), 0, next(counter), start)]
    came = {start: (None, None)}
    cost = {start: 0}
    expanded = 0
    while frontier:
        f, g, _, state = heapq.heappop(frontier)
        if state == GOAL:
            path = []
            while came[state][0] is not None:
                prev, move = came[state]
                path.append(move)
                state = prev
            return "".join(reversed(path)), expanded
        if g > cost[state]:
            continue
        expanded += 1
        for move, nxt in neighbors(state):
            ng = g + 1
            if ng < cost.get(nxt, 1 << 30):
                cost[nxt] = ng
                came[nxt] = (state, move)
                heapq.heappush(frontier, (ng + manhattan(nxt), ng, next(counter), nxt))
    raise RuntimeError("no path")


def bfs_depth(start, limit=12):
    seen = {start}
    q = deque([(start, 0)])
    while q:
        s, d = q.popleft()
        if s == GOAL:
            return d
        if d == limit:
            continue
        for _, n in neighbors(s):
            if n not in seen:
                seen.add(n)
                q.append((n, d + 1))
    return None


def apply(state, moves):
    for m in moves:
        for name, nxt in neighbors(state):
            if name == m:
                state = nxt
                break
        else:
            raise ValueError(f"illegal move {m!r} from {state}")
    return state


def show(state):
    rows = []
    for r in range(N):
        rows.append(" ".join(str(v) if v else "." for v in state[r * N:(r + 1) * N]))
    return "\n".join(rows)


def scramble(rng, steps):
    s = GOAL
    for _ in range(steps):
        s = rng.choice([n for _, n in neighbors(s)])
    return s


rng = random.Random(2024)
puzzles = [scramble(rng, k) for k in (4, 10, 18, 30)]
puzzles.append((8, 6, 7, 2, 5, 4, 3, 0, 1))
for p in puzzles:
    print(show(p))
    path, expanded = astar(p)
    end = apply(p, path)
    print(f"h={manhattan(p):2d} len={len(path):2d} moves={path or '-'} ok={end == GOAL}")
    if len(path) <= 12:
        print("  bfs agrees:", bfs_depth(p) == len(path))
    print()

try:
    astar((2, 1, 3, 4, 5, 6, 7, 8, 0))
except ValueError as e:
    print("error:", e)
try:
    apply(GOAL, "RX")
except ValueError as e:
    print("error:", e)
print(sorted(neighbors(GOAL)))
print(heapq.nsmallest(3, [(manhattan(p), p) for p in puzzles]))
