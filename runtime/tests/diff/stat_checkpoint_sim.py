import random
import pickle
import json
import copy
import statistics as st

class Population:
    """Toy epidemic model driven by a private Random instance."""

    def __init__(self, size, seed, beta=0.3, gamma=0.1):
        self.rng = random.Random(seed)
        self.beta = beta
        self.gamma = gamma
        self.s, self.i, self.r = size - 5, 5, 0
        self.day = 0
        self.history = []

    def step(self):
        n = self.s + self.i + self.r
        p_inf = 1 - (1 - self.beta / n) ** self.i
        new_inf = sum(1 for _ in range(self.s) if self.rng.random() < p_inf)
        new_rec = sum(1 for _ in range(self.i) if self.rng.random() < self.gamma)
        self.s -= new_inf
        self.i += new_inf - new_rec
        self.r += new_rec
        self.day += 1
        self.history.append((self.day, self.s, self.i, self.r))

    def checkpoint(self):
        return {"rng": self.rng.getstate(), "sir": (self.s, self.i, self.r), "day": self.day,
                "history": list(self.history)}

    def restore(self, cp):
        self.rng.setstate(cp["rng"])
        self.s, self.i, self.r = cp["sir"]
        self.day = cp["day"]
        self.history = list(cp["history"])

pop = Population(400, seed=2718)
for _ in range(15):
    pop.step()
cp = pop.checkpoint()
blob = pickle.dumps(cp)
for _ in range(15):
    pop.step()
first_run = pop.history[-15:]

pop2 = Population(400, seed=0)
pop2.restore(pickle.loads(blob))
for _ in range(15):
    pop2.step()
print("resume via pickle identical:", pop2.history[-15:] == first_run)

# JSON turns the state tuple into lists; convert back before setstate.
state = json.loads(json.dumps(cp["rng"]))
print("json state types:", type(state).__name__, type(state[1]).__name__, len(state[1]))
try:
    pop2.rng.setstate(state)
except TypeError as e:
    print("setstate(list) ->", type(e).__name__, e)
fixed = (state[0], tuple(state[1]), state[2])
pop2.restore({**cp, "rng": fixed})
for _ in range(15):
    pop2.step()
print("resume via json identical:", pop2.history[-15:] == first_run)

for day, s, i, r in pop.history[::3]:
    bar = "S" * (s // 20) + "I" * (i // 20) + "R" * (r // 20)
    print(f"day {day:2d} S={s:3d} I={i:3d} R={r:3d} {bar}")
peak = max(pop.history, key=lambda h: h[2])
print("peak infections day", peak[0], "count", peak[2])

# Copies of generators diverge only when used differently
g = random.Random("seed-string")
h = copy.deepcopy(g)
a = [g.randint(1, 100) for _ in range(5)]
b = [h.randint(1, 100) for _ in range(5)]
print("deepcopy same stream:", a, a == b)
h.random()
print("after extra draw:", g.randint(1, 100), h.randint(1, 100))

# Ensemble of runs with different seeds
finals = []
for seed in range(8):
    p = Population(300, seed=seed, beta=0.25, gamma=0.12)
    for _ in range(40):
        p.step()
    finals.append(p.r)
print("final recovered:", finals)
print("mean %.3f  stdev %.4f  median %s" % (st.mean(finals), st.stdev(finals), st.median(finals)))
print("quantiles", st.quantiles(finals, n=4))

# State after gauss keeps the cached second value
r1 = random.Random(99)
r1.gauss()
saved = r1.getstate()
print("gauss cache in state:", saved[2] is not None, round(saved[2], 12))
x1 = r1.gauss()
r1.setstate(saved)
print("restored gauss equal:", r1.gauss() == x1)
r1.seed(99)
print("reseed clears cache:", r1.getstate()[2])

# Module-level functions share one hidden instance
random.seed(5)
s1 = random.getstate()
v1 = (random.random(), random.choice("abcdef"), random.sample(range(30), 3))
random.setstate(s1)
v2 = (random.random(), random.choice("abcdef"), random.sample(range(30), 3))
print("module state replay:", v1 == v2, v1)
