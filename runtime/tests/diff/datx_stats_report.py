import random
import statistics as st
import math
from fractions import Fraction
from collections import Counter

rng = random.Random(99)
groups = {
    "control": [round(rng.gauss(50, 8), 2) for _ in range(40)],
    "variant_a": [round(rng.gauss(54, 10), 2) for _ in range(35)],
    "variant_b": [round(rng.lognormvariate(3.9, 0.3), 2) for _ in range(45)],
}
ints = [rng.randint(1, 12) for _ in range(60)]

print(f"{'group':<10}{'n':>4}{'mean':>9}{'median':>9}{'stdev':>9}{'pstdev':>9}{'var':>10}")
for name, xs in groups.items():
    print(f"{name:<10}{len(xs):>4}{st.mean(xs):>9.3f}{st.median(xs):>9.2f}"
          f"{st.stdev(xs):>9.4f}{st.pstdev(xs):>9.4f}{st.variance(xs):>10.3e}")

for name, xs in groups.items():
    q = st.quantiles(xs, n=4)
    qi = st.quantiles(xs, n=10, method="inclusive")
    print(name, [round(v, 3) for v in q], [round(v, 2) for v in qi[:3]])
    print("  fmean", round(st.fmean(xs), 6), "gmean", round(st.geometric_mean(xs), 6),
          "hmean", round(st.harmonic_mean(xs), 6))
    print("  median_low/high/grouped", st.median_low(xs), st.median_high(xs), round(st.median_grouped(xs), 4))

print("mode:", st.mode(ints), "multimode:", st.multimode(ints))
print("counts:", sorted(Counter(ints).items()))
print("median ints:", st.median(ints), st.median(ints[:-1]), st.mean(ints), type(st.mean(ints)).__name__)
print("fraction mean:", st.mean([Fraction(1, 3), Fraction(1, 6), Fraction(3, 4)]))
print("corr:", round(st.correlation(groups["control"][:30], groups["variant_a"][:30]), 6))
lr = st.linear_regression(list(range(20)), [2.5 * i + rng.uniform(-1, 1) for i in range(20)])
print("slope %.4f intercept %.4f" % lr)
print("cov:", round(st.covariance(ints[:20], ints[20:40]), 6))

nd = st.NormalDist.from_samples(groups["control"])
print("normal:", round(nd.mean, 4), round(nd.stdev, 4), round(nd.cdf(55), 6), round(nd.inv_cdf(0.9), 4))
print("zscore:", round(nd.zscore(60), 5), [round(x, 3) for x in nd.quantiles(4)])
print(st.NormalDist(0, 1).pdf(0), st.NormalDist(100, 15) + 5, st.NormalDist(10, 2) * 3)
print("overlap:", round(st.NormalDist(50, 8).overlap(st.NormalDist(54, 10)), 6))

try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1.0])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.quantiles([1], n=4)
except st.StatisticsError as e:
    print("StatisticsError:", e)

# z-score table with outliers flagged
xs = groups["variant_b"]
mu, sd = st.mean(xs), st.stdev(xs)
outl = [(i, x, (x - mu) / sd) for i, x in enumerate(xs) if abs(x - mu) > 1.8 * sd]
for i, x, z in outl:
    print(f"  #{i:02d} {x:8.2f} z={z:+.3f} {z:e} {z:g} {z:10.3G}")

# text histogram
lo, hi = min(xs), max(xs)
bins = 8
width = (hi - lo) / bins
counts = [0] * bins
for x in xs:
    counts[min(int((x - lo) / width), bins - 1)] += 1
for b, c in enumerate(counts):
    a = lo + b * width
    print(f"[{a:7.2f}, {a + width:7.2f}) {c:3d} {'█' * c}")

print("fsum:", math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.comb(52, 5), math.perm(10, 3), math.prod(range(1, 11)), math.gcd(84, 126, 210), math.lcm(4, 6, 10))
print(math.prod([Fraction(1, 2), Fraction(2, 3)]), math.prod([], start=5), math.comb(10, 11), math.perm(5))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.isqrt(10**12 + 7), math.floor(-2.5), math.ceil(-2.5))
