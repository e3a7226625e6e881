# A recursion limit far above what the native stack holds: weft must raise RecursionError
# (never overflow its stack), in the main thread and in other threads.
import sys, threading
sys.setrecursionlimit(10**6)
def down(n):
    return down(n + 1)
res = []
def work():
    try:
        down(0)
    except RecursionError as e:
        res.append(type(e).__name__)
ts = [threading.Thread(target=work) for _ in range(1)]
for t in ts:
    t.start()
for t in ts:
    t.join(60)
print(res)
sys.setrecursionlimit(1000)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__)
