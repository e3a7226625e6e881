"""Graph algorithms: BFS, DFS, Dijkstra, topological sort, connected components."""
import heapq
from collections import deque, defaultdict

EDGES = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]

graph = defaultdict(dict)
for u, v, w in EDGES:
    graph[u][v] = w
    graph[v][u] = w


def bfs(start):
    order, seen, q = [], {start}, deque([start])
    dist = {start: 0}
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                dist[v] = dist[u] + 1
                q.append(v)
    return order, dist


def dfs(start):
    order, seen, stack = [], set(), [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(sorted(graph[u], reverse=True))
    return order


def dfs_rec(u, seen=None):
    if seen is None:
        seen = []
    seen.append(u)
    for v in sorted(graph[u]):
        if v not in seen:
            dfs_rec(v, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    pops = 0
    while pq:
        d, u = heapq.heappop(pq)
        pops += 1
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]


print("BFS:", bfs("A"))
print("DFS iterative:", dfs("A"))
print("DFS recursive:", dfs_rec("A"))
dist, prev = dijkstra("A")
for node in sorted(graph):
    if node in dist:
        print(f"  A -> {node}: {dist[node]:>3}  via {' -> '.join(path(prev, node))}")
    else:
        print(f"  A -> {node}: unreachable")


def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = bfs(n)[0]
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


print("components:", components())

# topological sort (Kahn) on a DAG of tasks
deps = {
    "compile": ["fetch", "configure"],
    "configure": ["fetch"],
    "test": ["compile"],
    "package": ["compile", "docs"],
    "docs": ["configure"],
    "release": ["test", "package"],
    "fetch": [],
}
indeg = {k: 0 for k in deps}
users = defaultdict(list)
for k, ds in deps.items():
    for d in ds:
        indeg[k] += 1
        users[d].append(k)
ready = [k for k, n in indeg.items() if n == 0]
heapq.heapify(ready)
order = []
while ready:
    k = heapq.heappop(ready)
    order.append(k)
    for u in users[k]:
        indeg[u] -= 1
        if indeg[u] == 0:
            heapq.heappush(ready, u)
print("topo:", order)

# heapq utilities
data = [5, 1, 9, 3, 7, 2, 8]
print(heapq.nsmallest(3, data), heapq.nlargest(2, data), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
h = []
for x in data:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([1, 2, 3], 0), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))

# grid shortest path with deque
maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
]
R, C = len(maze), len(maze[0])
start = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if maze[r][c] == "E")
q = deque([(start, 0)])
seen = {start: None}
while q:
    (r, c), d = q.popleft()
    if (r, c) == end:
        print("maze steps:", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and maze[nr][nc] != "#" and (nr, nc) not in seen:
            seen[(nr, nc)] = (r, c)
            q.append(((nr, nc), d + 1))
cur = end
grid = [list(row) for row in maze]
while seen[cur] is not None:
    cur = seen[cur]
    if grid[cur[0]][cur[1]] == ".":
        grid[cur[0]][cur[1]] = "*"
print("\n".join(map("".join, grid)))
dq = deque(range(5), maxlen=5)
dq.rotate(2)
dq.appendleft(-1)
print(dq, dq.maxlen, dq.index(4), dq.count(0))
