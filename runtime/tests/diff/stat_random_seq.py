import random

def line(label, vals):
    print(f"{label:<14}", vals)

for seed in (0, 1, 42, 2**40 + 7, -5, "hello", b"bytes", 3.75, bytearray(b"xy")):
    random.seed(seed)
    line(f"seed {seed!r}"[:14], [random.random() for _ in range(3)])

random.seed(12345)
line("randint", [random.randint(1, 6) for _ in range(20)])
line("randrange", [random.randrange(0, 100, 7) for _ in range(10)])
line("randrange1", [random.randrange(1000) for _ in range(10)])
line("randrange neg", [random.randrange(-50, -10, 3) for _ in range(8)])
line("choice", [random.choice("ABCDEFG") for _ in range(15)])
line("choices", random.choices(["red", "green", "blue"], k=10))
line("choices w", random.choices(["red", "green", "blue"], weights=[10, 1, 3], k=10))
line("choices cw", random.choices(range(5), cum_weights=[1, 2, 6, 7, 20], k=12))
line("choices fw", random.choices("xyz", weights=[0.2, 0.5, 0.3], k=8))
line("sample", random.sample(range(100), 10))
line("sample str", random.sample("abcdefghij", 4))
line("sample cnt", random.sample(["a", "b", "c"], counts=[3, 2, 5], k=6))
line("sample big", random.sample(range(10**9), 5))
deck = list(range(20))
random.shuffle(deck)
line("shuffle", deck)
line("uniform", [random.uniform(-3, 3) for _ in range(4)])
line("triangular", [random.triangular(0, 10, 8) for _ in range(4)])
line("triangular0", [random.triangular() for _ in range(3)])
line("gauss", [random.gauss(0, 1) for _ in range(5)])
line("normalvar", [random.normalvariate(10, 2) for _ in range(5)])
line("lognormvar", [random.lognormvariate(0, 0.5) for _ in range(3)])
line("expovariate", [random.expovariate(1.5) for _ in range(4)])
line("betavariate", [random.betavariate(2, 5) for _ in range(4)])
line("gammavariate", [random.gammavariate(0.5, 2) for _ in range(3)])
line("gamma big", [random.gammavariate(3.0, 1.5) for _ in range(3)])
line("gamma one", [random.gammavariate(1.0, 2.0) for _ in range(3)])
line("vonmises", [random.vonmisesvariate(1.0, 4.0) for _ in range(3)])
line("vonmises0", [random.vonmisesvariate(1.0, 0) for _ in range(2)])
line("pareto", [random.paretovariate(3) for _ in range(3)])
line("weibull", [random.weibullvariate(1, 1.5) for _ in range(3)])
line("getrandbits", [random.getrandbits(k) for k in (1, 7, 32, 33, 64, 100)])
line("randbytes", random.randbytes(10))
line("random", random.random())

# Instances and state
r1 = random.Random(2024)
r2 = random.Random(2024)
print("same", [r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
st = r1.getstate()
print("state", st[0], len(st[1]), st[1][:3], st[2])
a = [r1.randint(0, 999) for _ in range(6)]
r1.setstate(st)
b = [r1.randint(0, 999) for _ in range(6)]
print("replay", a, a == b)
r1.seed(7)
g1 = r1.gauss(0, 1)
st2 = r1.getstate()
g2 = r1.gauss(0, 1)
r1.setstate(st2)
print("gauss cache", g1, g2, r1.gauss(0, 1) == g2)

# seed version 1
r3 = random.Random()
r3.seed("abc", version=1)
print("v1", r3.random())
r3.seed(b"abc", version=2)
print("v2 bytes", r3.random())

# subclass
class Dice(random.Random):
    def roll(self, n=2):
        return sum(self.randint(1, 6) for _ in range(n))
d = Dice(99)
print("dice", [d.roll() for _ in range(12)])

# errors
def err(label, fn, *a, **k):
    try:
        print(label, fn(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)
err("choice empty", random.choice, [])
err("sample too big", random.sample, range(3), 5)
err("sample neg", random.sample, range(3), -1)
err("sample set", random.sample, {1, 2, 3}, 2)
err("randrange empty", random.randrange, 5, 5)
err("randrange step0", random.randrange, 0, 10, 0)
err("randrange float", random.randrange, 1.5)
err("randint rev", random.randint, 10, 1)
err("choices both", random.choices, "ab", [1, 2], cum_weights=[1, 3])
err("choices len", random.choices, "ab", [1, 2, 3])
err("choices zero", random.choices, "ab", [0, 0])
err("getrandbits neg", random.getrandbits, -1)
err("seed list", random.seed, [1, 2])
err("sample counts", random.sample, "ab", 2, counts=[1])
