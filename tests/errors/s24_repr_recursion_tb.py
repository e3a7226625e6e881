# An uncaught RecursionError from a __repr__ that calls repr(self): the traceback
# folds the repeated frame ("[Previous line repeated N more times]") and the message
# names the check that hit the limit (three levels per frame: the Python frame, the
# call of the built-in repr and the repr of the object).
import sys


class Node:
    def __init__(self, label):
        self.label = label

    def __eq__(self, other):
        # a broken __eq__ that compares itself again
        return self == other

    def __repr__(self):
        return "Node(" + repr(self) + ")"


def describe(items):
    out = []
    for item in items:
        out.append(repr(item))
    return out


# first a caught one, to show the interpreter survives it
try:
    Node("a") == Node("b")
except RecursionError as e:
    print("eq:", e)

sys.setrecursionlimit(401)
print("limit", sys.getrecursionlimit())
print(describe([1, "two", (3,)]))
print(describe([Node("x")]))
