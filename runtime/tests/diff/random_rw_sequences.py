# Sequences and errors of the random module for fixed seeds (must match CPython exactly).
import random
import math


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


for seed in (0, 1, 12345, -7, 2**70 + 3, 3.75, "hello", b"bytes", bytearray(b"ba")):
    r = random.Random(seed)
    print("seed", repr(seed))
    print(" random", [r.random() for _ in range(5)])
    print(" randrange", [r.randrange(1000) for _ in range(20)])
    print(" randrange3", [r.randrange(-50, 77, 3) for _ in range(10)])
    print(" randrangeneg", [r.randrange(50, -77, -4) for _ in range(10)])
    print(" randint", [r.randint(-5, 5) for _ in range(20)])
    print(" bigint", r.randrange(10**30), r.randint(2**64, 2**65))
    print(" getrandbits", [r.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
    print(" randbytes", r.randbytes(9))
    seq = list(range(30))
    print(" choice", [r.choice(seq) for _ in range(15)], r.choice("abcdef"), r.choice((1, 2)))
    r.shuffle(seq)
    print(" shuffle", seq)
    print(" sample", r.sample(range(100), 10), r.sample(range(10000), 30)[:8])
    print(" sample counts", r.sample(["red", "blue"], counts=[4, 2], k=5))
    print(" choices", r.choices("abc", k=8), r.choices(range(5), [5, 1, 0, 2, 2], k=6))
    print(" choices cum", r.choices("xyz", cum_weights=[1, 1.5, 9], k=6))
    print(" uniform", r.uniform(3, 7), r.uniform(-1.5, 2))
    print(" triangular", r.triangular(), r.triangular(1, 9), r.triangular(1, 9, 2), r.triangular(4, 4, 4))
    print(" normal", [r.normalvariate(2, 3) for _ in range(4)])
    print(" gauss", [r.gauss(1, 2) for _ in range(5)])
    print(" lognorm", r.lognormvariate(0, 0.5))
    print(" expo", r.expovariate(1.5))
    print(" vonmises", r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0.5, 1e-7), r.vonmisesvariate(2.0, 0.3))
    print(" gamma", r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(5.5, 1.25))
    print(" beta", r.betavariate(2, 5), r.betavariate(0.3, 0.4))
    print(" pareto", r.paretovariate(2.5))
    print(" weibull", r.weibullvariate(1.0, 1.5))

r = random.Random(99)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print("state restore", a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
r.gauss()
st = r.getstate()
print("gauss_next kept", st[2] is not None)
r2 = random.Random()
r2.setstate(st)
print("same gauss", r.gauss() == r2.gauss())
# version-2 state with signed words
v2 = (2, tuple(x - 2**32 if x >= 2**31 else x for x in st[1]), None)
r2.setstate(v2)
print("v2 state", r2.random() == random.Random().setstate(st) or True)
show("bad version", r2.setstate, (7, (), None))
show("v1 seed", lambda: (random.Random().seed("abc", version=1), None)[1])
r3 = random.Random()
r3.seed("abc", version=1)
print("v1 str", r3.random())
r3.seed(b"abc", version=1)
print("v1 bytes", r3.random())
r3.seed("", version=1)
print("v1 empty", r3.random())

# errors
show("seed type", random.Random, [1])
show("seed dict", random.seed, {})
show("randrange empty", r.randrange, 0)
show("randrange empty2", r.randrange, 5, 5)
show("randrange empty3", r.randrange, 5, 1, 2)
show("randrange zero step", r.randrange, 1, 10, 0)
show("randrange stop none", r.randrange, 10, None, 2)
show("randrange float", r.randrange, 2.5)
show("randrange str", r.randrange, "x")
show("randint empty", r.randint, 5, 2)
show("choice empty", r.choice, [])
show("sample set", r.sample, {1, 2, 3}, 2)
show("sample big", r.sample, [1, 2], 3)
show("sample neg", r.sample, [1, 2], -1)
show("sample counts len", r.sample, "ab", 1, counts=[1])
show("sample counts float", r.sample, "ab", 1, counts=[1.0, 2.0])
show("sample counts zero", r.sample, "ab", 1, counts=[0, 0])
show("choices both", r.choices, "ab", [1, 2], cum_weights=[1, 2])
show("choices len", r.choices, "ab", [1])
show("choices zero", r.choices, "ab", [0, 0])
show("choices inf", r.choices, "ab", [1, math.inf])
show("choices k pos", r.choices, "ab", 3)
show("choices empty", r.choices, [], k=2)
show("gamma bad", r.gammavariate, 0, 1)
show("getrandbits neg", r.getrandbits, -1)
show("expo zero", r.expovariate, 0)

# module-level functions share one instance
random.seed(2024)
a = (random.random(), random.randint(1, 6), random.choice("xyz"), random.gauss(), random.uniform(0, 1))
random.seed(2024)
b = (random.random(), random.randint(1, 6), random.choice("xyz"), random.gauss(), random.uniform(0, 1))
print("module", a == b, a)
print("all", sorted(random.__all__))
print("consts", random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)


# subclasses: random() only, getrandbits() only
class OnlyRandom(random.Random):
    def __init__(self):
        super().__init__(5)
        self.n = 0

    def random(self):
        self.n += 1
        return (self.n * 0.6180339887498949) % 1.0


class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0


o = OnlyRandom()
print("only random", [o.randrange(10) for _ in range(10)], o.randint(1, 3), o.choice("abcd"), o._randbelow(2**60) > 0)
l = list(range(8)); o.shuffle(l); print(" shuffle", l)
b = OnlyBits(7)
print("only bits", [b.randrange(10) for _ in range(10)], b.choice("abcd"))
l = list(range(8)); b.shuffle(l); print(" shuffle", l)
print("methods", random.Random.randrange.__name__)
s = random.SystemRandom()
print("system", 0 <= s.random() < 1, s.seed(3), len(s.randbytes(5)), s.getrandbits(0), 0 <= s.getrandbits(5) < 32)
show("system state", s.getstate)
show("system setstate", s.setstate, None)
import pickle
r = random.Random(3)
r4 = pickle.loads(pickle.dumps(r))
print("pickle", r.random() == r4.random())
