# Objects cross threads in every direction and are all freed, with finalizers run, by
# the time the program looks (weft counts references per owning thread; see refcount.rs).
import gc
import queue
import threading

freed = []
lock = threading.Lock()


class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        with lock:
            freed.append(self.tag)


# 1. Made by a worker that exits; the last reference is dropped by the main thread.
made = []
def maker():
    for i in range(1000):
        made.append(Item(("w", i)))
t = threading.Thread(target=maker)
t.start()
t.join()
print("worker made", len(made))
del made
print("freed after del", len(freed))

# 2. Made by the main thread, dropped by a consumer thread.
freed.clear()
q = queue.Queue()
def consumer():
    while True:
        x = q.get()
        if x is None:
            return
        x.tag  # use it, then drop it
for i in range(500):
    q.put(Item(("m", i)))
q.put(None)
c = threading.Thread(target=consumer)
c.start()
c.join()
print("freed after join", len(freed))

# 3. Ping-pong: one object passed back and forth, references added and dropped on both sides.
freed.clear()
box = [Item("ball")]
def pinger(n):
    for _ in range(n):
        b = box[0]
        box[0] = b
        del b
ts = [threading.Thread(target=pinger, args=(2000,)) for _ in range(4)]
for x in ts:
    x.start()
pinger(2000)
for x in ts:
    x.join()
print("ball alive", freed == [])
box.clear()
print("ball freed", freed)

# 4. A container made in one thread, filled in another, dropped in a third.
freed.clear()
shared = {}
def filler():
    for i in range(300):
        shared[i] = Item(("d", i))
def dropper():
    shared.clear()
f = threading.Thread(target=filler)
f.start(); f.join()
d = threading.Thread(target=dropper)
d.start(); d.join()
gc.collect()
print("dict items freed", len(freed))

# 5. Many short-lived threads each leaving objects behind.
freed.clear()
keep = []
def leave(i):
    keep.append([Item(("s", i, j)) for j in range(10)])
ths = [threading.Thread(target=leave, args=(i,)) for i in range(50)]
for x in ths:
    x.start()
for x in ths:
    x.join()
print("kept", sum(len(k) for k in keep))
keep = None
print("freed", len(freed))
