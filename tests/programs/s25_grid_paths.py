# A grid map explorer: BFS shortest paths, complex numbers as coordinates,
# enum directions, generators, and a string rendering of the map.
from collections import deque
from enum import Enum
import heapq

MAP = """\
##########
#S..#....#
#.#.#.##.#
#.#...#..#
#.####.#.#
#......#E#
##########"""


class Dir(Enum):
    N = -1j
    S = 1j
    E = 1
    W = -1

    def turn_right(self):
        order = [Dir.N, Dir.E, Dir.S, Dir.W]
        return order[(order.index(self) + 1) % 4]


grid = {complex(x, y): ch for y, row in enumerate(MAP.splitlines()) for x, ch in enumerate(row)}
start = next(p for p, c in grid.items() if c == "S")
end = next(p for p, c in grid.items() if c == "E")
print("start", start, "end", end, "size", len(grid))


def neighbours(p):
    for d in Dir:
        q = p + d.value
        if grid.get(q, "#") != "#":
            yield d, q


def bfs(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        p = q.popleft()
        if p == b:
            break
        for _, n in neighbours(p):
            if n not in prev:
                prev[n] = p
                q.append(n)
    path = []
    p = b
    while p is not None:
        path.append(p)
        p = prev[p]
    return path[::-1]


path = bfs(start, end)
print("steps:", len(path) - 1)
moves = "".join(Dir(b - a).name for a, b in zip(path, path[1:]))
print("moves:", moves)
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print("compressed:", " ".join(f"{m}{n}" for m, n in compressed))

rows = MAP.splitlines()
canvas = [list(r) for r in rows]
for p in path[1:-1]:
    canvas[int(p.imag)][int(p.real)] = "*"
print("\n".join("".join(r) for r in canvas))


def dijkstra(a, b, turn_cost=5):
    # state: (cost, tiebreak, position, direction)
    counter = 0
    heap = [(0, counter, a, Dir.E)]
    best = {}
    while heap:
        cost, _, p, d = heapq.heappop(heap)
        if p == b:
            return cost
        if best.get((p, d), float("inf")) <= cost:
            continue
        best[(p, d)] = cost
        for nd, q in neighbours(p):
            extra = 1 if nd == d else 1 + turn_cost
            counter += 1
            heapq.heappush(heap, (cost + extra, counter, q, nd))
    return None


print("cheapest with turns:", dijkstra(start, end))
print([d.turn_right().name for d in Dir], Dir(1j), repr(Dir.W))
reachable = set()
todo = [start]
while todo:
    p = todo.pop()
    if p in reachable:
        continue
    reachable.add(p)
    todo.extend(q for _, q in neighbours(p))
print("reachable cells:", len(reachable), "walls:", sum(c == "#" for c in grid.values()))
print(sorted(reachable, key=lambda z: (z.imag, z.real))[:5])
