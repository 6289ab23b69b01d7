# statistics: exact results, result types, and error messages.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import math


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__, repr(r))


datasets = {
    "ints": [1, 2, 3, 4, 4, 7],
    "floats": [0.1, 0.2, 0.3, 2.5, 1e10, -3.25],
    "fracs": [F(1, 3), F(2, 7), F(5, 2), F(-1, 9)],
    "decs": [D("1.1"), D("2.25"), D("3.5"), D("0.01")],
    "mixed_int_float": [1, 2.5, 3, 4.25],
    "mixed_int_frac": [1, F(1, 2), 3],
    "mixed_int_dec": [1, D("0.5"), 7],
    "bools": [True, False, True, True],
    "single": [42],
    "big": [10**20, 10**20 + 1, 10**20 + 5],
}
funcs = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
         "mode", "multimode", "variance", "pvariance", "stdev", "pstdev",
         "harmonic_mean", "geometric_mean"]
for name, data in datasets.items():
    for f in funcs:
        show(f"{f}({name})", getattr(st, f), data)
    show(f"quantiles({name})", st.quantiles, data)
    show(f"quantiles incl({name})", st.quantiles, data, n=5, method="inclusive")

show("mean iter", st.mean, iter([1, 2, 3, 4]))
show("mean gen", st.mean, (x / 2 for x in range(9)))
show("mean empty", st.mean, [])
show("mean str", st.mean, ["a", "b"])
show("mean inf", st.mean, [1.0, math.inf, 2])
show("mean nan", st.mean, [1.0, math.nan])
try:
    st.mean([F(1, 2), D("1.5")])
except TypeError as e:
    print("mean bad mix", type(e).__name__)
show("fmean weights", st.fmean, [1, 2, 3], [3, 2, 1])
show("fmean w iter", st.fmean, iter([1, 2, 3]), iter([0.5, 0.5, 1]))
show("fmean empty", st.fmean, [])
show("fmean w len", st.fmean, [1, 2], [1])
show("fmean w zero", st.fmean, [1, 2], [0, 0])
show("geo neg", st.geometric_mean, [1, -2])
show("geo empty", st.geometric_mean, [])
show("harm zero", st.harmonic_mean, [1, 0, 3])
show("harm neg", st.harmonic_mean, [1, -2])
show("harm neg single", st.harmonic_mean, [-2])
show("harm single str", st.harmonic_mean, ["x"])
show("harm empty", st.harmonic_mean, [])
show("harm weights", st.harmonic_mean, [40, 60], weights=[5, 30])
show("harm weights frac", st.harmonic_mean, [F(1, 2), F(3, 4)], weights=[1, 2])
show("harm weights len", st.harmonic_mean, [1, 2], weights=[1])
show("harm weights neg", st.harmonic_mean, [1, 2], weights=[1, -1])
show("harm weights zero", st.harmonic_mean, [1, 2], weights=[0, 0])
show("median empty", st.median, [])
show("median_low empty", st.median_low, [])
show("median_high empty", st.median_high, [])
show("median_grouped empty", st.median_grouped, [])
show("median_grouped iv", st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2)
show("median_grouped str", st.median_grouped, ["a", "b"])
show("median_grouped strs", st.median_grouped, ["1", "3"])
show("median_grouped frac", st.median_grouped, [F(1, 2), F(3, 2), F(3, 2)])
show("mode strs", st.mode, "aabbbcc")
show("mode tie", st.mode, [3, 1, 1, 3])
show("mode empty", st.mode, [])
show("multimode", st.multimode, "aabbbccddd")
show("multimode empty", st.multimode, "")
show("variance xbar", st.variance, [1, 2, 3, 4], 2.5)
show("variance xbar frac", st.variance, [F(1, 2), F(3, 2)], F(1))
show("pvariance mu", st.pvariance, [1.5, 2.5, 3.5], 2)
show("variance one", st.variance, [1])
show("pvariance empty", st.pvariance, [])
show("stdev one", st.stdev, [1])
show("pstdev empty", st.pstdev, [])
show("stdev dec", st.stdev, [D("1.5"), D("2.5"), D("2.5"), D("2.75")])
show("pstdev dec", st.pstdev, [D("1"), D("2"), D("4")])
show("stdev inf", st.stdev, [1.0, math.inf])
show("stdev nan", st.stdev, [1.0, math.nan, 3.0])
show("pstdev fracs", st.pstdev, [F(1, 3), F(1, 2)])
show("variance iter", st.variance, iter([2, 4, 4, 4, 5, 5, 7, 9]))
show("pvariance const", st.pvariance, [3, 3, 3])
show("quantiles n0", st.quantiles, [1, 2, 3], n=0)
show("quantiles one", st.quantiles, [1])
show("quantiles method", st.quantiles, [1, 2], method="odd")
show("quantiles 10", st.quantiles, range(1, 20), n=10)
show("quantiles 10 incl", st.quantiles, range(1, 20), n=10, method="inclusive")
show("quantiles small", st.quantiles, [1.5, 9.0], n=8)
show("quantiles small incl", st.quantiles, [1.5, 9.0], n=8, method="inclusive")
show("quantiles n1", st.quantiles, [1, 5, 9], n=1)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("covariance", st.covariance, x, y)
show("covariance floats", st.covariance, [0.5, 1.25, 3.0], [2.0, -1.0, 0.125])
show("correlation", st.correlation, x, y)
show("correlation neg", st.correlation, x, x[::-1])
show("correlation const", st.correlation, x, [5] * 9)
show("correlation len", st.correlation, [1, 2], [1])
show("correlation short", st.correlation, [1], [1])
show("covariance len", st.covariance, [1, 2], [1])
show("covariance short", st.covariance, [1], [2])
show("linreg", st.linear_regression, [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 8.1, 9.8])
show("linreg prop", st.linear_regression, [1, 2, 3], [2, 4.1, 5.9], proportional=True)
show("linreg const", st.linear_regression, [1, 1, 1], [1, 2, 3])
show("linreg len", st.linear_regression, [1, 2], [1])
show("linreg short", st.linear_regression, [1], [1])
lr = st.linear_regression([0, 1, 2], [1, 3, 5])
print("linreg fields", lr.slope, lr.intercept, lr._fields, type(lr).__name__, repr(lr))

