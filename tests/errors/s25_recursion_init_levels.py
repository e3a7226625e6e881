# A class whose __init__ constructs its own class recurses at two levels per
# construction (the class call and the __init__ frame), as CPython 3.11 counts it;
# the levels are given back on return, on an exception and on a bad return value.
import sys


def reach():
    """How deep plain recursion gets from here (shows leaked levels)."""
    n = 0

    def down():
        nonlocal n
        n += 1
        down()

    try:
        down()
    except RecursionError:
        pass
    return n


base = reach()


class Node:
    def __init__(self, d):
        self.next = Node(d + 1)


try:
    Node(0)
except RecursionError as e:
    print("Node:", e)
print("levels kept after Node:", reach() - base)


class Counted:
    made = 0

    def __init__(self, k):
        Counted.made = max(Counted.made, k)
        Counted(k + 1)


try:
    Counted(0)
except RecursionError:
    pass
print("constructions before the limit:", Counted.made > 400, Counted.made < 520)


class Boom:
    def __init__(self):
        raise ValueError("boom")


for _ in range(3000):
    try:
        Boom()
    except ValueError:
        pass
print("levels kept after 3000 raising __init__:", reach() - base)


class Bad:
    def __init__(self):
        return 1


for _ in range(3000):
    try:
        Bad()
    except TypeError as e:
        msg = str(e)
print(msg)
print("levels kept after 3000 bad returns:", reach() - base)


class Fine:
    def __init__(self, x):
        self.x = x


print(sum(Fine(i).x for i in range(5000)))
print("levels kept after 5000 constructions:", reach() - base)

sys.setrecursionlimit(200)
try:
    Node(0)
except RecursionError as e:
    print("limit 200:", e)
sys.setrecursionlimit(1000)

Node(0)
