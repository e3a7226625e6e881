"""Cooperative multitasking with generators: send, throw, close, yield from."""
from collections import deque
import sys


class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self, max_ticks=50):
        while (self.ready or self.sleeping) and self.tick < max_ticks:
            self.tick += 1
            wake = [s for s in self.sleeping if s[0] <= self.tick]
            self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
            for _, name, gen in sorted(wake, key=lambda s: (s[0], s[1])):
                self.ready.append((name, gen, self.tick))
            for _ in range(len(self.ready)):
                name, gen, value = self.ready.popleft()
                try:
                    req = gen.send(value)
                except StopIteration as stop:
                    self.results[name] = stop.value
                    print(f"[{self.tick:02}] {name} finished -> {stop.value!r}")
                    continue
                except Cancelled as c:
                    self.results[name] = f"cancelled({c})"
                    print(f"[{self.tick:02}] {name} cancelled: {c}")
                    continue
                if isinstance(req, Sleep):
                    self.sleeping.append((self.tick + req.ticks, name, gen))
                else:
                    self.ready.append((name, gen, req))

    def cancel(self, name):
        for i, (n, gen, v) in enumerate(self.ready):
            if n == name:
                del self.ready[i]
                try:
                    gen.throw(Cancelled("by request"))
                except Cancelled as c:
                    self.results[name] = f"cancelled({c})"
                except StopIteration as stop:
                    self.results[name] = stop.value
                return True
        for i, (t, n, gen) in enumerate(self.sleeping):
            if n == name:
                del self.sleeping[i]
                try:
                    gen.throw(Cancelled("while sleeping"))
                except StopIteration as stop:
                    self.results[name] = stop.value
                return True
        return False


def counter(label, n, delay):
    total = 0
    for i in range(n):
        woke = yield Sleep(delay)
        total += woke
        print(f"       {label} step {i} woke at {woke}")
    return total


def subtask(x):
    got = yield x * 2
    got2 = yield got + 1
    return (got, got2)


def delegator():
    r1 = yield from subtask(5)
    r2 = yield from subtask(10)
    return [r1, r2]


def stubborn():
    try:
        while True:
            yield Sleep(1)
    except Cancelled:
        print("       stubborn: cleaning up")
        return "cleaned"
    finally:
        print("       stubborn: finally")


s = Scheduler()
s.spawn("A", counter("A", 3, 2))
s.spawn("B", counter("B", 2, 3))
s.spawn("D", delegator())
s.spawn("S", stubborn())
s.run(max_ticks=4)
print("cancel S:", s.cancel("S"), "| cancel Z:", s.cancel("Z"))
s.run()
print("results:", dict(sorted(s.results.items())))

print()


def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        try:
            x = yield avg
        except GeneratorExit:
            print("  averager closing with", count, "items")
            raise
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
next(g)
for v in [10, 0.1, 0.2, 1e16]:
    print("  avg:", g.send(v))
g.close()
print("  closed state:", g.gi_frame is None)
g2 = averager()
next(g2)
g2.send(3)
try:
    g2.send(None)
except StopIteration as e:
    print("  StopIteration value:", e.value, e.args)


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g3 = bad_close()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("  RuntimeError:", e)


def gen_raises():
    yield 1
    raise StopIteration("inner")


try:
    list(gen_raises())
except RuntimeError as e:
    print("  PEP 479:", e, "| cause:", repr(e.__cause__))

print("done", file=sys.stderr)
g4 = subtask(1)
next(g4)
g4.throw(KeyError("thrown-in"))
