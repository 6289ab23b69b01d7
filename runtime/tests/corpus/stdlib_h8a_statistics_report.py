import statistics as st
from fractions import Fraction
from decimal import Decimal
from collections import defaultdict

scores = {
    "math": [88, 92, 79, 93, 85, 70, 99, 85, 61, 85],
    "physics": [72, 81, 90, 64, 88, 77, 95],
    "history": [55, 67, 80, 80, 91, 73, 80, 62],
    "art": [100, 100, 98],
}
print(f"{'subject':<8}{'n':>3}{'mean':>8}{'median':>8}{'mode':>6}{'stdev':>8}{'pstdev':>8}{'var':>9}{'lo':>5}{'hi':>5}")
for subj, xs in scores.items():
    print(f"{subj:<8}{len(xs):>3}{st.mean(xs):>8.2f}{st.median(xs):>8}{st.mode(xs):>6}{st.stdev(xs):>8.3f}{st.pstdev(xs):>8.3f}{st.variance(xs):>9.3f}{min(xs):>5}{max(xs):>5}")

allx = [x for xs in scores.values() for x in xs]
print(st.mean(allx), st.fmean(allx), st.median_low(allx), st.median_high(allx), st.median_grouped(allx))
print(st.quantiles(allx, n=4), st.quantiles(allx, n=10, method="inclusive"))
print(st.multimode(allx), st.multimode("aabbbccccdddd"), st.mode(["x", "y", "y"]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]), round(st.geometric_mean([2, 8]), 10))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([1, 3, 2, 4]))
print(st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [2, 4, 5, 4, 5, 7, 8, 9, 10]
print(round(st.correlation(x, y), 6), round(st.covariance(x, y), 6))
lr = st.linear_regression(x, y)
print(round(lr.slope, 6), round(lr.intercept, 6))
for bad in [[], [1]]:
    for fn in (st.mean, st.stdev, st.median, st.mode):
        try:
            print(fn.__name__, fn(bad))
        except st.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)
try:
    st.harmonic_mean([1, -1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 6), round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 4))
print(round(nd.overlap(st.NormalDist(110, 10)), 6), [round(q, 3) for q in nd.quantiles(4)], round(nd.zscore(85), 3))
nd2 = st.NormalDist.from_samples(allx)
print(round(nd2.mean, 4), round(nd2.stdev, 4), nd + 5, nd * 2, nd2.variance == nd2.stdev ** 2 or round(nd2.variance, 6))

# histogram report
bins = defaultdict(int)
for v in allx:
    bins[min(v // 10 * 10, 90)] += 1
for lo in range(50, 100, 10):
    n = bins[lo]
    print(f"{lo:>3}-{lo + 9 if lo < 90 else 100:<3} {n:>2} {'█' * n}{'' if n else '·'}")
z = [(v, round((v - st.mean(allx)) / st.pstdev(allx), 2)) for v in sorted(set(allx))]
print(z[:5], z[-3:])
outliers = [v for v, zz in z if abs(zz) > 1.5]
print("outliers:", outliers)
ranks = {v: i for i, v in enumerate(sorted(allx, reverse=True), 1)}
print(sorted(ranks.items())[:6])
