from statistics import NormalDist, StatisticsError, quantiles
import statistics as st

def show(label, fn, *a, **k):
    try:
        print(f"{label}: {fn(*a, **k)!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

iq = NormalDist(100, 15)
print(iq, repr(iq))
print("mean/median/mode", iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
for x in (55, 70, 85, 100, 115, 130, 145.5):
    print(f"x={x:>6} pdf={iq.pdf(x):.10f} cdf={iq.cdf(x):.10f} z={iq.zscore(x):+.3f}")
for p in (0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999):
    print(f"inv_cdf({p}) = {iq.inv_cdf(p)!r}")
print("quantiles4", iq.quantiles())
print("deciles", [round(v, 4) for v in iq.quantiles(10)])

a = NormalDist(2.4, 1.6)
b = NormalDist(3.2, 2.0)
print("overlap", a.overlap(b), b.overlap(a))
print("overlap same var", NormalDist(0, 1).overlap(NormalDist(1, 1)))
print("overlap self", a.overlap(a))
show("overlap zero", NormalDist(0, 0).overlap, a)
show("overlap type", a.overlap, 3)

# arithmetic
print(a + b, a - b)
print(a * 3, 3 * a, a / 4)
print(a + 10, 10 + a, a - 1, 1 - a)
print(-a, +a)
print(a == NormalDist(2.4, 1.6), a == b, a == 5)
print(hash(a) == hash(NormalDist(2.4, 1.6)))

# from_samples
data = [2.1, 2.5, 3.3, 4.0, 4.8, 5.1, 5.9, 6.2, 7.7]
fit = NormalDist.from_samples(data)
print("fit", fit)
print("fit mean %.6f stdev %.6f" % (fit.mean, fit.stdev))

samples = iq.samples(8, seed=42)
print("samples", [round(s, 6) for s in samples])
print("samples repeat", iq.samples(3, seed=42) == samples[:3])
s2 = NormalDist(0, 1).samples(5, seed="abc")
print("str seed", [f"{s:.8f}" for s in s2])

# errors
show("neg sigma", NormalDist, 0, -1)
show("pdf zero sigma", NormalDist(1, 0).pdf, 1)
show("cdf zero sigma", NormalDist(1, 0).cdf, 1)
show("inv_cdf 0", iq.inv_cdf, 0)
show("inv_cdf 1", iq.inv_cdf, 1.0)
show("inv_cdf zero sigma", NormalDist(1, 0).inv_cdf, 0.5)
show("zscore zero", NormalDist(1, 0).zscore, 2)
show("from_samples 1", NormalDist.from_samples, [1.0])

# z-table
std = NormalDist()
print("   z " + "".join(f"{d/100:>8.2f}" for d in range(0, 10, 2)))
for i in range(0, 31, 5):
    z = i / 10
    print(f"{z:>4.1f} " + "".join(f"{std.cdf(z + d / 100):>8.4f}" for d in range(0, 10, 2)))

# quantile methods
vals = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print("exclusive", quantiles(vals, n=4))
print("inclusive", quantiles(vals, n=4, method="inclusive"))
print("deciles ex", quantiles(vals, n=10))
print("deciles in", quantiles(vals, n=10, method="inclusive"))
print("pct", quantiles(range(1, 11), n=100)[:5])
print("two", quantiles([1, 2], n=4), quantiles([1, 2], n=4, method="inclusive"))
show("q n=0", quantiles, vals, n=0)
show("q one", quantiles, [1])
show("q method", quantiles, vals, method="weird")
print("q fr", quantiles([st.Fraction(1, 2), st.Fraction(3, 4), st.Fraction(5, 4)], n=3))

# confidence intervals
for conf in (0.80, 0.90, 0.95, 0.99):
    z = std.inv_cdf((1 + conf) / 2)
    m = st.fmean(vals)
    se = st.stdev(vals) / len(vals) ** 0.5
    print(f"{conf:.0%} CI: {m - z * se:.3f} .. {m + z * se:.3f} (z={z:.5f})")
