"""Monte Carlo simulation with a seeded Random: distributions, histograms, estimates."""
import random
import math
import statistics


def histogram(samples, lo, hi, bins=8, width=30):
    counts = [0] * bins
    for s in samples:
        if lo <= s < hi:
            counts[int((s - lo) / (hi - lo) * bins)] += 1
    top = max(counts) or 1
    for i, c in enumerate(counts):
        left = lo + (hi - lo) * i / bins
        print(f"  {left:7.2f} | {'#' * (c * width // top):<{width}} {c}")


rng = random.Random(12345)
dists = {
    "random": lambda: rng.random(),
    "uniform(2,5)": lambda: rng.uniform(2, 5),
    "triangular(0,10,3)": lambda: rng.triangular(0, 10, 3),
    "triangular()": lambda: rng.triangular(),
    "expovariate(1.5)": lambda: rng.expovariate(1.5),
    "betavariate(2,5)": lambda: rng.betavariate(2, 5),
    "gammavariate(2,2)": lambda: rng.gammavariate(2.0, 2.0),
    "gammavariate(0.5,1)": lambda: rng.gammavariate(0.5, 1.0),
    "gauss(0,1)": lambda: rng.gauss(0, 1),
    "normalvariate(10,2)": lambda: rng.normalvariate(10, 2),
    "lognormvariate(0,.5)": lambda: rng.lognormvariate(0, 0.5),
    "vonmises(1,4)": lambda: rng.vonmisesvariate(1.0, 4.0),
    "vonmises(0,0)": lambda: rng.vonmisesvariate(0.0, 0.0),
    "paretovariate(3)": lambda: rng.paretovariate(3.0),
    "weibullvariate(1,1.5)": lambda: rng.weibullvariate(1.0, 1.5),
}
print(f"{'distribution':<22}{'first three':<36}{'mean':>9}{'stdev':>9}")
for name, draw in dists.items():
    first = [draw() for _ in range(3)]
    more = first + [draw() for _ in range(497)]
    print(f"{name:<22}{' '.join(f'{v:.5f}' for v in first):<36}{statistics.fmean(more):9.4f}{statistics.stdev(more):9.4f}")

print("integers and choices:")
rng.seed(7)
print(" ", [rng.randint(1, 6) for _ in range(12)])
print(" ", [rng.randrange(0, 100, 5) for _ in range(8)], rng.getrandbits(40), rng.getrandbits(0) if False else "")
print(" ", rng.choice("abcdefg"), rng.choices(range(10), k=5), rng.choices("xyz", weights=[5, 1, 1], k=8))
print(" ", rng.choices("abc", cum_weights=[1, 2, 10], k=6), rng.sample(range(100), 6), rng.sample("hello", k=3))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("  hand:", deck[:5], "counts:", rng.sample(["red", "blue"], counts=[3, 2], k=4))
print("  randbytes:", rng.randbytes(6).hex())

print("seed reproducibility:")
for seed in [0, 1, "ember", b"bytes", 2 ** 80, -5]:
    r = random.Random(seed)
    print(f"  {seed!r:>26}: {r.random():.12f} {r.randint(0, 10 ** 6)}")
r = random.Random(99)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print("  restore works:", a == [r.random() for _ in range(3)])

print("monte carlo pi:")
rng = random.Random(2023)
for n in [100, 1000, 10000, 50000]:
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    est = 4 * inside / n
    print(f"  n={n:>6}: pi~{est:.5f} err={abs(est - math.pi):.5f}")

print("histogram of expovariate(1):")
rng.seed(31337)
histogram([rng.expovariate(1.0) for _ in range(2000)], 0, 4)
print("histogram of triangular(0,1,0.8):")
histogram([rng.triangular(0, 1, 0.8) for _ in range(2000)], 0, 1, bins=5)

print("random walk:")
rng.seed(5)
pos, path = 0, []
for step in range(40):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(" ", path)
print("  max", max(path), "min", min(path), "final", path[-1])

print("errors:")
for fn, args in [(rng.randrange, (5, 5)), (rng.choice, ([],)), (rng.sample, ([1, 2], 3)), (rng.randint, (3, 1)),
                 (rng.expovariate, (0,)), (rng.choices, ("ab",))]:
    try:
        print(" ", fn(*args))
    except (ValueError, IndexError, ZeroDivisionError, TypeError) as e:
        print(f"  {fn.__name__}: {type(e).__name__}: {e}")
