# enumerate, zip, map, filter and reversed can be subclassed: __new__, __init__, an
# overriding __next__ (calling the built-in one through super()), instance attributes.
class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}: {v}"
print(list(Numbered("abc", 1)), type(Numbered("a")).__name__, isinstance(Numbered("a"), enumerate))
for line in Numbered(["x", "y"]): print(line)
n = Numbered("pq"); print(next(n), next(n, "end"), next(n, "end"))
class Pairs(zip):
    def __new__(cls, *its):
        print("new", len(its))
        return super().__new__(cls, *its, strict=True)
p = Pairs("ab", [1, 2]); p.extra = 5
print(list(p), p.extra, p.__dict__, dict(Pairs("xy", "12")))
try: list(Pairs("abc", [1]))
except ValueError as e: print(e)
class Squares(map):
    def __init__(self, it):
        self.src = it
    def __new__(cls, it): return super().__new__(cls, lambda x: x * x, it)
s = Squares(range(4)); print(list(s), s.src, sum(Squares([1, 2])))
class Evens(filter):
    def __new__(cls, it): return super().__new__(cls, lambda x: x % 2 == 0, it)
    def __iter__(self): print("iter"); return self
print(list(Evens(range(7))), [x for x in Evens([2, 3, 4])])
class Back(reversed):
    pass
b = Back([1, 2, 3]); print(type(b).__name__, list(b), list(Back(range(3))) , type(Back(range(3))).__name__, type(Back("ab")).__name__)
class Counting(map):
    count = 0
    def __next__(self):
        type(self).count += 1
        return super().__next__()
print(list(Counting(str, [1, 2, 3])), Counting.count, [*Counting(abs, [-1])], Counting.count)
m = Counting(int, "12"); print(m.__length_hint__() if hasattr(m, "__length_hint__") else "nohint", len(list(m)))
try: enumerate.__new__(int, [])
except TypeError as e: print(e)
try: object.__new__(Numbered)
except TypeError as e: print(e)
try: Numbered()
except TypeError as e: print(e)
print(repr(Back([1]))[:22], Numbered.__mro__)
import itertools
print(list(itertools.islice(Numbered(itertools.count()), 3)), sorted(Squares([3, 1, 2])), tuple(Evens([4])), set(Pairs("a", "b")))
