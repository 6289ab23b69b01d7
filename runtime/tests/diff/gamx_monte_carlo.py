"""Monte Carlo estimations: pi, birthday paradox, random walks, Buffon's needle, integrals."""
import math
import random
import statistics
import sys
from collections import Counter
from statistics import NormalDist

random.seed(2718)


def estimate_pi(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n


print("%-10s %-10s %-10s %s" % ("n", "estimate", "error", "rel%"))
for n in (100, 1_000, 10_000, 50_000):
    est = estimate_pi(n)
    err = est - math.pi
    print("%-10d %-10.5f %+-10.5f %5.2f%%" % (n, est, err, abs(err) / math.pi * 100))


def birthday(people, trials=2000):
    hits = 0
    for _ in range(trials):
        days = [random.randrange(365) for _ in range(people)]
        if len(set(days)) < people:
            hits += 1
    return hits / trials


def birthday_exact(people):
    p = 1.0
    for i in range(people):
        p *= (365 - i) / 365
    return 1 - p


for k in (10, 23, 40, 57):
    sim, exact = birthday(k), birthday_exact(k)
    flag = "ok" if math.isclose(sim, exact, abs_tol=0.05) else "??"
    print(f"birthday k={k:2d}: sim={sim:.3f} exact={exact:.3f} {flag}")


def random_walk_2d(steps):
    x = y = 0
    for _ in range(steps):
        dx, dy = random.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x += dx
        y += dy
    return math.hypot(x, y)


dists = [random_walk_2d(400) for _ in range(300)]
print(f"2D walk 400 steps: mean dist {statistics.fmean(dists):.3f}, sqrt(N)={math.sqrt(400):.1f}, "
      f"rms {math.sqrt(statistics.fmean(d * d for d in dists)):.3f}")


def buffon(n, needle=1.0, gap=2.0):
    crosses = 0
    for _ in range(n):
        centre = random.uniform(0, gap / 2)
        theta = random.uniform(0, math.pi / 2)
        if centre <= needle / 2 * math.sin(theta):
            crosses += 1
    return (2 * needle * n) / (gap * crosses) if crosses else float("inf")


print(f"Buffon pi ~ {buffon(20000):.4f}")


def mc_integral(f, a, b, n):
    vals = [f(random.uniform(a, b)) for _ in range(n)]
    mean = math.fsum(vals) / n
    sd = statistics.pstdev(vals)
    return (b - a) * mean, (b - a) * sd / math.sqrt(n)


for name, f, a, b, exact in (("sin", math.sin, 0, math.pi, 2.0),
                             ("exp", math.exp, 0, 1, math.e - 1),
                             ("gauss", lambda x: math.exp(-x * x), -3, 3, math.sqrt(math.pi) * math.erf(3))):
    est, se = mc_integral(f, a, b, 20000)
    z = (est - exact) / se
    print(f"∫{name:<5} est={est:.5f} ± {se:.5f} exact={exact:.5f} z={z:+.2f}")

# Central limit: sums of uniforms vs NormalDist
sums = [sum(random.random() for _ in range(12)) - 6 for _ in range(5000)]
nd = NormalDist.from_samples(sums)
print(f"CLT fit: mu={nd.mean:+.4f} sigma={nd.stdev:.4f}")
std = NormalDist()
for lo, hi in ((-1, 1), (-2, 2), (-3, 3)):
    frac = sum(lo <= s <= hi for s in sums) / len(sums)
    print(f"  P({lo}<=Z<={hi}) sim={frac:.4f} normal={std.cdf(hi) - std.cdf(lo):.4f}")
print("  inv_cdf(0.975) =", round(std.inv_cdf(0.975), 6), " pdf(0)=", round(std.pdf(0), 6))

# Monty Hall
def monty(switch, trials=3000):
    wins = 0
    for _ in range(trials):
        doors = [0, 1, 2]
        car = random.choice(doors)
        pick = random.choice(doors)
        opened = random.choice([d for d in doors if d not in (car, pick)])
        if switch:
            pick = next(d for d in doors if d not in (pick, opened))
        wins += pick == car
    return wins / trials


print(f"Monty Hall stay={monty(False):.3f} switch={monty(True):.3f}")

# Coupon collector
def coupons(n):
    seen, draws = set(), 0
    while len(seen) < n:
        seen.add(random.randrange(n))
        draws += 1
    return draws


runs = [coupons(20) for _ in range(500)]
harmonic = sum(1 / k for k in range(1, 21))
print(f"coupon collector n=20: sim {statistics.mean(runs):.2f}, theory {20 * harmonic:.2f}, "
      f"median {statistics.median(runs)}, range {min(runs)}-{max(runs)}")
c = Counter(r // 25 * 25 for r in runs)
for b in sorted(c):
    print(f"  {b:3d}-{b + 24:<3d} {'*' * (c[b] // 5)}")
print(f"floats: {0.1 + 0.2!r} {1e16 + 1:.1f} {2 ** 0.5:.17g} {math.fsum([0.1] * 10)} {round(2.675, 2)} {round(12345, -2)}")
sys.exit(0)
