import random
import statistics as st
import math
from collections import Counter

rng = random.Random(31337)

# Estimate pi
def estimate_pi(n, rng):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n

for n in (100, 1000, 20000):
    est = estimate_pi(n, rng)
    print(f"n={n:>6} pi~{est:.6f} err={abs(est - math.pi):.2e}")

# Random walk
def walk(steps, rng):
    pos = 0
    path = [0]
    for _ in range(steps):
        pos += rng.choice((-1, 1))
        path.append(pos)
    return path

p = walk(60, rng)
print("walk", p[-1], max(p), min(p))
lo = min(p)
for row in range(max(p), lo - 1, -1):
    print(f"{row:>3} " + "".join("#" if v == row else ("-" if row == 0 else " ") for v in p))

# 2D walk end distances
dists = []
for trial in range(300):
    x = y = 0
    for _ in range(100):
        ang = rng.uniform(0, 2 * math.pi)
        x += math.cos(ang)
        y += math.sin(ang)
    dists.append(math.hypot(x, y))
print("2d mean dist %.4f median %.4f sd %.4f" % (st.mean(dists), st.median(dists), st.stdev(dists)))

# Bootstrap CI of the mean
data = [rng.gauss(50, 12) for _ in range(40)]
print("data mean", round(st.fmean(data), 6))
boots = []
for _ in range(500):
    resample = rng.choices(data, k=len(data))
    boots.append(st.fmean(resample))
boots.sort()
lo, hi = boots[int(0.025 * len(boots))], boots[int(0.975 * len(boots)) - 1]
print(f"bootstrap 95% CI: [{lo:.4f}, {hi:.4f}]")
cuts = st.quantiles(boots, n=40)
print("quantile CI: [%.4f, %.4f]" % (cuts[0], cuts[-1]))

# Dice distribution
counts = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    c = counts[total]
    print(f"{total:>2} {c:>4} {'*' * (c // 20)}")
chi = sum((counts[t] - 3600 * (6 - abs(t - 7)) / 36) ** 2 / (3600 * (6 - abs(t - 7)) / 36) for t in range(2, 13))
print("chi2 = %.5f" % chi)

# Birthday paradox
def shared_birthday(k, rng):
    days = [rng.randrange(365) for _ in range(k)]
    return len(set(days)) < k

for k in (10, 23, 40):
    hits = sum(shared_birthday(k, rng) for _ in range(400))
    exact = 1 - math.prod((365 - i) / 365 for i in range(k))
    print(f"k={k}: sim={hits / 400:.3f} exact={exact:.4f}")

# Queue simulation with exponential arrivals
t = 0.0
busy_until = 0.0
waits = []
for _ in range(200):
    t += rng.expovariate(1 / 2.0)
    start = max(t, busy_until)
    waits.append(start - t)
    busy_until = start + rng.expovariate(1 / 1.6)
print("avg wait %.5f max %.5f zero-waits %d" % (st.fmean(waits), max(waits), sum(w == 0 for w in waits)))

# Shuffle-based permutation test
a = [rng.normalvariate(5, 1) for _ in range(15)]
b = [rng.normalvariate(5.8, 1) for _ in range(15)]
obs = st.fmean(b) - st.fmean(a)
pool = a + b
extreme = 0
for _ in range(300):
    rng.shuffle(pool)
    if st.fmean(pool[15:]) - st.fmean(pool[:15]) >= obs:
        extreme += 1
print(f"observed diff {obs:.5f}, p ~ {extreme / 300:.4f}")
print(repr(rng.random()), rng.getrandbits(48))
