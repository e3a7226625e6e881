class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c), 2 in c, tuple(c), set(c) == {1, 2, 3})
class Manual:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= 3: raise StopIteration
        self.i += 1
        return self.i * 10
m = Manual()
print(list(m), list(m))
it = iter([1, 2, 3])
for x in it:
    print("x", x)
    if x == 1:
        print("skip", next(it))
print(list(it))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = "abc"
si = iter(s)
print(next(si), "".join(si))
print(list(zip(*[iter(range(9))] * 3)))
print(list(map(next, [iter("xy"), iter("zw")])))
e = enumerate(Countdown(2))
print(iter(e) is e, list(e))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext(): pass
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
r = iter(range(3))
print(r.__length_hint__(), next(r), r.__length_hint__())
