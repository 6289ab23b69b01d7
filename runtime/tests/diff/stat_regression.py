import statistics as st
from fractions import Fraction

def show(label, fn, *a, **k):
    try:
        print(f"{label}: {fn(*a, **k)!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

# Advertising spend vs sales (synthetic)
spend = [23.1, 45.7, 12.0, 67.3, 34.5, 56.2, 29.8, 71.4, 18.6, 49.9]
sales = [112.0, 198.5, 75.2, 260.1, 151.3, 221.7, 140.0, 275.9, 98.4, 205.3]

show("covariance", st.covariance, spend, sales)
show("correlation", st.correlation, spend, sales)
lr = st.linear_regression(spend, sales)
print(lr)
print("slope=%.6f intercept=%.6f" % lr)
print(type(lr).__name__, lr._fields, lr.slope == lr[0])
lrp = st.linear_regression(spend, sales, proportional=True)
print(lrp)
for x in (0, 10, 50, 100):
    y = lr.slope * x + lr.intercept
    yp = lrp.slope * x + lrp.intercept
    print(f"predict {x:>4}: {y:10.3f} {yp:10.3f}")

residuals = [y - (lr.slope * x + lr.intercept) for x, y in zip(spend, sales)]
print("resid", [f"{r:+.2f}" for r in residuals])
print("sum resid ~0:", abs(sum(residuals)) < 1e-9)
r = st.correlation(spend, sales)
print(f"R^2 = {r*r:.6f}")

# Integer and fraction inputs
xs = [1, 2, 3, 4, 5]
ys = [2, 4, 5, 4, 5]
show("cov int", st.covariance, xs, ys)
show("corr int", st.correlation, xs, ys)
show("lr int", st.linear_regression, xs, ys)
show("lr int prop", st.linear_regression, xs, ys, proportional=True)
fx = [Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]
fy = [Fraction(1, 3), Fraction(2, 3), Fraction(4, 3)]
show("cov frac", st.covariance, fx, fy)
show("lr frac", st.linear_regression, fx, fy)

# perfect correlation, anti-correlation
show("corr perfect", st.correlation, [1, 2, 3], [2, 4, 6])
show("corr anti", st.correlation, [1, 2, 3], [6, 4, 2])
show("corr floats", st.correlation, [0.1, 0.2, 0.3, 0.4], [0.4, 0.1, 0.3, 0.2])

# errors
show("cov len", st.covariance, [1, 2, 3], [1, 2])
show("cov short", st.covariance, [1], [1])
show("corr const", st.correlation, [1, 1, 1], [1, 2, 3])
show("corr len", st.correlation, [1, 2], [1, 2, 3])
show("corr short", st.correlation, [1], [2])
show("lr const", st.linear_regression, [2, 2, 2], [1, 2, 3])
show("lr len", st.linear_regression, [1, 2, 3], [1, 2])
show("lr short", st.linear_regression, [1], [1])
show("lr prop kw", st.linear_regression, [1, 2], [3, 4], True)

# Rolling correlation over windows
temps = [14.2, 15.1, 16.8, 18.0, 21.3, 23.9, 25.0, 24.2, 21.7, 18.4, 15.9, 14.0]
icecream = [200, 215, 240, 265, 320, 380, 410, 395, 330, 270, 230, 205]
for i in range(0, len(temps) - 4, 2):
    w = slice(i, i + 5)
    c = st.correlation(temps[w], icecream[w])
    slope, icpt = st.linear_regression(temps[w], icecream[w])
    print(f"window {i:2d}-{i+4:2d}: r={c:+.4f} slope={slope:8.3f} icpt={icpt:9.3f}")

# z-scores and outliers
m, s = st.mean(icecream), st.stdev(icecream)
for v in icecream:
    z = (v - m) / s
    flag = "*" if abs(z) > 1.2 else " "
    print(f"{v:4d} {z:+7.3f} {flag}")
print(repr(m), repr(s))
