from statistics import NormalDist, fmean, stdev, variance, StatisticsError
import math
import random

Z = NormalDist()

def two_proportion_test(conv_a, n_a, conv_b, n_b):
    pa, pb = conv_a / n_a, conv_b / n_b
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (pb - pa) / se
    p = 2 * (1 - Z.cdf(abs(z)))
    return pa, pb, z, p

def welch_t(a, b):
    va, vb = variance(a), variance(b)
    na, nb = len(a), len(b)
    t = (fmean(b) - fmean(a)) / math.sqrt(va / na + vb / nb)
    df = (va / na + vb / nb) ** 2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    return t, df

def sample_size(p1, p2, alpha=0.05, power=0.8):
    za = Z.inv_cdf(1 - alpha / 2)
    zb = Z.inv_cdf(power)
    pbar = (p1 + p2) / 2
    num = (za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(num / (p2 - p1) ** 2)

experiments = [
    ("button colour", 412, 10000, 468, 10000),
    ("headline", 95, 2100, 101, 2050),
    ("pricing page", 1320, 25000, 1205, 24800),
    ("tiny", 3, 40, 9, 41),
]
print(f"{'experiment':<15}{'rate A':>9}{'rate B':>9}{'lift':>9}{'z':>9}{'p-value':>12}  verdict")
for name, ca, na, cb, nb in experiments:
    pa, pb, z, p = two_proportion_test(ca, na, cb, nb)
    lift = (pb - pa) / pa
    verdict = "significant" if p < 0.05 else "inconclusive"
    print(f"{name:<15}{pa:>9.3%}{pb:>9.3%}{lift:>+9.1%}{z:>9.4f}{p:>12.4e}  {verdict}")

print()
for p1, p2 in [(0.04, 0.045), (0.10, 0.12), (0.5, 0.55), (0.01, 0.02)]:
    n = sample_size(p1, p2)
    n90 = sample_size(p1, p2, power=0.9)
    print(f"detect {p1:.1%} -> {p2:.1%}: n={n:,} per arm (power 90%: {n90:_})")

rng = random.Random(8675309)
a = [rng.lognormvariate(3.0, 0.6) for _ in range(250)]
b = [rng.lognormvariate(3.08, 0.6) for _ in range(240)]
t, df = welch_t(a, b)
approx_p = 2 * (1 - Z.cdf(abs(t)))
print(f"\nrevenue/user A={fmean(a):.4f} (sd {stdev(a):.4f}) B={fmean(b):.4f} (sd {stdev(b):.4f})")
print(f"welch t={t:.5f} df={df:.2f} p~{approx_p:.5f}")

# Distribution overlap and effect sizes
da = NormalDist.from_samples(a)
db = NormalDist.from_samples(b)
print("fitted A", da)
print("fitted B", db)
print("overlap coefficient %.6f" % da.overlap(db))
pooled_sd = math.sqrt((variance(a) + variance(b)) / 2)
d = (fmean(b) - fmean(a)) / pooled_sd
print(f"cohen's d {d:.4f}; P(B>A) = {Z.cdf(d / math.sqrt(2)):.4f}")
diff = db - da
print("difference distribution", diff, "P(diff>0)=%.4f" % (1 - diff.cdf(0)))

# Sequential monitoring with a conservative threshold
rng.seed(42)
ca = cb = 0
for day in range(1, 15):
    na = nb = day * 500
    ca += sum(rng.random() < 0.050 for _ in range(500))
    cb += sum(rng.random() < 0.056 for _ in range(500))
    _, _, z, p = two_proportion_test(ca, na, cb, nb)
    threshold = Z.inv_cdf(1 - 0.005)
    flag = "STOP" if abs(z) > threshold else ""
    print(f"day {day:2d}: A {ca:4d}/{na:<5d} B {cb:4d}/{nb:<5d} z={z:+.3f} p={p:.4f} {flag}")

# Error handling in analysis code
for bad in ([], [1.0]):
    try:
        stdev(bad)
    except StatisticsError as e:
        print("stdev", bad, "->", e)
try:
    NormalDist.from_samples([2.0])
except StatisticsError as e:
    print("from_samples ->", e)
try:
    Z.inv_cdf(1.5)
except StatisticsError as e:
    print("inv_cdf ->", e)
