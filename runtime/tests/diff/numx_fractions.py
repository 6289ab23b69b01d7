"""Continued fractions, best rational approximations and Egyptian fractions."""
from fractions import Fraction
from decimal import Decimal
import math


def continued_fraction(x, max_terms=12):
    x = Fraction(x)
    terms = []
    while len(terms) < max_terms:
        a = math.floor(x)
        terms.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


def from_terms(terms):
    result = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        result = a + 1 / result
    return result


def egyptian(fr):
    parts = []
    while fr.numerator != 0:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


print("continued fractions:")
for name, val in [("pi", math.pi), ("e", math.e), ("sqrt2", math.sqrt(2)), ("golden", (1 + 5 ** 0.5) / 2),
                  ("415/93", Fraction(415, 93)), ("-7/3", Fraction(-7, 3))]:
    t = continued_fraction(val, 10)
    print(f"  {name:>7}: {t}")
    cs = list(convergents(t))[:6]
    print(f"           convergents {', '.join(map(str, cs))}")
    print(f"           rebuilt {from_terms(t)!s:>30} float {float(from_terms(t))!r}")

print("limit_denominator:")
pi_f = Fraction(math.pi)
print("  exact pi float:", pi_f)
for md in [1, 7, 10, 100, 113, 1000, 33215, 10 ** 6]:
    approx = pi_f.limit_denominator(md)
    print(f"  max_den={md:>7}: {approx!s:>16} err={float(abs(approx - pi_f)):.3e}")
print("  ", Fraction("0.333333").limit_denominator(10), Fraction(1, 3).limit_denominator(1), Fraction(-17, 13).limit_denominator(5))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("  ValueError:", e)

print("construction:")
inputs = ["3/4", " -12/18 ", "1.25", "1e-3", "-0.5e2", "7", Decimal("2.75"), 0.1, 1.5, 6]
for v in inputs:
    f = Fraction(v)
    print(f"  {v!r:>22} -> {f!s:>22} {f!r}")
for bad in ["1/0", "abc", "1.2/3", "inf"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(f"  {bad!r}: {type(e).__name__}: {e}")
try:
    Fraction(float("nan"))
except ValueError as e:
    print("  nan:", e)
try:
    Fraction(float("inf"))
except OverflowError as e:
    print("  inf:", e)
try:
    Fraction(5, 0)
except ZeroDivisionError as e:
    print("  5/0:", e)

print("arithmetic:")
a, b = Fraction(3, 4), Fraction(-5, 6)
print("  ", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), a ** 2, a ** -2, b ** 3)
print("  ", a + 1, 2 - a, a * 1.5, a == 0.75, a < 1, a > b, hash(Fraction(1, 2)) == hash(0.5), Fraction(4, 2) == 2)
print("  ", a ** 0.5, 4 ** Fraction(1, 2), Fraction(8) ** Fraction(1, 3), (-a) ** 3)
print("  ", round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-7, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2))
print("  ", math.floor(b), math.ceil(b), math.trunc(b), int(b), float(b), complex(a))
print("  ", a.numerator, a.denominator, a.as_integer_ratio(), Fraction(10, -4), Fraction(0, -3), bool(Fraction(0)))
print("  ", f"{Fraction(1, 3)}", str(Fraction(5)), repr(Fraction(-1, 8)), sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]))
print("  ", sum(Fraction(1, n) for n in range(1, 11)), math.prod(Fraction(n, n + 1) for n in range(1, 20)))
print("  ", max(Fraction(1, 3), Fraction(2, 5)), Fraction(1, 3) + Decimal(1) if False else "", end="")
try:
    Fraction(1, 3) + Decimal(1)
except TypeError as e:
    print("TypeError:", e)

print("egyptian fractions:")
for f in [Fraction(4, 13), Fraction(5, 121), Fraction(3, 7), Fraction(99, 100)]:
    parts = egyptian(f)
    print(f"  {f} = {' + '.join(str(p) for p in parts)}  (check {sum(parts) == f})")

print("harmonic / Bernoulli numbers:")
B = [Fraction(1)]
for m in range(1, 13):
    B.append(-sum(math.comb(m + 1, k) * B[k] for k in range(m)) / (m + 1))
print("  ", [str(x) for x in B])
H = Fraction(0)
for n in range(1, 31):
    H += Fraction(1, n)
print("  H30 =", H, f"~ {float(H):.12f}")
print("  Stern-Brocot depth 5:", end=" ")
level = [Fraction(0, 1), Fraction(1, 0) if False else None]
row = [(0, 1), (1, 0)]
for _ in range(4):
    new = [row[0]]
    for (p1, q1), (p2, q2) in zip(row, row[1:]):
        new += [(p1 + p2, q1 + q2), (p2, q2)]
    row = new
print([Fraction(p, q) for p, q in row if q and 0 < p / q < 1][:10])
