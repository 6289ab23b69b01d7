import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12))
print(round(random.uniform(1, 2), 12), random.randrange(0, 100, 5), random.randrange(10))
print(random.choices(["a", "b", "c"], weights=[1, 5, 10], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(random.getrandbits(32), random.getrandbits(70))
print(round(random.expovariate(1.5), 12), round(random.normalvariate(0, 1), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
print(round(random.gammavariate(2, 1), 12), round(random.lognormvariate(0, 1), 12))
print(round(random.vonmisesvariate(1, 2), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12))
print(random.randbytes(6).hex())

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)

rng = random.Random(42)
print(rng.randint(0, 1000), rng.choice(range(50)), rng.sample([1, 2, 3, 4], 4))
rng2 = random.Random("hello")
print(rng2.random(), random.Random(b"bytes").random(), random.Random(3.5).random() if False else "skip")
random.seed(2**80 + 7)
print(random.random())
random.seed(-5)
print(random.random())

# Monte Carlo walk
random.seed(7)
pos = 0
hist = {}
for _ in range(1000):
    pos += random.choice((-1, 1))
    hist[pos] = hist.get(pos, 0) + 1
print(pos, max(hist, key=lambda k: (hist[k], k)), len(hist))

# dice game
random.seed(99)
scores = {"p1": 0, "p2": 0}
for rnd in range(20):
    for p in scores:
        roll = random.randint(1, 6) + random.randint(1, 6)
        scores[p] += roll if roll != 7 else -5
print(scores)

random.seed(1)
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(items, k=3), random.sample(range(10**9), 2))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
random.seed(0)
print([round(random.random(), 6) for _ in range(5)], random.randint(-10**20, 10**20))
random.seed("seedstr")
print(random.random(), random.randint(1, 100))
