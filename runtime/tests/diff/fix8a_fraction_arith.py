# Fraction +, -, *, / in lowest terms over signs, zeros, ints and large values, the
# ZeroDivisionError texts of division by zero, and a long harmonic sum (kept fast by
# reducing with the denominators' gcd rather than the huge result's).
from fractions import Fraction as F
import itertools

values = [F(0), F(1), F(-1), F(1, 2), F(-3, 4), F(6, 4), F(7, 3), F(-10, 6), F(2**70, 3**40), F(-(3**41), 2**65)]
ints = [0, 1, -2, 12, 2**65]
for a, b in itertools.product(values, values + ints):
    out = [a + b, a - b, a * b]
    try:
        out.append(a / b)
    except ZeroDivisionError as e:
        out.append(f"ZeroDivisionError({e})")
    print(a, b, *out)
    if isinstance(b, int):
        rev = [b + a, b - a, b * a]
        try:
            rev.append(b / a)
        except ZeroDivisionError as e:
            rev.append(f"ZeroDivisionError({e})")
        print("  r", *rev)
for a in values:
    r = a + a - a * 2
    assert r == 0 and r.denominator == 1
    assert (a * 3 / 3) == a
total = sum(F(1, n) for n in range(1, 1500))
print(total.numerator % 10**12, total.denominator % 10**12, total.denominator.bit_length())
prod = F(1)
for n in range(1, 300):
    prod *= F(n + 1, n)
print(prod, F(3, 2) / F(-9, 4), F(-3, 2) / F(9, -4), type(F(1, 2) + 1).__name__)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(0, 5) / F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
