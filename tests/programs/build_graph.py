"""A build system's dependency graph: graphlib, Kahn's algorithm, cycle reports, parallel batches."""
import graphlib
from collections import defaultdict, deque

RULES = """
app: lib_core lib_net assets
lib_net: lib_core vendor_ssl
lib_core: vendor_zlib
assets: images fonts
images:
fonts:
vendor_ssl:
vendor_zlib:
tests: app lib_core
docs: assets
"""

graph = {}
for line in RULES.strip().splitlines():
    target, _, deps = line.partition(":")
    graph[target.strip()] = deps.split()
print({k: v for k, v in sorted(graph.items())})

ts = graphlib.TopologicalSorter(graph)
order = list(ts.static_order())
pos = {n: i for i, n in enumerate(order)}
print(all(pos[d] < pos[t] for t, ds in graph.items() for d in ds), len(order))

ts = graphlib.TopologicalSorter(graph)
ts.prepare()
batch_no = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    batch_no += 1
    print(f"batch {batch_no}: {' '.join(ready)}")
    ts.done(*ready)


def kahn(g):
    indeg = defaultdict(int)
    users = defaultdict(list)
    nodes = set(g)
    for t, ds in g.items():
        for d in ds:
            nodes.add(d)
            users[d].append(t)
            indeg[t] += 1
    queue = deque(sorted(n for n in nodes if indeg[n] == 0))
    out = []
    while queue:
        n = queue.popleft()
        out.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                queue.append(u)
    if len(out) != len(nodes):
        stuck = sorted(n for n in nodes if indeg[n] > 0)
        raise ValueError(f"cycle among {stuck}")
    return out


print(kahn(graph))
cyclic = dict(graph, vendor_zlib=["app"])
try:
    kahn(cyclic)
except ValueError as exc:
    print("ValueError:", exc)
try:
    list(graphlib.TopologicalSorter(cyclic).static_order())
except graphlib.CycleError as exc:
    msg, cycle = exc.args
    print("CycleError:", msg, len(cycle) - 1, cycle[0] == cycle[-1])

ts = graphlib.TopologicalSorter()
ts.add("b", "a")
ts.add("c", "b", "a")
ts.prepare()
for bad in [lambda: ts.add("d"), lambda: ts.done("zzz"), lambda: ts.prepare()]:
    try:
        bad()
    except (ValueError, graphlib.CycleError) as exc:
        print(type(exc).__name__, exc)
print(ts.get_ready(), ts.is_active(), bool(ts))
ts.done("a")
try:
    ts.done("a")
except ValueError as exc:
    print("ValueError:", exc)
print(ts.get_ready())


def depth(node, g, memo={}):
    if node not in memo:
        memo[node] = 1 + max((depth(d, g) for d in g.get(node, [])), default=0)
    return memo[node]


levels = defaultdict(list)
for n in sorted(graph):
    levels[depth(n, graph)].append(n)
for lv in sorted(levels):
    print(lv, levels[lv])


def transitive(node, g, seen=None):
    seen = set() if seen is None else seen
    for d in g.get(node, []):
        if d not in seen:
            seen.add(d)
            transitive(d, g, seen)
    return seen


for t in ("app", "docs", "fonts"):
    print(t, "needs", sorted(transitive(t, graph)))
rebuild = sorted(t for t in graph if "vendor_zlib" in transitive(t, graph))
print("touching vendor_zlib rebuilds", rebuild)
