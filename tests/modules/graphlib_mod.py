import graphlib
from graphlib import TopologicalSorter, CycleError
import random
deps = {"compile": ["fetch", "configure"], "configure": ["fetch"], "test": ["compile"],
        "package": ["compile", "docs"], "docs": ["configure"], "release": ["test", "package"]}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts = TopologicalSorter()
for n, ps in deps.items():
    ts.add(n, *ps)
ts.add("extra")
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    ts.done(*ready)
    step += 1
print(bool(ts))
for g in [{"a": {"b"}, "b": {"a"}}, {1: [2], 2: [3], 3: [1], 0: [1]}, {"x": ["x"]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError:", e.args, isinstance(e, ValueError), str(e))
t = TopologicalSorter({"b": ["a"]})
for f in [lambda: t.get_ready(), lambda: t.is_active(), lambda: t.done("a"), lambda: (t.prepare(), t.prepare()), lambda: t.add("z"),
          lambda: t.done("q"), lambda: t.done("b"), lambda: (t.get_ready(), t.done("a"), t.done("a"))]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
random.seed(5)
for trial in range(3):
    nodes = list(range(12))
    g = {n: random.sample(nodes[:n], min(n, random.randint(0, 3))) for n in nodes}
    print(list(TopologicalSorter(g).static_order()))
print(TopologicalSorter[str])
