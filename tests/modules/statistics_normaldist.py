from statistics import NormalDist, StatisticsError
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print([n.inv_cdf(p) for p in (0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.9999)])
print(NormalDist().inv_cdf(1e-300), NormalDist(0, 2).inv_cdf(1 - 1e-12))
print(n.quantiles(), n.quantiles(10)[:3], n.cdf(130), n.pdf(110), n.zscore(70))
print(n.overlap(NormalDist(110, 15)), n.overlap(NormalDist(90, 5)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(range(10)))
print(n + 5, n - 5, n * 2, n / 3, -n, 10 - n, n + NormalDist(1, 20), n == NormalDist(100, 15))
print(NormalDist(1, 2).samples(3, seed=7))
for bad in [lambda: NormalDist(0, -1), lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5),
            lambda: NormalDist(3, 0).inv_cdf(0.5), lambda: NormalDist(3, 0).cdf(1),
            lambda: NormalDist.from_samples([1]), lambda: n.overlap(3)]:
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
