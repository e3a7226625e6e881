import itertools
def read_lines():
    for i in range(1, 200):
        yield f"{i},{'item' + str(i % 7)},{(i * 37) % 101}"
def parse(lines):
    for line in lines:
        n, name, val = line.split(",")
        yield int(n), name, int(val)
def filt(recs, pred):
    return (r for r in recs if pred(r))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
recs = filt(parse(read_lines()), lambda r: r[2] > 50)
top = list(itertools.islice(recs, 10))
print(top)
totals = {}
for _, name, val in filt(parse(read_lines()), lambda r: True):
    totals[name] = totals.get(name, 0) + val
print(sorted(totals.items()))
print(list(window(range(6), 3)))
print(sum(v for _, _, v in parse(read_lines())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([round(ra.send(v), 3) for v in [10, 20, 5, 7, 100]])
grouped = itertools.groupby(sorted(parse(read_lines()), key=lambda r: r[1]), key=lambda r: r[1])
print([(k, len(list(g))) for k, g in grouped])
