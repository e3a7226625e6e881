"""Course statistics: statistics module, Counter arithmetic, grade curves and histograms."""
import statistics as st
from collections import Counter, defaultdict
from fractions import Fraction
import math

SCORES = {
    "alice": [88, 92, 79, 95], "bob": [72, 65, 80, 70], "carol": [95, 98, 100, 97],
    "dan": [55, 61, 58, 49], "erin": [82, 85, 88, 84], "frank": [90, 70, 80, 100],
    "grace": [67, 73, 71, 69], "heidi": [100, 100, 99, 98], "ivan": [45, 80, 62, 71],
}
WEIGHTS = [Fraction(1, 5), Fraction(1, 5), Fraction(1, 4), Fraction(7, 20)]
assert sum(WEIGHTS) == 1

finals = {n: float(sum(w * s for w, s in zip(WEIGHTS, sc))) for n, sc in SCORES.items()}
vals = list(finals.values())
print(f"mean={st.mean(vals):.4f} fmean={st.fmean(vals):.4f} median={st.median(vals)} "
      f"median_low={st.median_low(vals)} median_high={st.median_high(vals)}")
print(f"pstdev={st.pstdev(vals):.6f} stdev={st.stdev(vals):.6f} pvariance={st.pvariance(vals):.4f} variance={st.variance(vals):.4f}")
print("quantiles:", [round(q, 3) for q in st.quantiles(vals, n=4)], st.quantiles(vals, n=4, method="inclusive"))
print("geometric:", round(st.geometric_mean(vals), 6), "harmonic:", round(st.harmonic_mean(vals), 6))
print("mode:", st.mode([1, 2, 2, 3, 3, 3]), st.multimode("aabbcd"), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([1, 2, 3, 4]), st.median([1, 3, 2, 4]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
x = [sc[0] for sc in SCORES.values()]
y = [sc[-1] for sc in SCORES.values()]
print("correlation:", round(st.correlation(x, y), 6), "covariance:", round(st.covariance(x, y), 4))
slope, intercept = st.linear_regression(x, y)
print(f"regression: y = {slope:.4f}x + {intercept:.4f}")
nd = st.NormalDist.from_samples(vals)
print(f"NormalDist(mu={nd.mean:.3f}, sigma={nd.stdev:.3f}) cdf(90)={nd.cdf(90):.4f} inv_cdf(0.9)={nd.inv_cdf(0.9):.3f}")
print(st.NormalDist(0, 1).pdf(0), st.NormalDist(100, 15).overlap(st.NormalDist(110, 15)), st.NormalDist(5, 2) * 3 + 1)
for bad in [[], [1]]:
    try:
        st.stdev(bad)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)


def letter(score):
    for cutoff, g in ((93, "A"), (85, "B"), (75, "C"), (65, "D")):
        if score >= cutoff:
            return g
    return "F"


mu, sigma = st.mean(vals), st.pstdev(vals)
print(f"\n{'name':<7}{'final':>7}{'z':>7}{'curved':>8}  grade")
grades = Counter()
for name, f in sorted(finals.items(), key=lambda kv: (-kv[1], kv[0])):
    z = (f - mu) / sigma
    curved = min(100.0, 80 + 10 * z)
    g = letter(curved)
    grades[g] += 1
    print(f"{name:<7}{f:>7.2f}{z:>+7.2f}{curved:>8.1f}  {g}")
print("\ndistribution:")
for g in "ABCDF":
    print(f"  {g} {'■' * grades[g]:<6}{grades[g]}")
print(grades.most_common(2), grades.total(), sorted(grades.elements()))
raw = Counter(letter(f) for f in vals)
print("raw:", dict(sorted(raw.items())), "| curve gain:", dict(sorted((grades - raw).items())), "| loss:", dict(sorted((raw - grades).items())))
print(raw + grades, raw & grades, raw | grades)
c = Counter(a=3, b=-1)
c.subtract({"a": 5, "c": 2})
print(c, +c, -c, c["zzz"], Counter("mississippi").most_common(), Counter("abc") == Counter("cba"))
by_band = defaultdict(list)
for n, f in finals.items():
    by_band[int(f // 10 * 10)].append(n)
print({k: sorted(v) for k, v in sorted(by_band.items(), reverse=True)})
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3))
print(math.gcd(84, 126, 210), math.lcm(4, 6, 10), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.copysign(3, -0.0), math.remainder(10, 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.modf(-3.25), math.frexp(40.0), math.ldexp(0.625, 6), math.isfinite(1e308 * 10))
print(math.log(8, 2), math.log10(0.001), math.log2(1024), math.exp(1) == math.e, math.degrees(math.pi), round(math.sin(math.pi), 12), math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0))
print(letter(None))
