import queue, threading
pq = queue.PriorityQueue()
for p, task in [(2, "write"), (1, "read"), (3, "exec"), (1, "alpha")]:
    pq.put((p, task))
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out)
q = queue.Queue()
print(q.maxsize, q.unfinished_tasks)
q.put("a"); q.put("b")
print(q.unfinished_tasks, q.get(), q.unfinished_tasks)
q.task_done(); q.get(); q.task_done()
q.join()
print("joined", q.unfinished_tasks)
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try:
    lq.put(3, block=False)
except queue.Full:
    print("LifoQueue full")
results = []
def waiter():
    results.append(q.get(timeout=10))
t = threading.Thread(target=waiter); t.start()
q.put("delivered")
t.join(10)
print(results)
class Job:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, other): return self.pri < other.pri
jq = queue.PriorityQueue()
for j in [Job(5, "low"), Job(1, "high"), Job(3, "mid")]:
    jq.put(j)
print([jq.get().name for _ in range(3)])
