# Many threads append/extend/insert/pop/remove on one shared list while others take
# snapshots: every single operation is atomic, so no element is lost or duplicated.
import threading

N_T, N = 6, 4000
shared = []
popped = [[] for _ in range(N_T)]
snap_bad = []
stop = threading.Event()

def worker(tid):
    mine = popped[tid]
    for i in range(N):
        v = tid * N + i
        if i % 4 == 0:
            shared.extend([v, -v - 1])
        else:
            shared.append(v)
        if i % 3 == 0:
            shared.insert(0, ("ins", tid, i))
        if i % 2 == 0:
            try:
                mine.append(shared.pop())
            except IndexError:
                pass

def snapshotter():
    while not stop.is_set():
        s = shared[:]
        t = list(shared)
        if len(s) > 10 and not all(x is not None for x in s):
            snap_bad.append("None in snapshot")
        sorted(x for x in t if isinstance(x, int))
        shared.count(0); 5 in shared

ws = [threading.Thread(target=worker, args=(t,)) for t in range(N_T)]
ss = [threading.Thread(target=snapshotter) for _ in range(2)]
for t in ws + ss: t.start()
for t in ws: t.join(timeout=60)
stop.set()
for t in ss: t.join(timeout=60)
if any(t.is_alive() for t in ws + ss):
    print("FAIL: thread still alive")
everything = shared + [x for p in popped for x in p]
ints = sorted(x for x in everything if isinstance(x, int))
expect = []
for tid in range(N_T):
    for i in range(N):
        v = tid * N + i
        expect.append(v)
        if i % 4 == 0:
            expect.append(-v - 1)
print(ints == sorted(expect), len(ints))
tuples = [x for x in everything if isinstance(x, tuple)]
print(len(tuples), len(set(tuples)) == len(tuples), snap_bad)
# remove() races: each value is removed exactly once. Two threads share each parity;
# each counts its own removals (`removed[k] += 1` on a shared slot is a read and a
# write, not atomic, so two threads on one slot could lose a count).
vals = list(range(5000))
lst = list(vals)
removed = [0] * 4
def remover(k):
    for v in range(k % 2, 5000, 2):
        try:
            lst.remove(v)
            removed[k] += 1
        except ValueError:
            pass
rs = [threading.Thread(target=remover, args=(k,)) for k in range(4)]
for t in rs: t.start()
for t in rs: t.join(timeout=60)
print(len(lst), sum(removed))
