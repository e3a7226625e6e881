if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
def f():
    vals = [last := v for v in range(4)]
    return vals, last
print(f())
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((a := 5), a)
print([(b := 1), b + 1])
def g(x):
    return (z := x + 1) * z
print(g(3))
total = 0
print([total := total + v for v in range(5)], total)
import re
if m := re.match(r"(\d+)", "123abc"):
    print(m.group(1))
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
