# min/max take their items one at a time, as CPython's loop does: the key function
# sees each item as it comes, errors stop the loop where they happen, and a dict
# changed by the key function raises as iteration does.
calls = []
def key(x):
    calls.append(x)
    return -x
print(max([3, 1, 2], key=key), calls)
calls.clear()
print(min(iter([5, 7, 6]), key=key), calls)

def gen():
    yield 4
    yield 9
    raise ValueError("from the generator")
try:
    max(gen())
except ValueError as e:
    print("ValueError:", e)

seen = []
def noisy(x):
    seen.append(x)
    if x == 3:
        raise KeyError(x)
    return x
try:
    max([1, 2, 3, 4, 5], key=noisy)
except KeyError as e:
    print("KeyError", e, seen)

d = {1: "a", 2: "b"}
def grow(k):
    d[k + 10] = "x"
    return k
try:
    max(d, key=grow)
except RuntimeError as e:
    print("RuntimeError:", e)

# A list the key function changes: read by index as its iterator reads it.
lst = [1, 2, 3]
def shrink(x):
    if lst:
        lst.pop()
    return x
print(max(lst, key=shrink))

print(max([], default="empty"), min((), default=None))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(iter([]))
except ValueError as e:
    print("ValueError:", e)
print(max({"b": 1, "a": 2}.items()), min({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max("hello"), min(b"xyz"), max(range(-5, 3)), min(range(10, 0, -3)))
print(max([2, 2.5, 1]), min([True, 0, -1]), max([-(2**70), 2**70, 3]))
print(max((1, "b"), (1, "a")), min([(2, 1), (1, 9), (1, 2)]))
print(max([[1, 2], [1, 2, 0], [0, 9]]), max(3, 1, 4, 1, 5, key=lambda v: v % 4))
# The first of equal items wins, for max as for min.
a, b = [1], [1]
print(max(a, b) is a, min(a, b) is a, max([b, a], key=len) is b)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)

# A subclass's own __iter__ is what min and max iterate.
class Odd(list):
    def __iter__(self):
        return iter([10, 20])
r = Odd([1, 5, 2])
print(max(r), min(r), max(Odd()), sum(r))
