def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("caught:", e)
def r2(n):
    if n == 0:
        return 0
    return 1 + r2(n - 1)
print(r2(900))
import sys
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
recurse(0)
