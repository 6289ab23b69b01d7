import random
import statistics as st
from collections import Counter


def simulate_dice(seed, n):
    rng = random.Random(seed)
    rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(n)]
    return Counter(rolls)


c = simulate_dice(2024, 5000)
for total in sorted(c):
    print(f"{total:2d} {c[total]:4d} {'#' * (c[total] // 40)}")

random.seed(12345)
print(random.random(), random.uniform(-5, 5), random.randrange(10, 1000, 7), random.getrandbits(70))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print("hand:", deck[:5])
print("sample:", random.sample(range(1000), 8), random.sample(deck, k=3))
print("choice:", random.choice("abcdefg"), random.choice([10, 20, 30]))
print("choices:", random.choices(["red", "green", "blue"], weights=[10, 1, 3], k=12))
print("cum:", random.choices(range(5), cum_weights=[1, 2, 10, 11, 20], k=10))
print("gauss:", [round(random.gauss(100, 15), 6) for _ in range(5)])
print("normal:", [round(random.normalvariate(0, 1), 6) for _ in range(4)])
print("expo:", [round(random.expovariate(1.5), 6) for _ in range(3)])
print("tri:", round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 5), 6), round(random.gammavariate(2.5, 1.0), 6))
print("misc:", round(random.lognormvariate(0, 0.5), 6), round(random.vonmisesvariate(1, 2), 6), round(random.paretovariate(3), 6), round(random.weibullvariate(1, 1.5), 6))
print("bytes:", random.randbytes(6).hex())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print("state replay:", a == b)

for seed in (0, 1, -7, 2**80, "hello", b"bytes", 3.5):
    r = random.Random(seed)
    print(repr(seed), r.randint(0, 10**6), r.random())
r = random.Random()
r.seed(99, version=1) if False else r.seed(99)
print(r.randrange(100), r.randrange(-50, 50, 3), r.choice(range(10**9)), r.sample(sorted({"x", "y", "z", "w"}), 2))
big = random.Random(7)
print(big.randrange(10**30), big.randint(-2**65, 2**65), big.getrandbits(1), big.getrandbits(0) if False else "-")
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2, 3], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)

# monte carlo pi
rng = random.Random(42)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

# random walk
rng = random.Random(8)
pos = 0
hist = []
for _ in range(200):
    pos += rng.choice((-1, 1))
    hist.append(pos)
print("walk end", pos, "max", max(hist), "min", min(hist))

print("statistics")
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.mode("aabbbcc"), st.multimode("aabbcc"), st.multimode([]))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
ints = [1, 2, 4, 4, 5, 7, 9, 10]
print(st.mean(ints), st.median(ints), st.variance(ints), st.pvariance(ints), st.stdev(ints))
print(st.quantiles(ints, n=4), st.quantiles(ints, n=10, method='inclusive'), st.quantiles(range(1, 101)))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]), st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]))
print(st.mean([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]), st.median([Decimal("0.5"), Decimal("1.5")]), st.stdev([Decimal("1"), Decimal("2"), Decimal("4")]))
x = [1, 2, 3, 4, 5, 6]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
lr = st.linear_regression(x, y)
print(round(lr.slope, 10), round(lr.intercept, 10))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(130), nd.inv_cdf(0.975), nd.pdf(100), nd.zscore(85), nd.quantiles(4))
nd2 = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(nd2.mean, nd2.stdev, nd2.overlap(st.NormalDist(3, 0.5)), nd + 5, nd * 2)
for bad in ([], [1]):
    try:
        st.variance(bad)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
rng = random.Random(3)
samples = [rng.gauss(50, 10) for _ in range(1000)]
print(round(st.mean(samples), 9), round(st.stdev(samples), 9), [round(q, 6) for q in st.quantiles(samples, n=5)])
