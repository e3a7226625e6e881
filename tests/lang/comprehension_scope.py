x = 10
print([x for x in range(3)], x)
print([x * y for x in range(3) for y in range(x)], x)
y = 5
print([y + i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(3)], {i: z for i in range(2)}, {z + i for i in range(2)}, list(z - i for i in range(2))
print(f())
class K:
    n = 3
    vals = [i for i in range(n)]
    try:
        other = [n for i in range(2)]
    except NameError as e:
        other = "NameError " + str(e)
print(K.vals, K.other)
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([i for i in range(10) if i % 2 if i % 3])
m = [[1, 2], [3, 4]]
print([[row[i] for row in m] for i in range(2)])
print({k: v for k, v in [("a", 1), ("a", 2)]})
gen = (i * x for i in range(3))
x = 100
print(list(gen))
print(sum(i for i in range(5)), max((len(s) for s in ["a", "bbb"]), default=0))
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError", e)
print([(yield_ := i) for i in range(2)], yield_)
