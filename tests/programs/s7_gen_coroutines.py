"""Generator protocols: send/throw/close, yield from with return values, pipelines."""
import itertools as it


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results, key):
    results[key] = yield from averager()


results = {}
for key, values in {"a": [10, 20, 30], "b": [1.5, 2.5], "c": []}.items():
    g = delegator(results, key)
    next(g)
    for v in values:
        print(key, v, g.send(v))
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)

g = averager()
print(next(g), g.send(4), g.throw(ValueError("bad")), g.send(8))
g.close()
print(g.send.__name__, g.gi_running, g.gi_frame)
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"  ticker({n}) cleanup")


for x in ticker(10):
    if x == 2:
        break
print("after break")
t = ticker(3)
print(list(t), list(t))


def gen_with_return():
    yield 1
    return "done"


try:
    g = gen_with_return()
    next(g)
    next(g)
except StopIteration as e:
    print("returned", repr(e.value))


def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def strip_comments(lines):
    for n, line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield n, line


def parse(lines):
    for n, line in lines:
        key, sep, val = line.partition("=")
        if not sep:
            yield n, ("error", line.strip())
            continue
        val = val.strip()
        for conv in (int, float):
            try:
                val = conv(val)
                break
            except ValueError:
                pass
        yield n, (key.strip(), val)


CONFIG = """
# settings
name = weft   # inline
threads=8
ratio = 0.75
broken line
 empty =
exp = 1e3
hex = 0x1F
"""
for n, pair in parse(strip_comments(read_lines(CONFIG))):
    print(f"{n:2}: {pair!r}")

print(list(it.islice(it.count(1, 0.5), 5)), list(it.accumulate([1, 2, 3, 4], initial=100)))
print(list(it.pairwise("abcde")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print([(k, list(v)) for k, v in it.groupby("aaabccddda")])
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.combinations_with_replacement("xyz", 2)), len(list(it.permutations(range(5), 3))))
print(list(it.product([0, 1], repeat=2)), list(it.chain.from_iterable(["ab", "cd"])), list(it.repeat("z", 3)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), list(it.filterfalse(None, [0, 1, "", "x", None])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], "ab", strict=True))
except ValueError as e:
    print(e)
gen = (x * x for x in range(3))
print(gen.__name__, next(gen), sum(gen), list(gen))
