"""Seeded random simulation: dice games, sampling and a tiny Monte Carlo."""
import random
from collections import Counter
from statistics import mean, median, pstdev, stdev, mode

random.seed(42)
print([random.randint(1, 6) for _ in range(12)])
print(random.random(), random.uniform(-1, 1), random.gauss(0, 1), random.gauss(10, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(1000), 4))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=10))
print(random.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=5))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10), random.getrandbits(40))
print(random.triangular(0, 10, 3), random.expovariate(1.5), random.betavariate(2, 3), random.lognormvariate(0, 1))
print(random.normalvariate(5, 1), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.paretovariate(3))
print(random.weibullvariate(1, 1.5), random.randbytes(6).hex(), random.choice("abcdef"), random.choice((1, 2)))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)

rng = random.Random(2024)
rng2 = random.Random(2024)
print([rng.randint(0, 100) for _ in range(8)] == [rng2.randint(0, 100) for _ in range(8)])
print(rng.random(), rng.sample(["x", "y", "z", "w"], k=2), rng.randrange(1, 2))
r3 = random.Random("a string seed")
r4 = random.Random(b"bytes seed")
r5 = random.Random(3.5)
print(r3.random(), r4.random(), r5.random())
r6 = random.Random(-17)
r7 = random.Random(2 ** 100 + 7)
print(r6.random(), r7.random(), r6.getrandbits(100), r7.getrandbits(1), r7.getrandbits(0))

random.seed(7)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = Counter(rolls)
for total in range(2, 13):
    n = hist[total]
    print(f"{total:2d} {n:4d} {'*' * (n // 20)}")
print("mean=%.4f median=%s mode=%s pstdev=%.4f stdev=%.4f" % (mean(rolls), median(rolls), mode(rolls), pstdev(rolls), stdev(rolls)))

random.seed(12345)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1.0)
print("pi ~", 4 * inside / 20000)


def random_walk(steps, rng):
    x = y = 0
    path = []
    for _ in range(steps):
        dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x, y = x + dx, y + dy
        path.append((x, y))
    return path


walk = random_walk(50, random.Random(99))
print(walk[-1], max(abs(x) + abs(y) for x, y in walk), len(set(walk)))

random.seed(1)
team = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"]
random.shuffle(team)
pairs = [tuple(team[i:i + 2]) for i in range(0, len(team), 2)]
print(pairs)
print(sorted(random.sample(team, k=3)), random.sample(team, counts=None, k=2) if False else random.sample(team, 2))
print(random.sample(["a", "b"], counts=[3, 2], k=4))
for bad in [lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1), lambda: random.choice([]),
            lambda: random.randrange(0), lambda: random.choices([1], weights=[1, 2])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(0)
print([round(random.gauss(100, 15), 3) for _ in range(6)])
print([random.randint(10**20, 10**21) for _ in range(2)])
print(random.uniform(5, 5), random.randrange(10**30), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "-")
random.seed(None if False else 314)
shuffled = list(range(20))
random.shuffle(shuffled)
print(shuffled)
print(random.Random(5).choices("abc", k=6), random.Random(5).random())
