"""A priority-queue task scheduler with dependencies, retries, stats decorators and context managers."""
import heapq
import functools
import contextlib
import io
import json
import sys
from collections import deque, OrderedDict, ChainMap, namedtuple, defaultdict


class TaskFailed(Exception):
    pass


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        try:
            return fn(*args, **kwargs)
        except Exception:
            wrapper.failures += 1
            raise
    wrapper.calls = 0
    wrapper.failures = 0
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except TaskFailed as e:
                    last = e
                    print(f"    attempt {attempt}/{times} failed: {e}")
            raise TaskFailed(f"gave up after {times} attempts") from last
        return inner
    return deco


Task = namedtuple("Task", "priority name deps cost", defaults=((), 1))


class Scheduler:
    def __init__(self):
        self.heap = []
        self.tasks = OrderedDict()
        self.done = []
        self.seq = 0

    def add(self, task):
        if task.name in self.tasks:
            raise ValueError(f"duplicate task {task.name!r}")
        self.tasks[task.name] = task

    def ready(self):
        return [t for t in self.tasks.values()
                if t.name not in self.done and all(d in self.done for d in t.deps)]

    def run(self, worker):
        waiting = set(self.tasks)
        queued = set()
        while waiting:
            for t in self.ready():
                if t.name not in queued:
                    heapq.heappush(self.heap, (t.priority, self.seq, t))
                    self.seq += 1
                    queued.add(t.name)
            if not self.heap:
                raise RuntimeError(f"dependency cycle among {sorted(waiting)}")
            prio, _, task = heapq.heappop(self.heap)
            print(f"  run {task.name:<8} prio={prio} cost={task.cost}")
            worker(task)
            self.done.append(task.name)
            waiting.discard(task.name)
        return self.done


flaky_state = {"deploy": 2}


@counted
@retry(3)
def worker(task):
    left = flaky_state.get(task.name, 0)
    if left:
        flaky_state[task.name] = left - 1
        raise TaskFailed(f"{task.name} flaked ({left} left)")
    return task.cost


s = Scheduler()
for t in [Task(3, "deploy", ("test", "build")), Task(1, "fetch"), Task(2, "build", ("fetch",), 5),
          Task(2, "lint", ("fetch",)), Task(1, "test", ("build",), 3), Task(9, "notify", ("deploy",))]:
    s.add(t)
print(s.run(worker))
print(worker.calls, worker.failures, worker.__name__, worker.__wrapped__.__name__)
try:
    s.add(Task(1, "fetch"))
except ValueError as e:
    print(e)
print(Task(5, "x"), Task._field_defaults, Task(1, "a")._asdict())

cyc = Scheduler()
cyc.add(Task(1, "a", ("b",)))
cyc.add(Task(1, "b", ("a",)))
try:
    cyc.run(worker)
except RuntimeError as e:
    print("RuntimeError:", e)

flaky_state["doom"] = 5
try:
    worker(Task(1, "doom"))
except TaskFailed as e:
    print("final:", e, "| cause:", e.__cause__, "| failures:", worker.failures)


@functools.lru_cache(maxsize=3)
def slow_square(n):
    print(f"    computing {n}")
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())

dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq.count(3), list(reversed(dq)))
dq.extend("ab")
print(dq, dq.popleft(), dq.pop(), dq[1], len(dq))
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()))
cm = ChainMap({"color": "red"}, {"color": "blue", "size": "L"}, {"shape": "round"})
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[1], cm.new_child({"x": 1}).parents == cm)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd.default_factory)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed ok")


@contextlib.contextmanager
def section(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  handled inside {name}: {e}")
    finally:
        print(f"</{name}>")


with section("outer") as o, section("inner") as i:
    print("  body", o, i)
    1 / 0
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(section(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print("  stack body", names)

report = {"done": s.done, "stats": {"calls": worker.calls, "ok": 1.0, "none": None, "flag": True}, "é": "ü"}
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report, ensure_ascii=False, separators=(",", ":")))
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.lineno, e.colno, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.loads('[1, 2.5, "x\\u00e9", null, true, {"k": []}]'), json.dumps(float("inf")), json.dumps("tab\t\"q\""))
if s.done[-1] != "lint":
    sys.exit(f"unexpected final task: {s.done[-1]}")
