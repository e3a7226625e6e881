# starred assignment and call unpacking corner cases
a, *b = [1]
print(a, b)
*a, b = "xy"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
(*a,) = (1, 2)
print(a)
first, *_, last = iter([9, 8, 7, 6])
print(first, last, _)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *{}, *()], {*"aa", *[1]} == {"a", 1}, (*[1],))
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
def f(*args, **kw):
    return args, kw
print(f(*(1, 2), 3, *[4], x=1, **{"y": 2}, z=3))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
s = "hello"
h, *e, o = s
print(h, e, o)
x = y = [1, 2]
x[0], y[1] = y[1], x[0]
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
