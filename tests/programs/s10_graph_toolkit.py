"""Graph algorithms module: Dijkstra, topo sort, union-find, BFS, SCC, MST."""
import heapq
from collections import defaultdict, deque
from functools import total_ordering
from itertools import count, pairwise
import graphlib


class CycleError(Exception):
    pass


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj.setdefault(v, {})

    @classmethod
    def from_text(cls, text, directed=False):
        g = cls(directed)
        for line in text.strip().splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            u, v, *w = line.split()
            g.add_edge(u, v, int(w[0]) if w else 1)
        return g

    def nodes(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for u in self.nodes():
            for v, w in sorted(self.adj[u].items()):
                key = (u, v) if self.directed else tuple(sorted((u, v)))
                if key not in seen:
                    seen.add(key)
                    yield u, v, w

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        tie = count()
        pq = [(0, next(tie), src)]
        done = set()
        while pq:
            d, _, u = heapq.heappop(pq)
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, next(tie), v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def bfs_layers(self, src):
        seen = {src}
        layer = [src]
        while layer:
            yield sorted(layer)
            nxt = []
            for u in layer:
                for v in sorted(self.adj[u]):
                    if v not in seen:
                        seen.add(v)
                        nxt.append(v)
            layer = nxt

    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(u for u, d in indeg.items() if d == 0))
        order = []
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(order) != len(indeg):
            stuck = sorted(u for u, d in indeg.items() if d > 0)
            raise CycleError(f"cycle among {stuck}")
        return order

    def scc(self):
        index, low, on, stack, out = {}, {}, set(), [], []
        c = count()

        def visit(u):
            index[u] = low[u] = next(c)
            stack.append(u)
            on.add(u)
            for v in sorted(self.adj[u]):
                if v not in index:
                    visit(v)
                    low[u] = min(low[u], low[v])
                elif v in on:
                    low[u] = min(low[u], index[v])
            if low[u] == index[u]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == u:
                        break
                out.append(sorted(comp))

        for u in self.nodes():
            if u not in index:
                visit(u)
        return sorted(out)


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True

    def groups(self):
        g = defaultdict(list)
        for x in self.parent:
            g[self.find(x)].append(x)
        return sorted(sorted(v) for v in g.values())


@total_ordering
class Edge:
    def __init__(self, u, v, w):
        self.u, self.v, self.w = u, v, w

    def __eq__(self, o):
        return (self.w, self.u, self.v) == (o.w, o.u, o.v)

    def __lt__(self, o):
        return (self.w, self.u, self.v) < (o.w, o.u, o.v)

    def __repr__(self):
        return f"{self.u}-{self.v}({self.w})"


def kruskal(g):
    uf = UnionFind(g.nodes())
    mst = [e for e in sorted(Edge(*t) for t in g.edges()) if uf.union(e.u, e.v)]
    return mst, sum(e.w for e in mst)


CITY = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
G H 1   # separate island
"""


def main():
    g = Graph.from_text(CITY)
    print("nodes:", g.nodes())
    dist, _ = g.dijkstra("A")
    print("dist:", dict(sorted(dist.items())))
    for dst in ("D", "F", "G"):
        p, d = g.path("A", dst)
        print(f"A->{dst}: {' -> '.join(p) if p else 'unreachable'} ({d})")
    print("layers:", list(g.bfs_layers("A")))
    mst, total = kruskal(g)
    print("mst:", mst, "total:", total)
    print(Edge("a", "b", 3) >= Edge("a", "b", 2), Edge("x", "y", 1) <= Edge("x", "y", 1))
    uf = UnionFind("abcdefg")
    for a, b in pairwise("abcd"):
        uf.union(a, b)
    uf.union("f", "g")
    print("groups:", uf.groups(), uf.union("a", "d"))

    dag = Graph.from_text("shirt tie\ntie jacket\npants shoes\npants belt\nbelt jacket\nshirt belt\nsocks shoes", directed=True)
    print("topo:", dag.topo_sort())
    dag.add_edge("jacket", "shirt")
    try:
        dag.topo_sort()
    except CycleError as e:
        print("CycleError:", e)
    print("scc:", dag.scc())

    ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"a", "b"}, "d": {"c"}})
    print("graphlib:", list(ts.static_order()))
    ts2 = graphlib.TopologicalSorter({"x": {"y"}, "y": {"x"}})
    try:
        ts2.prepare()
    except graphlib.CycleError as e:
        print("graphlib cycle:", e.args[0], sorted(set(e.args[1])))
    heap = []
    for w in [5, 1, 4, 1, 5, 9, 2, 6]:
        heapq.heappush(heap, -w)
    print([-heapq.heappop(heap) for _ in range(3)], heapq.nsmallest(3, [7, 3, 9, 1]),
          heapq.nlargest(2, ["pear", "fig", "banana"], key=len), list(heapq.merge([1, 4], [2, 3])))


main()
