import threading
N_THREADS, N = 8, 20000
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(N):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
print(counter, counter == N_THREADS * N)
class Account:
    def __init__(self):
        self.balance = 1000
        self.lock = threading.RLock()
    def transfer(self, other, amt):
        first, second = sorted([self, other], key=id)
        with first.lock:
            with second.lock:
                self.balance -= amt
                other.balance += amt
accts = [Account() for _ in range(4)]
def shuffle(tid):
    for i in range(3000):
        a = accts[(tid + i) % 4]
        b = accts[(tid + i + 1 + i % 3) % 4]
        if a is not b:
            a.transfer(b, (i % 7) + 1)
ts = [threading.Thread(target=shuffle, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: deadlock or thread alive")
print("total balance", sum(a.balance for a in accts))
rl = threading.RLock()
depth_total = [0]
def reentrant():
    for _ in range(2000):
        with rl:
            with rl:
                depth_total[0] += 1
ts = [threading.Thread(target=reentrant) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(depth_total[0])
