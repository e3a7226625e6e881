"""Walk-in clinic queue simulation: random.seed, deque queues, triage levels, statistics report."""
import random
import statistics
from collections import deque, Counter
from dataclasses import dataclass, field

random.seed(1337)

TRIAGE = {1: "critical", 2: "urgent", 3: "routine"}


@dataclass
class Patient:
    pid: int
    arrival: int
    level: int
    service: int
    start: int = -1
    doctor: str = ""

    @property
    def wait(self):
        return self.start - self.arrival


@dataclass
class Doctor:
    name: str
    busy_until: int = 0
    seen: list = field(default_factory=list)


def generate(n_minutes):
    patients, pid = [], 0
    for minute in range(n_minutes):
        if random.random() < 0.32:
            pid += 1
            level = random.choices([1, 2, 3], weights=[1, 3, 8])[0]
            service = max(2, round(random.gauss({1: 25, 2: 14, 3: 8}[level], 3)))
            patients.append(Patient(pid, minute, level, service))
    return patients


def simulate(patients, doctors, horizon):
    queues = {lvl: deque() for lvl in TRIAGE}
    arrivals = deque(patients)
    log = []
    max_len = 0
    for t in range(horizon):
        while arrivals and arrivals[0].arrival == t:
            p = arrivals.popleft()
            queues[p.level].append(p)
        for doc in doctors:
            if doc.busy_until <= t:
                for lvl in sorted(queues):
                    if queues[lvl]:
                        p = queues[lvl].popleft()
                        p.start, p.doctor = t, doc.name
                        doc.busy_until = t + p.service
                        doc.seen.append(p.pid)
                        if p.wait > 20:
                            log.append(f"t={t:3d} {p.doctor} sees #{p.pid} ({TRIAGE[p.level]}) after {p.wait} min")
                        break
        max_len = max(max_len, sum(map(len, queues.values())))
    left = [p for q in queues.values() for p in q] + list(arrivals)
    return log, max_len, left


patients = generate(180)
doctors = [Doctor("Dr. Ames"), Doctor("Dr. Bell"), Doctor("Dr. Cruz")]
log, max_len, left = simulate(patients, doctors, 240)
print(f"{len(patients)} patients, mix {dict(sorted(Counter(TRIAGE[p.level] for p in patients).items()))}")
print("\n".join(log[:8]))
if len(log) > 8:
    print(f"... {len(log) - 8} more long waits")
served = [p for p in patients if p.start >= 0]
print(f"served {len(served)}, still waiting {len(left)}, peak queue {max_len}")
print(f"{'level':<9}{'n':>4}{'mean':>8}{'median':>8}{'p90':>6}{'max':>5}{'stdev':>8}")
for lvl, name in TRIAGE.items():
    waits = sorted(p.wait for p in served if p.level == lvl)
    if not waits:
        print(f"{name:<9}{0:>4}")
        continue
    p90 = waits[min(len(waits) - 1, int(0.9 * len(waits)))]
    sd = statistics.stdev(waits) if len(waits) > 1 else 0.0
    print(f"{name:<9}{len(waits):>4}{statistics.mean(waits):>8.2f}{statistics.median(waits):>8}{p90:>6}{waits[-1]:>5}{sd:>8.3f}")
for doc in doctors:
    busy = sum(p.service for p in served if p.doctor == doc.name)
    print(f"{doc.name:<9} saw {len(doc.seen):2d} patients, busy {busy:3d} min ({busy / 240:.0%}), first five {doc.seen[:5]}")

print("-- random API on a private generator")
rng = random.Random("clinic")
print(rng.randint(1, 6), rng.randrange(0, 100, 5), rng.choice("ABCDEF"), rng.sample(range(50), 5))
deck = list(range(10))
rng.shuffle(deck)
print(deck, round(rng.uniform(5, 10), 6), round(rng.expovariate(0.5), 6), rng.getrandbits(40))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], rng.choices("xyz", cum_weights=[1, 1, 5], k=6))
r2 = random.Random(42)
print([r2.randint(0, 9) for _ in range(12)], r2.triangular(0, 10, 2).__round__(4), r2.betavariate(2, 3).__round__(4))
print(statistics.mode([p.level for p in patients]), statistics.multimode("aabbc"), statistics.quantiles([p.service for p in patients], n=4))
print(round(statistics.pvariance([1, 2, 3, 4]), 4), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean([1, 2, 4]))
for bad in (lambda: rng.choice([]), lambda: rng.randrange(5, 5), lambda: rng.sample([1, 2], 3), lambda: statistics.mean([])):
    try:
        bad()
    except (IndexError, ValueError, statistics.StatisticsError) as e:
        print(f"{type(e).__name__}: {e}")
