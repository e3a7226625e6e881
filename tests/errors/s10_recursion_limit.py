# RecursionError at CPython's depth for plain recursion, and setrecursionlimit's checks
# (the call of setrecursionlimit itself counts as one level of the current depth).
import sys
print(sys.getrecursionlimit())
depth = 0
def f(n):
    global depth
    depth = n
    return f(n + 1)
for lim in [100, 1000, 50, 20, 5000, 30]:
    sys.setrecursionlimit(lim)
    try:
        f(1)
    except RecursionError as e:
        print(lim, depth, e)
sys.setrecursionlimit(1000)
for v in [0, -1, 2**31, 2**63, 1.5, "x", True, 2, 4]:
    try:
        sys.setrecursionlimit(v)
        print("ok", v, sys.getrecursionlimit())
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)

def g(n):
    if n == 0:
        for lim in [10, 52, 53, 54]:
            try:
                sys.setrecursionlimit(lim)
                print("set", lim, "ok")
            except RecursionError as e:
                print(e)
        sys.setrecursionlimit(1000)
        return
    g(n - 1)
g(50)

def h():
    sys.setrecursionlimit(3)
try:
    h()
    print("h ok", sys.getrecursionlimit())
except RecursionError as e:
    print(e)
sys.setrecursionlimit(100)

n = 0
class G:
    def __getattr__(self, a):
        global n
        n += 1
        return self.x
try:
    G().y
except RecursionError as e:
    print("getattr", n, e)
n = 0
def viamap(x):
    global n
    n += 1
    return list(map(viamap, [x]))
try:
    viamap(0)
except RecursionError as e:
    print("map", n, e)
