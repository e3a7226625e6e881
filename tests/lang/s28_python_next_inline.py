# for-loops over instances of classes written in Python: __next__ run as an inlined
# call by FOR_ITER, its StopIteration ending the loop; and the shapes that take the
# general path.

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), [x * 2 for x in Count(4)], sum(Count(100)))
for x in Count(3):
    print("item", x)
else:
    print("else runs after exhaustion")
for x in Count(5):
    if x == 2:
        continue
    if x == 4:
        break
    print("loop", x)
else:
    print("never: break skips else")

c = Count(4)
for x in c:
    if x == 2:
        break
print("resumed:", list(c))

class MyStop(StopIteration):
    pass

class SubStop:
    def __iter__(self):
        self.k = 0
        return self
    def __next__(self):
        self.k += 1
        if self.k > 2:
            raise MyStop("done", self.k)
        return self.k
print(list(SubStop()), [v for v in SubStop()])

def helper(it):
    if it.k > 1:
        raise StopIteration("from helper")
    return it.k

class Nested:
    def __iter__(self):
        self.k = -1
        return self
    def __next__(self):
        self.k += 1
        return helper(self)
for v in Nested():
    print("nested", v)

class WithDefault:
    def __iter__(self):
        self.k = 0
        return self
    def __next__(self, step=2):
        self.k += step
        if self.k > 6:
            raise StopIteration
        return self.k
print(list(WithDefault()))

class GenNext:
    def __iter__(self):
        return self
    def __next__(self):
        yield 1
try:
    for v in GenNext():
        print("generator object item:", type(v).__name__)
        break
except Exception as e:
    print(type(e).__name__, e)

class Fails:
    def __iter__(self):
        self.k = 0
        return self
    def __next__(self):
        self.k += 1
        if self.k == 3:
            raise ValueError("bad item %d" % self.k)
        return self.k
try:
    for v in Fails():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)

class Swap:
    def __iter__(self):
        self.k = 0
        return self
    def __next__(self):
        self.k += 1
        if self.k > 5:
            raise StopIteration
        return self.k
out = []
for v in Swap():
    out.append(v)
    if v == 2:
        def stop_now(self):
            raise StopIteration
        Swap.__next__ = stop_now
print(out)

class NoneItems:
    def __iter__(self):
        self.k = 0
        return self
    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration
        return None
print([v for v in NoneItems()])

# Nested loops over the same class, and a loop inside __next__ itself
class Outer:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return sum(x for x in Count(self.i))
print([(a, b) for a in Outer(3) for b in Outer(2)])

# StopIteration raised in the loop body is not the iterator's
def body_raises():
    for v in Count(3):
        if v == 2:
            raise StopIteration("from the body")
try:
    body_raises()
except StopIteration as e:
    print("StopIteration escaped the loop:", e)

# The error traceback of a failing __next__ names its frame
for v in Fails():
    pass
