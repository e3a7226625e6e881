"""Objects made by one thread and then used by others: lists, dicts, sets and cells
handed between threads (each hand-off revokes the creator's lock bias once), nested
operations on the same object, and many objects crossing a queue."""
import threading
import queue

# A list, dict, set made by the main thread, then appended to / updated by 4 threads.
shared_list = []
shared_dict = {}
shared_set = set()


def grow(tid):
    for i in range(2000):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_set.add(i % 97)


ts = [threading.Thread(target=grow, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared_list), len(shared_dict), len(shared_set))
print(sorted(shared_list)[:3], sum(shared_dict.values()))

# Nested operations on one object while other threads use it.
nums = list(range(50))
stop = threading.Event()


def reader():
    while not stop.is_set():
        n = len(nums)
        assert nums[0] == 0
        _ = nums == nums
        _ = nums[:n]


rs = [threading.Thread(target=reader) for _ in range(2)]
for r in rs:
    r.start()
for _ in range(20):
    nums.extend(nums[:50])
    assert nums == nums
    del nums[50:]
stop.set()
for r in rs:
    r.join()
print(len(nums), nums[-1])

# Many objects made by a producer thread and consumed by the main thread.
q = queue.Queue()


def producer():
    for i in range(3000):
        q.put({"i": i, "sq": [i, i * i], "tags": {i % 3}})
    q.put(None)


p = threading.Thread(target=producer)
p.start()
total = 0
count = 0
while (item := q.get()) is not None:
    item["seen"] = True
    item["sq"].append(0)
    total += item["sq"][1] + len(item["tags"])
    count += 1
p.join()
print(count, total)

# A closure cell made in one thread, rebound from others under a lock.
def make_counter():
    n = 0
    lock = threading.Lock()

    def inc():
        nonlocal n
        with lock:
            n += 1

    def get():
        return n

    return inc, get


inc, get = make_counter()


def bump():
    for _ in range(5000):
        inc()


ws = [threading.Thread(target=bump) for _ in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(get())
