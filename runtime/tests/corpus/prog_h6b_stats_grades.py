import statistics as st
from fractions import Fraction
from decimal import Decimal
import math

scores = [88, 92, 79, 93, 85, 70, 95, 88, 61, 88, 74]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median([1, 2, 3, 4]))
print(round(st.stdev(scores), 10), round(st.pstdev(scores), 10), round(st.variance(scores), 10), round(st.pvariance(scores), 10))
print(st.fmean([1, 2, 3.5]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([2, 4, 4]))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=4, method="inclusive"))
print(st.quantiles(range(1, 11), n=10))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.mean([1, 2, 3]), type(st.mean([1, 2, 3])).__name__)
print(st.mean([True, False, True]) if False else "", st.mode("abracadabra"), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 12), round(st.covariance(x, y), 12))
lr = st.linear_regression(x, y)
print(lr, round(lr.slope, 12), round(lr.intercept, 12))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 10), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 8))
print(round(nd.overlap(st.NormalDist(110, 15)), 10), nd + 5, nd * 2, round(nd.zscore(145), 10))
print([round(q, 6) for q in nd.quantiles(4)])
nd2 = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(nd2.mean, 10), round(nd2.stdev, 10))

def histogram(vals, width=10):
    lo = (min(vals) // width) * width
    buckets = {}
    for v in vals:
        b = (v - lo) // width
        buckets[b] = buckets.get(b, 0) + 1
    for b in sorted(buckets):
        start = lo + b * width
        print(f"{start:3d}-{start + width - 1:3d} {'#' * buckets[b]}")
histogram(scores)
print(math.isclose(st.mean([0.1] * 10), 0.1), st.fsum if hasattr(st, "fsum") else "nofsum")
class_scores = {"A": [90, 85, 77], "B": [60, 75, 80, 95], "C": [88]}
for k, v in class_scores.items():
    sd = st.stdev(v) if len(v) > 1 else 0.0
    print(k, round(st.mean(v), 3), round(sd, 3), st.median(v))
print(st.median([3, 1, 2]), st.median([]) if False else "-", st.mode([1.5, 1.5, 2]))
