"""Discrete-event simulation of a bank with tellers, seeded random and heapq."""
import heapq
import random
import statistics
from collections import deque
from dataclasses import dataclass, field


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False, default=-1)


def simulate(n_tellers, n_customers, seed):
    rng = random.Random(seed)
    events, seq = [], 0
    t = 0.0
    for c in range(n_customers):
        t += rng.expovariate(1 / 2.0)
        heapq.heappush(events, Event(t, seq, "arrive", c))
        seq += 1
    free = n_tellers
    line = deque()
    arrived, waits, log = {}, [], []
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            line.append(ev.customer)
        else:
            free += 1
        while free and line:
            c = line.popleft()
            free -= 1
            waits.append(ev.time - arrived[c])
            service = rng.uniform(2, 6)
            heapq.heappush(events, Event(ev.time + service, seq, "leave", c))
            seq += 1
        if len(log) < 6:
            log.append(f"t={ev.time:7.3f} {ev.kind:<6} c{ev.customer:<3} line={len(line)} free={free}")
    return waits, log, ev.time


for tellers in (1, 2, 3):
    waits, log, end = simulate(tellers, 200, seed=11)
    print(f"tellers={tellers}: mean wait {statistics.mean(waits):8.3f}  max {max(waits):8.3f}  "
          f"median {statistics.median(waits):7.3f}  end {end:8.2f}  zero-wait {sum(w == 0 for w in waits)}")
    if tellers == 2:
        print("\n".join(log))
print(statistics.quantiles([round(w, 2) for w in simulate(2, 50, 3)[0]], n=4))
rng = random.Random(7)
data = [rng.gauss(100, 15) for _ in range(1000)]
print(f"{statistics.fmean(data):.6f} {statistics.pstdev(data):.6f} {min(data):.4f} {max(data):.4f}")
hist = [0] * 8
for x in data:
    hist[min(7, max(0, int((x - 40) // 15)))] += 1
for i, h in enumerate(hist):
    print(f"{40 + 15 * i:>4}-{55 + 15 * i:<4}{'#' * (h // 10)} {h}")
