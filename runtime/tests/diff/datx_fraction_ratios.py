import math
import random
from fractions import Fraction
from collections import Counter, defaultdict
from functools import reduce
from itertools import combinations, permutations

rng = random.Random(271828)

# recipe scaling with exact fractions
RECIPE = """flour 2 1/4 cup
sugar 3/4 cup
butter 1/2 cup
eggs 2 whole
vanilla 1 1/2 tsp
salt 1/8 tsp"""


def parse_qty(tokens):
    total = Fraction(0)
    for t in tokens:
        total += Fraction(t)
    return total


def pretty(fr):
    fr = Fraction(fr)
    whole, rem = divmod(fr.numerator, fr.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{fr.denominator}"
    return f"{whole} {frac}" if whole else frac


ingredients = []
for line in RECIPE.splitlines():
    name, *qty, unit = line.split()
    ingredients.append((name, parse_qty(qty), unit))
for scale in (Fraction(1, 2), Fraction(2, 3), Fraction(3)):
    print(f"x{scale}:", ", ".join(f"{n} {pretty(q * scale)} {u}" for n, q, u in ingredients))
print("total cups:", pretty(sum(q for n, q, u in ingredients if u == "cup")))

# survey shares: exact vs float
votes = Counter(rng.choice("ABCDE") for _ in range(337))
total = sum(votes.values())
shares = {k: Fraction(v, total) for k, v in sorted(votes.items())}
print("sum of shares:", sum(shares.values()), sum(float(s) for s in shares.values()),
      math.fsum(float(s) for s in shares.values()))
for k, s in shares.items():
    print(f"  {k}: {s!s:>8} = {float(s):.5f} ~ {s.limit_denominator(20)!s:>5} ({float(s):6.2%})")

# largest remainder method for seat allocation
SEATS = 25
quotas = {k: s * SEATS for k, s in shares.items()}
alloc = {k: math.floor(q) for k, q in quotas.items()}
left = SEATS - sum(alloc.values())
for k in sorted(quotas, key=lambda k: (quotas[k] - alloc[k], k), reverse=True)[:left]:
    alloc[k] += 1
print("seats:", alloc, sum(alloc.values()))

# probability with exact arithmetic
deck = 52
p_pair = Fraction(math.comb(13, 1) * math.comb(4, 2) * math.comb(12, 3) * 4 ** 3, math.comb(52, 5))
p_flush = Fraction(4 * (math.comb(13, 5) - 10), math.comb(52, 5))
print("pair:", p_pair, f"{float(p_pair):.6f}", "flush:", p_flush, f"{float(p_flush):.3e}")
print("dice sum 7:", Fraction(sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == 7), 36))
print("birthday 23:", f"{1 - float(Fraction(math.perm(365, 23), 365 ** 23)):.6f}")
print("derangements 6:", sum(1 for p in permutations(range(6)) if all(i != v for i, v in enumerate(p))),
      round(math.factorial(6) / math.e))

# gcd/lcm based scheduling
periods = {"backup": 12, "rotate": 8, "report": 18, "sync": 30}
print("all align every", math.lcm(*periods.values()), "hours")
for (a, pa), (b, pb) in combinations(sorted(periods.items()), 2):
    print(f"  {a}+{b}: lcm={math.lcm(pa, pb):3d} gcd={math.gcd(pa, pb)}")
print("gcd of many:", reduce(math.gcd, [462, 1071, 2310]), math.gcd(), math.lcm(), math.gcd(0, -12))

# continued fraction expansion & convergents for sqrt(2) and pi
def cont_frac(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return out


def convergents(cf):
    num, den = Fraction(cf[-1]), 1
    res = Fraction(cf[-1])
    for a in reversed(cf[:-1]):
        res = a + 1 / res
    return res


for label, val in [("pi", Fraction(math.pi)), ("sqrt2", Fraction(math.sqrt(2))), ("355/113", Fraction(355, 113))]:
    cf = cont_frac(val, 6)
    c = convergents(cf)
    print(f"{label:>8}: cf={cf} conv={c} err={float(abs(c - val)):.2e}")
print(Fraction(math.pi).limit_denominator(1000), Fraction(0.1), Fraction("3.1415").limit_denominator(100))

# Egyptian fractions
def egyptian(fr):
    parts = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


for fr in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    print(fr, "=", " + ".join(map(str, egyptian(fr))))

# harmonic numbers & mixed arithmetic
H = sum(Fraction(1, k) for k in range(1, 16))
print("H15:", H, float(H), H.numerator.bit_length(), H > 3, H < 3.32)
print(Fraction(3, 4) * 2.0, Fraction(3, 4) + 1, 1 - Fraction(1, 3), Fraction(1, 3) ** 2, Fraction(9, 4) ** 0.5,
      Fraction(-7, 3) // 2, Fraction(-7, 3) % 2, abs(Fraction(-1, 5)), -Fraction(2, 3), +Fraction(2, 3))
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(2, 7), 0]), max(Fraction(5, 7), 0.71), Fraction(6, 8) == Fraction(3, 4),
      {Fraction(1, 2): "half"}[0.5], f"{Fraction(22, 7)}", format(float(Fraction(22, 7)), ".4f"))
ratios = defaultdict(Fraction)
for _ in range(40):
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    ratios[a % 3] += Fraction(a, b)
print({k: str(v) for k, v in sorted(ratios.items())})
print(math.prod(Fraction(k, k + 1) for k in range(1, 10)), math.isclose(float(H), 3.318228993, rel_tol=1e-9),
      math.comb(30, 15), math.perm(20, 4), math.factorial(20), math.isqrt(2 ** 61), math.lcm(2 ** 10, 3 ** 5))
