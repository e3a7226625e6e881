# random: seeded sequences, state round trips, subclasses, and one generator shared
# by eight threads drawing each value of the single-thread sequence exactly once.
import random, threading, pickle, copy
random.seed(12345)
a = [random.random() for _ in range(5)] + [random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 100)]
print(a)
print(random.randint(1, 6), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
s = random.getstate(); x = random.random(); random.setstate(s); print(x == random.random())
r = random.Random(7); print(r.random(), pickle.loads(pickle.dumps(r)).random() == r.random(), copy.deepcopy(r).random())
class MyR(random.Random):
    def __init__(self): pass
m = MyR(); m.seed(3); print(m.random())
class Mine(random.Random):
    def random(self): return 0.5
print(Mine(1).randrange(10), Mine(1).choice([1, 2, 3]))
# One generator shared by eight threads: every draw is one of the single-thread
# sequence, none repeated.
random.seed(1)
ref = [random.random() for _ in range(16000)]
random.seed(1)
out = []
lock = threading.Lock()
def w():
    mine = [random.random() for _ in range(2000)]
    with lock:
        out.extend(mine)
ts = [threading.Thread(target=w) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), len(set(out)), sorted(out) == sorted(ref))
