# At exit, finalizers of objects that __main__'s globals hold run while the globals
# are still bound (CPython's last garbage collection), and each runs once.
import sys

LABEL = "tag"


class Res:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        sys.stdout.write(f"del {self.n} {Res.__name__} {LABEL} {len(registry)}\n")


def worker():
    try:
        yield 1
    finally:
        print("worker finally", Res.__name__, LABEL)


first = Res(1)
registry = []
for i in range(2, 5):
    registry.append(Res(i))
table = {}
table["x"] = Res(5)
w = worker()
next(w)
last = Res(6)
print("end of program")
