import statistics as st
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 4.0]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), type(st.mean([1, 2])).__name__, st.median([5]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(100), n=10), st.quantiles([1, 5, 9, 13], method="inclusive"))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=1))
print(st.variance([1, 2, 3, 4, 5]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
times = [0.0123, 0.0119, 0.0131, 0.0125, 0.0122, 0.0128]
print(st.median(times), st.mean(times), st.stdev(times), st.fmean(times, weights=[1, 2, 1, 2, 1, 2]) if False else "")
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(3)]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 7]))
for f, arg in [(st.mean, []), (st.median, []), (st.stdev, [1]), (st.variance, [5]), (st.mode, []), (st.harmonic_mean, [-1]), (st.geometric_mean, [0, 1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
nd = st.NormalDist(100, 15)
print(nd.mean, nd.stdev, round(nd.cdf(115), 10), round(nd.inv_cdf(0.975), 8), nd.pdf(100), nd + 5, nd * 2)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
