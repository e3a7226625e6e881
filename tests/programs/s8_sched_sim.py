"""A discrete-event simulation of a coffee shop driven by sched with a virtual clock."""
import sched
import random
from collections import deque


class Clock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, dt):
        self.now += dt


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
rng = random.Random(11)
queue = deque()
baristas_free = 2
log = []
served = []


def log_event(msg):
    log.append(f"[{clock.now:6.2f}] {msg}")


def arrive(cid):
    global baristas_free
    queue.append((cid, clock.now))
    log_event(f"customer {cid} arrives (queue={len(queue)})")
    start_service()
    if cid < 8:
        s.enter(rng.expovariate(1 / 2.0), 2, arrive, (cid + 1,))


def start_service():
    global baristas_free
    while baristas_free and queue:
        cid, t0 = queue.popleft()
        baristas_free -= 1
        wait = clock.now - t0
        dur = round(rng.uniform(1.5, 4.0), 2)
        log_event(f"start {cid} after waiting {wait:.2f}, takes {dur}")
        s.enter(dur, 1, finish, (cid,), {"wait": wait})


def finish(cid, wait):
    global baristas_free
    baristas_free += 1
    served.append((cid, wait))
    log_event(f"done {cid}")
    start_service()


s.enter(0, 2, arrive, (1,))
closing = s.enterabs(100, 0, log_event, ("closing time",))
print("pending:", len(s.queue), s.empty())
s.cancel(closing)
s.run()
print("\n".join(log))
print("served:", [c for c, _ in served])
print(f"mean wait: {sum(w for _, w in served) / len(served):.3f}")
print("empty at end:", s.empty(), round(clock.now, 2))

s2 = sched.scheduler(clock.time, clock.sleep)
order = []
for prio, name in [(3, "low"), (1, "high"), (2, "mid"), (1, "high2")]:
    s2.enter(5, prio, order.append, (name,))
s2.enterabs(clock.now + 1, 9, order.append, argument=("early",))
ev = s2.enter(2, 0, order.append, kwargs={}, argument=("cancelled",))
print([(e.priority, e.argument) for e in s2.queue])
s2.cancel(ev)
try:
    s2.cancel(ev)
except ValueError as e:
    print("ValueError:", e)
print(s2.run(blocking=False))
s2.run()
print(order)
e = sched.Event(1, 2, 3, print, (), {})
print(e, e.time, e < sched.Event(1, 3, 0, print, (), {}), sched.Event._fields)
