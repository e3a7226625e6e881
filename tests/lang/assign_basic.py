a = 1
b = c = d = 2
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "ab"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = "hello"
print(a, mid, z)
*allof, = (1, 2)
print(allof)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
obj = type("O", (), {})()
obj.x = obj.y = 7
print(obj.x, obj.y)
dct = {}
dct["k"], dct["j"] = 1, 2
print(dct)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
x: int = 5
y: list
print(x, "y" in dir())
print(__annotations__)
