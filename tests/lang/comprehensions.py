print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print({x % 3 for x in range(10)})
print(sum(x for x in range(101)))
print(list(x for x in "abc"))
g = (i * 2 for i in range(3))
print(next(g), list(g), list(g))
m = [[i * j for j in range(3)] for i in range(3)]
print(m)
print([c.upper() for c in "hey" if c != "e"])
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
# comprehension scope sees class?
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v for v in range(2) if vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print([y for x in [[1, 2], [3]] for y in x])
print({k: v for k, v in zip("abc", range(3)) if v})
print([(a, b) for a, b in [(1, 2), (3, 4)]])
def gen():
    return [i for i in range(3)]
print(gen())
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
print([i for i in range(5)][::-1])
print(sorted({s for s in ["b", "a", "b"]}))
print(type(x for x in []).__name__)
print([*range(3), *"ab"])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*range(3), 5})
print((*range(2),))
