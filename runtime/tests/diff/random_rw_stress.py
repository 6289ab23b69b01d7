# Many draws from every method for several seeds; prints a short digest per method.
import random


def digest(values):
    acc = 0
    for v in values:
        acc = (acc * 1000003 + sum(map(ord, repr(v)))) % (1 << 61)
    return acc


N = 1500
for seed in (1, 42, 987654321, "stress"):
    r = random.Random(seed)
    pop = list(range(60))
    results = {
        "random": [r.random() for _ in range(N)],
        "randrange": [r.randrange(7, 10**6, 13) for _ in range(N)],
        "randint": [r.randint(-3, 3) for _ in range(N)],
        "choice": [r.choice(pop) for _ in range(N)],
        "shuffle": [tuple(r.shuffle(pop) or pop) for _ in range(50)],
        "sample": [tuple(r.sample(pop, 7)) for _ in range(200)] + [tuple(r.sample(range(10**6), 40)) for _ in range(20)],
        "choices": r.choices(pop, k=N) + r.choices(pop, weights=range(60), k=N),
        "uniform": [r.uniform(-2, 9) for _ in range(N)],
        "triangular": [r.triangular(0, 10, 3) for _ in range(N)],
        "normal": [r.normalvariate(5, 2) for _ in range(N)],
        "gauss": [r.gauss(5, 2) for _ in range(N)],
        "lognorm": [r.lognormvariate(0, 1) for _ in range(N)],
        "expo": [r.expovariate(0.7) for _ in range(N)],
        "vonmises": [r.vonmisesvariate(1, 2) for _ in range(N)],
        "gamma<1": [r.gammavariate(0.4, 2) for _ in range(N)],
        "gamma>1": [r.gammavariate(3.3, 0.5) for _ in range(N)],
        "beta": [r.betavariate(0.7, 2.5) for _ in range(N)],
        "pareto": [r.paretovariate(3) for _ in range(N)],
        "weibull": [r.weibullvariate(2, 0.8) for _ in range(N)],
        "bits": [r.getrandbits(77) for _ in range(N)],
    }
    print(seed, " ".join(f"{k}={digest(v)}" for k, v in results.items()))
    print("  tail", r.random(), r.getstate()[1][:3])
