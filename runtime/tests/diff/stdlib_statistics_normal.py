from statistics import NormalDist, StatisticsError
import statistics

def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, 'raised', type(e).__name__, str(e))

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(1, 0), NormalDist(3))
show('neg sigma', NormalDist, 0, -1)
for x in [70, 85, 100, 115.5, 130, 1000]:
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in [1e-300, 1e-20, 0.001, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.5000001, 0.7, 0.9, 0.975, 0.999, 0.9999999]:
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
show('inv_cdf 0', n.inv_cdf, 0)
show('inv_cdf 1', n.inv_cdf, 1.0)
show('inv_cdf sigma0', NormalDist(1, 0).inv_cdf, 0.5)
show('pdf sigma0', NormalDist(1, 0).pdf, 1)
show('cdf sigma0', NormalDist(1, 0).cdf, 1)
show('zscore sigma0', NormalDist(1, 0).zscore, 1)
print(n.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
show('overlap type', n.overlap, 5)
show('overlap zero', NormalDist(0, 0).overlap, n)
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n / 2, -n, +n, n * -3)
print(n + NormalDist(1, 20), n - NormalDist(1, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n == 5, hash(n) == hash(NormalDist(100.0, 15.0)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s)
show('from_samples short', NormalDist.from_samples, [1])
print(NormalDist.from_samples([1, 2, 3, 4]))
import pickle, copy
print(copy.copy(n), copy.deepcopy(n))
print(len(NormalDist(0, 1).samples(5)), len(n.samples(3, seed=42)))
print(n.samples(3, seed=42) == n.samples(3, seed=42))
print(NormalDist.__doc__ is not None)
try:
    n.x = 1
except AttributeError as e:
    print('AttributeError')
print(NormalDist(100, 15).samples(4, seed=42))
import random; random.seed(7); print(NormalDist().samples(2))
