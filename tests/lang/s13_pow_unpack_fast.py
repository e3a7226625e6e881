# ** on ints and floats and unpacking of tuples/lists (the VM has fast paths for both):
# results, errors and in-place forms must match the general paths.
for a, b in [(2.0, 0.5), (2, 10), (2, 100), (-2, 3), (-8.0, 1/3), (0.0, -1), (0, -1), (1e300, 2.0), (2.0, 1e10), (float('inf'), 2.0), (float('nan'), 0), (2, -2), (1.5, 2), (2, 0.5), (10, -1.0), (0.0, 0.0)]:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
    try:
        x = a
        x **= b
        print("inplace", x)
    except Exception as e:
        print("inplace", type(e).__name__, e)
for t in [(1, 2), [3, 4], (5,), [6, 7, 8], "ab", range(2)]:
    try:
        p, q = t
        print(p, q)
    except ValueError as e:
        print("ValueError", e)
class T(tuple):
    def __iter__(self):
        yield "sub"
        yield "class"
p, q = T((1, 2))
print(p, q)
big = 10 ** 30
print(big ** 2, (-3) ** 3, 2 ** 62, 2 ** 63, (-2) ** 63, 7 ** 0, 0 ** 0)
