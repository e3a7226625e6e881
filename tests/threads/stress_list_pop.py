import threading
N_THREADS = 8
data = list(range(100000))
got = [[] for _ in range(N_THREADS)]
def work(tid):
    mine = got[tid]
    while True:
        try:
            mine.append(data.pop())
        except IndexError:
            return
ts = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
allv = [v for g in got for v in g]
print(len(allv), len(set(allv)), sum(allv) == sum(range(100000)), data)
print(all(g == sorted(g, reverse=True) for g in got))
