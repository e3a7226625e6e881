# X.__new__(T) with T not a subtype of X names both by their C-level names, as CPython's
# tp_name: `module.Name` for a native type of a module; operator.length_hint treats a
# TypeError from __length_hint__ as "no estimate" (an endless itertools.repeat).
import _random, itertools, collections, operator


class Mine:
    pass


cases = [
    lambda: _random.Random.__new__(int),
    lambda: itertools.islice.__new__(int, [], 1),
    lambda: itertools.chain.__new__(Mine),
    lambda: collections.deque.__new__(int),
    lambda: collections.deque.__new__(Mine),
    lambda: list.__new__(int),
    lambda: list.__new__(Mine),
    lambda: dict.__new__(5),
    lambda: _random.Random.__new__(),
    lambda: int.__new__(str),
]
for call in cases:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)

print(operator.length_hint(itertools.repeat(1)), operator.length_hint(itertools.repeat(1, 5)))
print(operator.length_hint(iter([1, 2])), operator.length_hint(5, 7))


class LH:
    def __length_hint__(self):
        raise TypeError("x")


class LHV:
    def __length_hint__(self):
        raise ValueError("v")


print(operator.length_hint(LH(), 3))
try:
    operator.length_hint(LHV(), 3)
except ValueError as e:
    print("ValueError", e)
