"""Route planning: Dijkstra, A*, topological build order with graphlib, and cycle errors."""
import heapq
import math
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError

EDGES = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
F G 3
G E 1
H I 2
"""
COORDS = {"A": (0, 0), "B": (3, 6), "C": (6, 2), "D": (12, 4), "E": (14, 0), "F": (8, -2),
          "G": (11, -3), "H": (20, 20), "I": (21, 21)}

graph = defaultdict(dict)
for line in EDGES.strip().splitlines():
    a, b, w = line.split()
    graph[a][b] = graph[b][a] = int(w)


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    visited = []
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf):
            continue
        visited.append(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev, visited


def path_to(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def astar(src, dst):
    h = lambda n: math.dist(COORDS[n], COORDS[dst])
    open_ = [(h(src), 0, src, [src])]
    seen = set()
    expanded = 0
    while open_:
        f, g, node, path = heapq.heappop(open_)
        if node == dst:
            return g, path, expanded
        if node in seen:
            continue
        seen.add(node)
        expanded += 1
        for nxt, w in graph[node].items():
            if nxt not in seen:
                heapq.heappush(open_, (g + w + h(nxt), g + w, nxt, path + [nxt]))
    raise LookupError(f"no route from {src} to {dst}")


dist, prev, order = dijkstra("A")
print("visit order:", " ".join(order))
for node in sorted(graph):
    d = dist.get(node, math.inf)
    route = "-".join(path_to(prev, node)) if node in dist else "unreachable"
    print(f"  A->{node}: {d!s:>4}  {route}")
print("A* A->E:", astar("A", "E"))
print("A* D->A:", astar("D", "A")[:2])
try:
    astar("A", "H")
except LookupError as e:
    print("LookupError:", e)


def bfs_levels(src):
    levels, q = {src: 0}, deque([src])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in levels:
                levels[v] = levels[u] + 1
                q.append(v)
    return levels


lv = bfs_levels("A")
by_level = defaultdict(list)
for n, l in lv.items():
    by_level[l].append(n)
print("BFS levels:", dict(by_level))
components, seen = [], set()
for n in sorted(graph):
    if n not in seen:
        comp = set(bfs_levels(n))
        seen |= comp
        components.append("".join(sorted(comp)))
print("components:", components)

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "fixtures"],
    "fixtures": ["core"],
}
ts = TopologicalSorter(deps)
print("static order:", list(TopologicalSorter(deps).static_order()))
ts.prepare()
batch_no = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    batch_no += 1
    print(f"  batch {batch_no}: {ready}")
    ts.done(*ready)

bad = dict(deps, core=["app"])
try:
    list(TopologicalSorter(bad).static_order())
except CycleError as e:
    msg, cycle = e.args
    print("CycleError:", msg, "| length", len(cycle), "| closed:", cycle[0] == cycle[-1])
ts2 = TopologicalSorter()
ts2.add("x", "y")
ts2.add("y")
print(list(ts2.static_order()))
try:
    ts2.add("z")
except ValueError as e:
    print("ValueError:", e)
t3 = TopologicalSorter({"a": ["b"]})
t3.prepare()
try:
    t3.done("a")
except ValueError as e:
    print("ValueError:", e)
print(astar("H", "A"))
