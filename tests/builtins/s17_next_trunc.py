# next() on an iterator of a Python class passes its StopIteration on as raised
# (args and value kept); int() of an object with only __trunc__ warns as CPython 3.11 does.


class Done:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("done", 2)


try:
    next(Done())
except StopIteration as e:
    print("args", e.args, "value", e.value)
print(next(Done(), "default"), list(Done()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.n)
        self.n -= 1
        return self.n


c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("value", e.value, repr(e))


def gen():
    yield 1
    return "ret"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator value", e.value)
try:
    next(iter([]))
except StopIteration as e:
    print("list iterator", e.args)


class OnlyTrunc:
    def __trunc__(self):
        return 7


class BadTrunc:
    def __trunc__(self):
        return "x"


class Both:
    def __int__(self):
        return 1

    def __trunc__(self):
        return 2


print(int(OnlyTrunc()))
print(int(Both()))
try:
    int(BadTrunc())
except TypeError as e:
    print("TypeError:", e)
