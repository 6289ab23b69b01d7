"""A lab report: descriptive statistics, regression and correlation of sensor data."""
import statistics as st
from fractions import Fraction
from decimal import Decimal
import math

temps = [21.3, 22.1, 20.8, 23.4, 22.9, 21.7, 24.0, 22.2, 21.9, 23.1, 22.6, 20.5]
humid = [45, 43, 48, 40, 41, 44, 38, 43, 45, 41, 42, 49]
hours = list(range(1, len(temps) + 1))

print("== descriptive ==")
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.pstdev, st.stdev, st.pvariance, st.variance, st.geometric_mean, st.harmonic_mean]
for fn in funcs:
    print(f"{fn.__name__:>15}: temps={fn(temps)!r:<22} humid={fn(humid)!r}")
print("median_grouped:", st.median_grouped(humid), st.median_grouped(humid, interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print("mode:", st.mode(humid), st.multimode(humid), st.mode(["a", "b", "b", "c"]), st.multimode("aabbbcccc"))
print("quantiles:", st.quantiles(temps, n=4), st.quantiles(humid, n=10, method="inclusive"))
print("weighted fmean:", st.fmean([80, 90, 70], weights=[0.5, 0.3, 0.2]))
print("harmonic weighted:", st.harmonic_mean([40, 60], weights=[5, 30]))

print("== types ==")
print(st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 3), Fraction(1, 2)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.mean([1, 2.5]))
print(st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.pvariance([Decimal("1.5"), Decimal("2.5"), Decimal("4.0")]))
print(st.median([5, 3, 1, 4]), st.median([Fraction(1, 2), Fraction(1, 3)]), st.stdev([1, 2, 3, 4, 5]))
print(st.pvariance([1, 2, 3, 4], mu=2.5), st.variance([2, 4, 4, 4, 5, 5, 7, 9], xbar=5))

print("== regression ==")
lr = st.linear_regression(hours, temps)
print(f"slope={lr.slope:.6f} intercept={lr.intercept:.6f}")
print(lr)
print(f"predicted at hour 15: {lr.slope * 15 + lr.intercept:.3f}")
lr0 = st.linear_regression(hours, temps, proportional=True)
print(f"through origin slope={lr0.slope:.6f} intercept={lr0.intercept}")
r = st.correlation(temps, humid)
print(f"correlation temp/humidity r={r:.6f} r^2={r * r:.4f}")
print(f"covariance={st.covariance(temps, humid):.6f}")
print("perfect:", st.correlation([1, 2, 3], [2, 4, 6]), st.correlation([1, 2, 3], [3, 2, 1]))
residuals = [t - (lr.slope * h + lr.intercept) for h, t in zip(hours, temps)]
print("residuals:", [round(x, 3) for x in residuals])
print("sum residuals ~ 0:", math.isclose(sum(residuals), 0, abs_tol=1e-9))

print("== normal dist ==")
nd = st.NormalDist.from_samples(temps)
print(nd)
print(f"mu={nd.mean:.4f} sigma={nd.stdev:.4f} var={nd.variance:.4f}")
for x in [20, 22, 24]:
    print(f"  pdf({x})={nd.pdf(x):.6f} cdf({x})={nd.cdf(x):.6f}")
print("  inv_cdf:", [round(nd.inv_cdf(p), 4) for p in (0.05, 0.5, 0.95)])
print("  quantiles:", [round(q, 4) for q in nd.quantiles(4)])
std = st.NormalDist()
print("  z(0.975) =", round(std.inv_cdf(0.975), 6), "overlap:", round(std.overlap(st.NormalDist(1, 1)), 6))
print("  zscore:", round(nd.zscore(25), 4), "scaled:", std * 2 + 3, "sum:", std + st.NormalDist(1, 2))
print("  samples:", [round(v, 4) for v in std.samples(5, seed=42)])

print("== errors ==")
checks = [
    (st.mean, []), (st.stdev, [1]), (st.variance, [3]), (st.geometric_mean, [1, -2]),
    (st.harmonic_mean, [1, -1]), (st.mode, []), (st.median, []), (st.quantiles, [1]),
]
for fn, arg in checks:
    try:
        print(fn.__name__, fn(arg))
    except st.StatisticsError as e:
        print(f"{fn.__name__}: StatisticsError: {e}")
for args in [([1, 2], [1, 2, 3]), ([1], [2]), ([1, 1, 1], [1, 2, 3])]:
    try:
        print(st.correlation(*args))
    except st.StatisticsError as e:
        print("correlation:", e)
try:
    st.linear_regression([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("linear_regression:", e)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("NormalDist:", e)
print("harmonic with zero:", st.harmonic_mean([2, 0, 4]))
print("issubclass:", issubclass(st.StatisticsError, ValueError))
