# The jump back to a for loop's FOR_ITER runs the next step of the iteration at
# once: every iterator kind, continue/break/else, and errors raised by the next
# item, whose traceback points at the `for` line.
import traceback


def gen(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        if self.n == 2:
            self.n -= 1
            raise ValueError("two")
        self.n -= 1
        return self.n


def loops():
    out = []
    for i in range(5):
        if i % 2:
            continue
        out.append(i)
    for c in "héllo":
        out.append(c)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for k in {"x": 1, "y": 2}:
        out.append(k)
    for t in (7, 8):
        for u in range(t, t + 2):
            if u == 8:
                break
            out.append(u)
        else:
            out.append("else %d" % t)
    for i in range(3):
        pass
    else:
        out.append("done")
    for i in range(10, 0, -3):
        out.append(i)
    for i in []:
        out.append("never")
    for i in iter([1, 2, 3]):
        while i:
            i -= 1
        out.append(i)
    n = 0
    for n in range(2 ** 62, 2 ** 62 + 3):
        pass
    out.append(n)
    for n in range(2 ** 64, 2 ** 64 + 2):
        out.append(n)
    return out


print(loops())


def from_gen():
    total = 0
    for x in gen(10):
        total += x
    return total


def from_class():
    seen = []
    for x in Countdown(5):
        seen.append(x)
    return seen


for fn in (from_gen, from_class):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        print([(t.name, t.line) for t in traceback.extract_tb(e.__traceback__)])


def mutate():
    items = [1, 2, 3]
    for x in items:
        if len(items) < 6:
            items.append(x * 10)
    return items


print(mutate())
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)

for x in gen(5):
    print(x)
