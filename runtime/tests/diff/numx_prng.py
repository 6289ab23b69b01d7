"""Pseudo-random generators written by hand, including MT19937 checked against random."""
import random
import struct
from collections import Counter

MASK32 = 0xFFFFFFFF
MASK64 = (1 << 64) - 1


class MT19937:
    N, M = 624, 397

    def __init__(self, key):
        self.mt = [0] * self.N
        self._init_genrand(19650218)
        self._init_by_array(key)

    def _init_genrand(self, s):
        mt = self.mt
        mt[0] = s & MASK32
        for i in range(1, self.N):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & MASK32
        self.index = self.N

    def _init_by_array(self, key):
        mt, N = self.mt, self.N
        i, j = 1, 0
        for _ in range(max(N, len(key))):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & MASK32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(N - 1):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & MASK32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        mt, N, M = self.mt, self.N, self.M
        for k in range(N):
            y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7FFFFFFF)
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self.index = 0

    def next32(self):
        if self.index >= self.N:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def random(self):
        a = self.next32() >> 5
        b = self.next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


def key_from_int(seed):
    seed = abs(seed)
    words = []
    while seed:
        words.append(seed & MASK32)
        seed >>= 32
    return words or [0]


class XorShift64:
    def __init__(self, seed):
        self.state = seed & MASK64 or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & MASK64
        x ^= x >> 7
        x ^= (x << 17) & MASK64
        self.state = x
        return x


class PCG32:
    MULT = 6364136223846793005

    def __init__(self, seed, seq=54):
        self.inc = ((seq << 1) | 1) & MASK64
        self.state = 0
        self.next()
        self.state = (self.state + seed) & MASK64
        self.next()

    def next(self):
        old = self.state
        self.state = (old * self.MULT + self.inc) & MASK64
        xorshifted = (((old >> 18) ^ old) >> 27) & MASK32
        rot = old >> 59
        return ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & MASK32


def lcg(seed, a=1103515245, c=12345, m=2 ** 31):
    while True:
        seed = (a * seed + c) % m
        yield seed


def splitmix64(seed):
    while True:
        seed = (seed + 0x9E3779B97F4A7C15) & MASK64
        z = seed
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        yield z ^ (z >> 31)


print("MT19937 vs random.Random:")
for seed in [0, 1, 5489, 2 ** 32 + 7, 12345678901234567890]:
    mine = MT19937(key_from_int(seed))
    ref = random.Random(seed)
    ours = [mine.next32() for _ in range(5)]
    theirs = [ref.getrandbits(32) for _ in range(5)]
    floats_ok = all(mine.random() == ref.random() for _ in range(700))
    print(f"  seed={seed}: {ours[:3]} match={ours == theirs} floats_match={floats_ok}")
mt = MT19937(key_from_int(42))
ref = random.Random(42)
state = ref.getstate()
print("  state version:", state[0], "len:", len(state[1]), "internal matches:", list(state[1][:-1]) == mt.mt, "pos:", state[1][-1])
big = ref.getrandbits(100)
w = [mt.next32() for _ in range(4)]
assembled = w[0] | (w[1] << 32) | (w[2] << 64) | ((w[3] >> 28) << 96)
print("  getrandbits(100) assembly:", big == assembled)

print("xorshift64:")
xs = XorShift64(88172645463325252)
print("  ", [xs.next() for _ in range(4)])
print("PCG32 (seed 42, seq 54):")
pcg = PCG32(42, 54)
print("  ", [f"0x{pcg.next():08x}" for _ in range(6)])
print("LCG:", [x for _, x in zip(range(6), lcg(1))])
print("splitmix64:", [f"{x:016x}" for _, x in zip(range(3), splitmix64(1234567))])

print("chi-square of dice from each generator:")
gens = {
    "random": (lambda r=random.Random(7): r.randrange(6)),
    "xorshift": (lambda g=XorShift64(7): g.next() % 6),
    "pcg32": (lambda g=PCG32(7): g.next() % 6),
    "lcg": (lambda g=lcg(7): (next(g) >> 16) % 6),
}
for name, roll in gens.items():
    counts = Counter(roll() for _ in range(6000))
    chi2 = sum((counts[k] - 1000) ** 2 / 1000 for k in range(6))
    print(f"  {name:<9} {[counts[k] for k in range(6)]} chi2={chi2:7.3f} {'ok' if chi2 < 15.09 else 'suspicious'}")

print("floats from bits:")
for bits in [0, 1, MASK64, 0x8000000000000000, 0x3FF0000000000000]:
    unit = (bits >> 11) * 2.0 ** -53
    as_double = struct.unpack("<d", struct.pack("<Q", bits))[0]
    print(f"  {bits:#018x}: unit={unit!r:<22} reinterpret={as_double!r}")
print("lower bits of LCG cycle:", [x & 3 for _, x in zip(range(12), lcg(3))])
