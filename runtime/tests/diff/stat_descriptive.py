import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(f"{label}: {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

heights = [162.5, 170.1, 158.3, 181.0, 175.4, 169.9, 172.2, 165.0]
weights = [3, 1, 2, 5, 1, 2, 4, 2]
show("mean", st.mean, heights)
show("fmean", st.fmean, heights)
show("fmean w", st.fmean, heights, weights)
show("geometric_mean", st.geometric_mean, heights)
show("harmonic_mean", st.harmonic_mean, heights)
show("harmonic_mean w", st.harmonic_mean, heights, weights)
show("median", st.median, heights)
show("median_low", st.median_low, heights)
show("median_high", st.median_high, heights)
show("median_grouped", st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show("median_grouped interval", st.median_grouped, [52, 52, 53, 54], 2)
show("pstdev", st.pstdev, heights)
show("stdev", st.stdev, heights)
show("pvariance", st.pvariance, heights)
show("variance", st.variance, heights)
show("variance xbar", st.variance, heights, st.mean(heights))

fr = [F(1, 3), F(2, 5), F(7, 4), F(5, 6), F(1, 2)]
show("mean F", st.mean, fr)
show("median F", st.median, fr)
show("variance F", st.variance, fr)
show("pvariance F", st.pvariance, fr)
show("stdev F", st.stdev, fr)
show("harmonic F", st.harmonic_mean, fr)

dc = [D("1.25"), D("2.50"), D("3.75"), D("0.10"), D("9.99")]
show("mean D", st.mean, dc)
show("median D", st.median, dc)
show("variance D", st.variance, dc)
show("pvariance D", st.pvariance, dc)
show("stdev D", st.stdev, dc)
show("pstdev D", st.pstdev, dc)
show("fmean D", st.fmean, dc)

ints = [2, 4, 4, 4, 5, 5, 7, 9]
show("mean int", st.mean, ints)
show("pstdev int", st.pstdev, ints)
show("variance int", st.variance, ints)
show("pvariance int", st.pvariance, ints)
show("mode", st.mode, ints)
show("multimode", st.multimode, "aabbbccccddddeee")
show("multimode ties", st.multimode, "aabbcc")
show("multimode empty", st.multimode, [])
show("mode str", st.mode, ["red", "blue", "red", "green", "blue", "red"])
show("mean bool", st.mean, [True, False, True, True])
show("mean mixed", st.mean, [1, 2.5, F(1, 2)])
show("mean ints exact", st.mean, [1, 2, 3, 4])
show("mean ints frac", st.mean, [1, 2, 3, 4, 4])

# errors
show("mean empty", st.mean, [])
show("fmean empty", st.fmean, [])
show("median empty", st.median, [])
show("mode empty", st.mode, [])
show("variance one", st.variance, [1])
show("pvariance empty", st.pvariance, [])
show("stdev one", st.stdev, [3.0])
show("geometric neg", st.geometric_mean, [1, -2, 3])
show("harmonic neg", st.harmonic_mean, [1, -2, 3])
show("harmonic zero", st.harmonic_mean, [1, 0, 3])
show("fmean w len", st.fmean, [1, 2, 3], [1, 2])
show("harmonic w len", st.harmonic_mean, [1, 2, 3], [1, 2])
show("mixed F D", st.mean, [F(1, 2), D("0.5")])
show("median_grouped str", st.median_grouped, ["a", "b"])
show("geometric empty", st.geometric_mean, [])
show("harmonic empty", st.harmonic_mean, [])
show("fmean w zero", st.fmean, [1, 2], [0, 0])

# summary table
def summary(name, data):
    m = st.mean(data)
    sd = st.stdev(data)
    q = st.quantiles(data, n=4)
    print(f"{name:<8}|{m:>9.3f}|{sd:>8.4f}|{q[0]:>8.2f}|{q[1]:>8.2f}|{q[2]:>8.2f}|{min(data):>6}|{max(data):>6}")

print(f"{'name':<8}|{'mean':>9}|{'sd':>8}|{'q1':>8}|{'q2':>8}|{'q3':>8}|{'min':>6}|{'max':>6}")
summary("heights", heights)
summary("ints", ints)
summary("sq", [i * i for i in range(1, 21)])
summary("odd", list(range(1, 40, 3)))
