class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body2", x, y)
with CM("s", True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
with (CM("p1") as a, CM("p2") as b):
    print(a, b)
class NoEnter: pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with open(__file__) as fh:
    print(fh.readline().strip())
print(fh.closed)
import contextlib
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
lst = []
with CM("t") as lst_item:
    lst.append(lst_item)
print(lst)
