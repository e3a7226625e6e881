import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
for fn in ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "stdev", "pstdev", "variance", "pvariance"]:
    print(fn, getattr(st, fn)(data))
ints = [1, 2, 2, 3, 4, 7, 9]
for fn in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "stdev", "pstdev", "variance", "pvariance", "harmonic_mean", "geometric_mean"]:
    r = getattr(st, fn)(ints); print(fn, type(r).__name__, r)
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(ints, method="inclusive"), st.quantiles(data, n=3))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(st.median([]) if False else "", st.mode(["a", "b", "b"]), st.multimode("aabbc"), st.multimode([]), st.mode([1, 1, 2, 2]))
print(st.mean([True, False, True]), st.mean(range(10**6, 10**6 + 5)), st.fmean([1, 2, 3], weights=[3, 2, 1]) if False else "", st.median_grouped([1, 2, 2, 3], interval=2))
print(st.pstdev([1.5]), st.variance([1, 2], xbar=1.5), st.pvariance([1, 2, 3], mu=2), st.stdev([10**10, 10**10 + 1, 10**10 + 2]))
print(st.harmonic_mean([40, 60], weights=[5, 30]) if hasattr(st, 'harmonic_mean') else '', st.harmonic_mean([1, 0, 2]))
for fn, arg in [("mean", []), ("median", []), ("mode", []), ("stdev", [1]), ("variance", [1]), ("pvariance", []), ("geometric_mean", [1, -1]), ("harmonic_mean", [-1, 2]), ("quantiles", [1]), ("fmean", []), ("harmonic_mean", []), ("geometric_mean", [])]:
    try: print(fn, getattr(st, fn)(arg))
    except st.StatisticsError as e: print(fn, "StatisticsError:", e)
try: st.quantiles([1, 2], n=0)
except st.StatisticsError as e: print(e)
try: st.quantiles([1, 2], method="x")
except ValueError as e: print(e)
try: st.mean(["a", "b"])
except TypeError as e: print(e)
try: st.mean([1, "a"])
except TypeError as e: print(e)
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
try: st.correlation([1, 1], [1, 2])
except st.StatisticsError as e: print(e)
try: st.correlation([1], [1, 2])
except st.StatisticsError as e: print(e)
print(issubclass(st.StatisticsError, ValueError))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100), nd.quantiles(4), nd.overlap(st.NormalDist(110, 10)), nd.zscore(130))
print(st.NormalDist.from_samples([1, 2, 3, 4]), nd + 5, nd * 2)
print(st.mean(x / 10 for x in range(1, 11)), st.stdev([1.1, 2.2, 3.3, 4.4]), st.pvariance([0.1] * 10), st.variance([1e300, 1e300]))
print(st.median([3, 1, 2, 5]), st.median_low([3, 1, 2, 5]), st.median_high(["b", "a", "c", "d"]), st.median_grouped([52, 52, 53, 54]))
print(st.geometric_mean([54, 24, 36]), st.fmean([3.5, 4.0, 5.25]), st.mean([1.1, 2.2, 3.3]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
