import sys
def rec(n):
    return rec(n + 1) + 1
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def count(n):
    global depth
    depth = n
    count(n + 1)
try:
    count(1)
except RecursionError:
    print("limit hit below", sys.getrecursionlimit(), depth < 200)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", e)
l = []
l.append(l)
print(l)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
sys.setrecursionlimit(1000)
def ok(n): return 0 if n == 0 else 1 + ok(n - 1)
print(ok(800))
