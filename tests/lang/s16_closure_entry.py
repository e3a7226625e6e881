# Inlined calls of closures start past COPY_FREE_VARS and copy the cells themselves:
# defaults, nonlocal writes, recursion through a cell, and threads.
def outer(a, b=3):
    c = a * 2
    def inner(x, y=1):
        return a + b + c + x + y
    def inner2():
        nonlocal c
        c += 1
        return c
    return inner, inner2
i1, i2 = outer(1)
print(i1(10), i2(), i1(10, 5), i2(), i1(0))
def rec_closure(n):
    def go(k):
        return 0 if k == 0 else go(k - 1) + n
    return go(5)
print(rec_closure(3))
import threading
res = []
def worker(m):
    f = outer(m)[0]
    res.append(sum(f(i) for i in range(100)))
ts = [threading.Thread(target=worker, args=(m,)) for m in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res))
