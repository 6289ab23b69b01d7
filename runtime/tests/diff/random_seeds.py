# random: bit-identical Mersenne Twister output over many seeds of every kind.
import random

seeds = list(range(-300, 300)) + [2 ** k + d for k in (31, 32, 33, 63, 64, 65, 127, 128, 500)
                                   for d in (-1, 0, 1)]
seeds += [-(3 ** k) for k in range(1, 80, 7)] + [0.5, 1e100, -7.25, float("inf")]
seeds += ["", "a", "abc", "\u00e9t\u00e9", "x" * 1000, b"", b"\x00\xff", bytearray(b"zz")]
total = 0
for s in seeds:
    r = random.Random(s)
    acc = 0
    for k in (1, 7, 31, 32, 33, 64, 65, 200):
        acc = (acc * 1000003 + r.getrandbits(k)) % (1 << 61)
    f = r.random()
    g = r.randrange(-10 ** 12, 10 ** 12)
    total = (total + acc + g) % (1 << 61)
    print(repr(s)[:40], acc, f, g)
print("total", total)

# Long runs: the state wraps around many times.
r = random.Random(2024)
acc = 0
for i in range(20000):
    acc = (acc * 31 + r.getrandbits(32)) % (1 << 61)
print("long", acc, r.random())
st = r.getstate()
print(st[1][:5], st[1][-1])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == r.random(), [r2.getrandbits(20) for _ in range(3)] == [r.getrandbits(20) for _ in range(3)])

# Module-level functions share one generator.
random.seed(123)
print(random.random(), random.randint(1, 100), random.choice("xyz"), random.getrandbits(40))
x = list(range(10))
random.shuffle(x)
print(x, random.sample(range(1000), 4), random.uniform(2, 3), random.gauss(0, 1))
print(random.choices(range(5), weights=[5, 4, 3, 2, 1], k=8), random.randbytes(6))
print(random.randrange(3, 300, 3), random.triangular(1, 2), random.expovariate(0.5))
