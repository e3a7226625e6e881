sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__, add.__defaults__)
make = lambda n: lambda x: x + n
print(make(3)(4))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
f = lambda: (yield 1)
print(list(f()))
print((lambda: None)())
