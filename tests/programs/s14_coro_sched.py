"""A round-robin scheduler of generator 'tasks': send/throw/close, yield from with return values."""
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Cancelled(Exception):
    pass


class Task:
    _ids = 0

    def __init__(self, gen, name):
        Task._ids += 1
        self.id = Task._ids
        self.gen, self.name = gen, name
        self.result = None
        self.done = False
        self.send_value = None
        self.wake_at = 0

    def __repr__(self):
        state = "done" if self.done else "live"
        return f"<Task {self.id} {self.name} {state}>"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0
        self.trace = []

    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t

    def cancel(self, task):
        if task.done:
            return False
        try:
            task.gen.throw(Cancelled(f"{task.name} cancelled at {self.clock}"))
        except (Cancelled, StopIteration) as e:
            task.done = True
            task.result = e.value if isinstance(e, StopIteration) else repr(e)
            self.trace.append(f"t={self.clock} cancel {task.name} -> {task.result}")
        else:
            self.trace.append(f"t={self.clock} {task.name} ignored cancel")
        if task in self.ready:
            self.ready.remove(task)
        self.sleeping = [t for t in self.sleeping if t is not task]
        return True

    def run(self, max_ticks=50):
        while (self.ready or self.sleeping) and self.clock < max_ticks:
            self.clock += 1
            for t in [t for t in self.sleeping if t.wake_at <= self.clock]:
                self.sleeping.remove(t)
                self.ready.append(t)
            for _ in range(len(self.ready)):
                task = self.ready.popleft()
                try:
                    req = task.gen.send(task.send_value)
                except StopIteration as stop:
                    task.done, task.result = True, stop.value
                    self.trace.append(f"t={self.clock} {task.name} finished -> {stop.value!r}")
                    continue
                except Exception as exc:
                    task.done, task.result = True, exc
                    self.trace.append(f"t={self.clock} {task.name} crashed: {exc!r}")
                    continue
                task.send_value = None
                if isinstance(req, Sleep):
                    task.wake_at = self.clock + req.ticks
                    self.sleeping.append(task)
                else:
                    task.send_value = self.clock
                    self.ready.append(task)


def sub_count(label, n):
    total = 0
    for i in range(n):
        now = yield
        total += i
        print(f"  {label} step {i} at t={now}")
    return total * 10


def worker(name, n):
    got = yield from sub_count(name, n)
    got2 = yield from sub_count(name + "'", 1)
    return got + got2


def sleeper():
    try:
        yield Sleep(3)
        print("  sleeper woke")
        yield Sleep(100)
        print("  never")
    finally:
        print("  sleeper cleanup")


def stubborn():
    while True:
        try:
            yield
        except Cancelled as e:
            print("  stubborn got", e)


def crasher():
    yield
    raise KeyError("boom")


def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                continue
            total += value
    except GeneratorExit:
        print("  accumulator closing with", total)
        raise


s = Scheduler()
a = s.spawn(worker("A", 3), "A")
b = s.spawn(worker("B", 2), "B")
z = s.spawn(sleeper(), "sleeper")
st = s.spawn(stubborn(), "stubborn")
c = s.spawn(crasher(), "crasher")
s.run(max_ticks=5)
print("after 5 ticks:", [t for t in (a, b, z, st, c)])
s.cancel(z)
s.cancel(st)
print("cancel done task:", s.cancel(a))
st.gen.close()
print("stubborn closed, frame gone:", st.gen.gi_frame is None)
print("\n".join(s.trace))
print("results:", a.result, b.result, repr(c.result))

print("-- manual protocol --")
acc = accumulator()
print(next(acc), acc.send(5), acc.send(7), acc.send(None))
acc.close()
acc.close()
try:
    acc.send(1)
except StopIteration as e:
    print("send after close: StopIteration", e.value)


def delegator():
    inner = accumulator()
    result = yield from inner
    return result


d = delegator()
next(d)
print(d.send(4), d.send(6))
try:
    d.throw(ValueError("into inner"))
except ValueError as e:
    print("propagated:", e)
print(d.gi_running, d.gi_frame)

g = (x * x for x in range(3))
print(next(g), list(g), list(g))


def bad_close():
    try:
        yield 1
    finally:
        yield 2


bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
