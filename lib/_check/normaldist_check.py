"""Compare lib/statistics.py's NormalDist with CPython's (run with python3 from the repo root)."""
import importlib.util, random, statistics
spec = importlib.util.spec_from_file_location("weft_statistics", "lib/statistics.py")
w = importlib.util.module_from_spec(spec); spec.loader.exec_module(w)
bad = 0
rng = random.Random(5)
ps = [rng.random() for _ in range(20000)] + [1e-300, 1e-20, 1e-10, 0.02425, 0.075, 0.5, 0.925, 1 - 1e-16]
for p in ps:
    for mu, s in [(0, 1), (100, 15), (-3.5, 0.25)]:
        a = statistics.NormalDist(mu, s).inv_cdf(p); b = w.NormalDist(mu, s).inv_cdf(p)
        if a != b:
            bad += 1
            if bad < 10: print("inv_cdf", p, mu, s, a, b)
for _ in range(2000):
    m1, s1, m2, s2 = rng.uniform(-5, 5), rng.uniform(0.1, 4), rng.uniform(-5, 5), rng.choice([rng.uniform(0.1, 4), 1.0])
    a = statistics.NormalDist(m1, s1).overlap(statistics.NormalDist(m2, s2))
    b = w.NormalDist(m1, s1).overlap(w.NormalDist(m2, s2))
    if a != b:
        bad += 1; print("overlap", m1, s1, m2, s2, a, b)
    data = [rng.gauss(0, 3) for _ in range(rng.randint(2, 30))]
    a = statistics.NormalDist.from_samples(data); b = w.NormalDist.from_samples(data)
    if (a.mean, a.stdev) != (b.mean, b.stdev):
        bad += 1
        if bad < 20: print("from_samples", a, b)
print(statistics.NormalDist(0,1).samples(3, seed=1), w.NormalDist(0,1).samples(3, seed=1))
print("mismatches:", bad)
