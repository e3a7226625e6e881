# One generator driven by several threads: every item is produced exactly once, a
# thread that finds it running gets "generator already executing", and gi_running,
# close() and re-entrant next() behave as in CPython.
import threading


def counter(n):
    for i in range(n):
        yield i


gen = counter(20000)
got = [[] for _ in range(4)]
errors = []


def worker(k):
    while True:
        try:
            got[k].append(next(gen))
        except StopIteration:
            return
        except ValueError as e:
            errors.append(str(e))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=60)
items = sorted(x for g in got for x in g)
print(items == list(range(20000)), set(errors) <= {"generator already executing"})


def selfish():
    yield gen2.gi_running
    try:
        next(gen2)
    except ValueError as e:
        yield "next: " + str(e)
    try:
        gen2.close()
    except ValueError as e:
        yield "close: " + str(e)


gen2 = selfish()
print(gen2.gi_running, list(gen2), gen2.gi_running, gen2.gi_frame)


def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
    yield repr(__import__("sys").exc_info()[1])


h = handler()
print(next(h))
try:
    raise TypeError("outside")
except TypeError:
    print(next(h))
print(next(h))
