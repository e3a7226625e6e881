"""Priority task manager: frozen ordered dataclasses, heapq with lazy deletion, replace, and sorting."""
import heapq
from dataclasses import MISSING, dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError, InitVar
from typing import ClassVar


@dataclass(order=True, frozen=True)
class Task:
    priority: int
    due: int
    name: str = field(compare=False)
    tags: tuple = field(default=(), compare=False, repr=False)
    kind: ClassVar[str] = "task"

    def __post_init__(self):
        if self.priority < 0:
            raise ValueError(f"priority must be >= 0, got {self.priority}")
        if not self.name:
            raise ValueError("name required")


@dataclass
class Board:
    owner: str
    _heap: list = field(default_factory=list, repr=False)
    removed: set = field(default_factory=set, repr=False)
    seed: InitVar[tuple] = ()
    done: list = field(default_factory=list)

    def __post_init__(self, seed):
        for t in seed:
            self.push(t)

    def push(self, task):
        heapq.heappush(self._heap, task)

    def remove(self, name):
        if not any(t.name == name for t in self._heap):
            raise KeyError(name)
        self.removed.add(name)

    def pop(self):
        while self._heap:
            task = heapq.heappop(self._heap)
            if task.name in self.removed:
                self.removed.discard(task.name)
                continue
            self.done.append(task.name)
            return task
        raise IndexError("pop from empty board")

    def __len__(self):
        return sum(1 for t in self._heap if t.name not in self.removed)

    def peek_all(self):
        return [t.name for t in sorted(self._heap) if t.name not in self.removed]


tasks = [Task(2, 10, "write report", ("docs",)), Task(1, 5, "fix prod bug", ("urgent", "ops")),
         Task(2, 3, "review PR"), Task(3, 1, "lunch"), Task(1, 5, "call vendor"), Task(0, 20, "coffee")]
board = Board("ada", seed=tasks)
print(board, len(board))
print("order:", board.peek_all())
print("sorted desc:", [t.name for t in sorted(tasks, reverse=True)])
print(Task(1, 5, "a") == Task(1, 5, "b"), Task(1, 5, "a") < Task(1, 6, "a"), Task(2, 0, "x") <= Task(1, 99, "y"))
print(repr(tasks[1]), hash(Task(1, 5, "a")) == hash(Task(1, 5, "zzz")), Task.kind)

board.remove("lunch")
try:
    board.remove("nap")
except KeyError as e:
    print("KeyError:", e)
while True:
    try:
        t = board.pop()
    except IndexError as e:
        print("stop:", e)
        break
    print(f"  do p{t.priority} due{t.due:>3} {t.name:<14} tags={','.join(t.tags) or '-'}")
print("done:", board.done)

t = tasks[0]
try:
    t.priority = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del t.name
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
bumped = replace(t, priority=0, tags=t.tags + ("bumped",))
print(bumped, bumped.tags, t.priority)
print(asdict(bumped), astuple(t))
print([(f.name, f.compare, f.repr, f.default is MISSING) for f in fields(Task)])
for bad in (lambda: Task(-1, 0, "neg"), lambda: Task(1, 1, ""), lambda: replace(t, colour="red"),
            lambda: Task(1), lambda: t < (1, 2), lambda: Board("x", seed=[3, Task(1, 1, "ok")])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

print("-- heapq utilities")
nums = [15, 3, 9, 27, 1, 8, 8, 42, 0]
h = nums[:]
heapq.heapify(h)
print(h, heapq.nsmallest(3, nums), heapq.nlargest(3, nums, key=lambda n: -n))
print(heapq.heappushpop(h, 2), heapq.heapreplace(h, 100), h[0], len(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge("ace", "bd", reverse=False)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)), list(heapq.merge([("b", 1)], [("a", 2)], key=lambda p: p[1])))
ordered = []
while h:
    ordered.append(heapq.heappop(h))
print(ordered)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapify([1, "a", 2, None])
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, s):
        core, _, label = s.partition("-")
        return cls(*map(int, core.split(".")), label=label)

    def __str__(self):
        return ".".join(map(str, astuple(self)[:3])) + (f"-{self.label}" if self.label else "")


vs = [Version.parse(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0.0-rc1", "0.9.12", "1.2.3-beta"]]
print(" < ".join(map(str, sorted(vs))), max(vs), Version(1, 2, 3) == Version(1, 2, 3, "x"))
print(Version(1), Version.__eq__(Version(1), 1), Version.__lt__(Version(1), "x"))