N = st.NormalDist(100, 15)
print(N, repr(N), N.mean, N.median, N.mode, N.stdev, N.variance)
print("pdf", N.pdf(110), "cdf", N.cdf(110), "zscore", N.zscore(130))
print("inv_cdf", [N.inv_cdf(p) for p in (0.001, 0.02, 0.3, 0.5, 0.7, 0.98, 0.999, 1e-300)])
print("quantiles", N.quantiles(), N.quantiles(10))
print("overlap", N.overlap(st.NormalDist(110, 20)), N.overlap(st.NormalDist(90, 15)), N.overlap(N))
print("ops", N + 5, 5 + N, N - 5, 5 - N, N * 2, 2 * N, N / 4, -N, +N)
print("ops2", N + st.NormalDist(1, 2), N - st.NormalDist(1, 2), N * -3)
print("eq", N == st.NormalDist(100, 15), N == st.NormalDist(100, 16), N == 5, N != "x")
print("hash", hash(N) == hash(st.NormalDist(100.0, 15.0)))
print("samples", st.NormalDist(3, 2).samples(5, seed=42))
print("from_samples", st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print("from_samples ints", st.NormalDist.from_samples([1, 2, 3, 4]))
print("default", st.NormalDist(), st.NormalDist(sigma=0))
show("neg sigma", st.NormalDist, 0, -1)
Z = st.NormalDist(5, 0)
show("pdf0", Z.pdf, 1)
show("cdf0", Z.cdf, 1)
show("inv_cdf0", Z.inv_cdf, 0.5)
show("zscore0", Z.zscore, 1)
show("inv_cdf p0", N.inv_cdf, 0)
show("inv_cdf p1", N.inv_cdf, 1.0)
show("overlap type", N.overlap, 3)
show("overlap zero", N.overlap, Z)
show("from one", st.NormalDist.from_samples, [1])
show("mul nd", lambda: N * N)
import pickle, copy
print("pickle", pickle.loads(pickle.dumps(N)), copy.copy(N), copy.deepcopy(N))
print("slots", st.NormalDist.__slots__, hasattr(N, "__dict__"))


class Sub(st.NormalDist):
    pass


print("sub", repr(Sub(1, 2)), type(Sub(1, 2) + 1).__name__)
print("error class", st.StatisticsError.__mro__[1].__name__, issubclass(st.StatisticsError, ValueError))
print("all", sorted(st.__all__))
