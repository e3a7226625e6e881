def f(a, b=2, /, c=3, *, d, e=5): return (a, b, c, d, e)
def g(x, y=1, *args, z, **kw): return (x, y, args, z, kw)
calls = [
 lambda: f(1, d=4), lambda: f(1, 2, 3, d=4, e=6), lambda: f(1, c=9, d=0),
 lambda: f(1, b=2, d=4), lambda: f(a=1, d=4), lambda: f(1), lambda: f(1, 2, 3, 4, d=1),
 lambda: f(1, d=1, d2=3), lambda: f(1, 2, c=3, d=4, **{"c": 5}), lambda: f(),
 lambda: g(1, z=2), lambda: g(1, 2, 3, 4, z=5, w=6), lambda: g(1, x=2, z=3), lambda: g(z=1),
 lambda: g(1, 2, y=3, z=4), lambda: g(1, **{"z": 1, "y": 9}),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
