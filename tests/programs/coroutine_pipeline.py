"""send()-driven generator coroutines: averagers, filters, state machines."""
import functools


def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()
        return


@primed
def sink(store):
    try:
        while True:
            item = yield
            store.append(item)
    except GeneratorExit:
        store.append("<closed>")
        raise


@primed
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@primed
def mapper(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()


avg = averager()
for v in [10, 20, 30, 5]:
    print(f"sent {v:>3} -> {avg.send(v):.4f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(avg.send.__name__, avg.gi_running, avg.gi_frame)

data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
for k, (n, a) in sorted(results.items()):
    print(f"{n:2} {k.split(';')[0]:5} averaging {a:.2f}{k.split(';')[1]}")

store = []
pipe = mapper(str.upper, filt(lambda s: "A" in s, sink(store)))
for word in "alpha beta gamma delta pi rho".split():
    pipe.send(word)
pipe.close()
print(store)


@primed
def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "report":
            return log
        before = state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        elif event not in ("coin", "push"):
            raise ValueError(f"unknown event {event!r}")
        log.append(f"{before}+{event}->{state}")


t = turnstile()
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "=>", t.send(ev))
try:
    t.send("kick")
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.send("coin")
except StopIteration:
    print("dead after error")


@primed
def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as exc:
            total = 0
            print("  reset because", exc)
            continue
        total += x


acc = accumulator()
print(acc.send(5), acc.send(7))
print(acc.throw(ValueError("too big")))
print(acc.send(1))
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("closed generator raises StopIteration")


def gen_with_return():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return "".join(received)


def delegator():
    result = yield from gen_with_return()
    yield f"inner said {result!r}"


d = delegator()
print(next(d), d.send("a"), d.send("b"), d.send("c"))
try:
    next(d)
except StopIteration as e:
    print("done", e.value)


def bad_start():
    yield 1


g = bad_start()
try:
    g.send("x")
except TypeError as exc:
    print("TypeError:", exc)


def ignores_close():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "nope"


g = ignores_close()
next(g)
try:
    g.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
