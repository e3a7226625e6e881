"""A discrete-event task scheduler built on heapq with tuple ties and cancellation."""
import heapq
import itertools


class Task:
    def __init__(self, name, duration, deps=()):
        self.name = name
        self.duration = duration
        self.deps = tuple(deps)

    def __repr__(self):
        return f"Task({self.name!r}, {self.duration})"

    def __lt__(self, other):
        return self.name < other.name


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.queue = []
        self.entries = {}
        self.counter = itertools.count()

    def push(self, priority, task):
        if task.name in self.entries:
            self.cancel(task.name)
        entry = [priority, next(self.counter), task]
        self.entries[task.name] = entry
        heapq.heappush(self.queue, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.queue:
            priority, count, task = heapq.heappop(self.queue)
            if task is not self.REMOVED:
                del self.entries[task.name]
                return priority, task
        raise KeyError("pop from an empty scheduler")

    def __len__(self):
        return len(self.entries)


s = Scheduler()
for prio, name, dur in [(3, "write", 5), (1, "plan", 2), (3, "test", 4), (2, "design", 3),
                        (1, "coffee", 1), (5, "ship", 1)]:
    s.push(prio, Task(name, dur))
s.cancel("coffee")
s.push(4, Task("test", 6))
print(len(s))
while len(s):
    print(s.pop())
try:
    s.pop()
except KeyError as exc:
    print("KeyError:", exc)

# plain tuple ties fall through to the next element
h = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])
h = [(1, Task("x", 1)), (1, Task("a", 2)), (0, Task("m", 3))]
heapq.heapify(h)
print([heapq.heappop(h)[1] for _ in range(3)])
try:
    heapq.heapify([(1, {}), (1, {})])
    print("heapify of equal keys compared dicts?")
except TypeError as exc:
    print("TypeError:", exc)
try:
    heapq.heappush([(1, {})], (1, {}))
except TypeError as exc:
    print("TypeError:", exc)

# simulate machines processing a dependency graph
tasks = {
    "fetch": Task("fetch", 3),
    "parse": Task("parse", 2, ["fetch"]),
    "index": Task("index", 4, ["parse"]),
    "thumbs": Task("thumbs", 5, ["fetch"]),
    "report": Task("report", 1, ["index", "thumbs"]),
    "lint": Task("lint", 1),
}
pending = {n: set(t.deps) for n, t in tasks.items()}
ready = sorted(n for n, d in pending.items() if not d)
events = []
clock = 0
free_machines = ["m1", "m2"]
timeline = []
while ready or events:
    while ready and free_machines:
        name = ready.pop(0)
        m = free_machines.pop(0)
        heapq.heappush(events, (clock + tasks[name].duration, name, m))
        timeline.append(f"t={clock:>2} {m} start {name}")
    clock, name, m = heapq.heappop(events)
    timeline.append(f"t={clock:>2} {m} done  {name}")
    free_machines.append(m)
    free_machines.sort()
    for other, deps in pending.items():
        if name in deps:
            deps.discard(name)
            if not deps:
                ready.append(other)
    ready.sort(key=lambda n: (-tasks[n].duration, n))
print("\n".join(timeline))
print("makespan", clock)

print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, "heapq", key=ord))
print(heapq.nlargest(2, [{"n": 1}, {"n": 3}, {"n": 2}], key=lambda d: d["n"]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h, heapq.heappushpop([], 3))
try:
    heapq.heapreplace([], 1)
except IndexError as exc:
    print("IndexError:", exc)
try:
    heapq.heappop([])
except IndexError as exc:
    print("IndexError:", exc)
