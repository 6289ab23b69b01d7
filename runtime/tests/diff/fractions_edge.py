from fractions import Fraction as F
import math

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1/2 ', '3.', '+.5e+2', '1_/2', '1 /2', ' 1/2', 'inf', 'nan', '1__0', '1_0/2_0', '-0', '0/5', '1e', '1.5E2',
          '.', '+', '-1.25e-3', '2/-3', '1.5/2', '\t7\n', '1e-0', '00012', '1.2_3']:
    t(lambda: F(s))
for a in [(F(1, 2), 3), (3, F(1, 2)), (F(3, 4), F(5, 6)), (1.5, 2), (2, 1.5), (None,), ('1', 2), (1, '2'), (1, 2.0)]:
    t(lambda: F(*a))
big = F(10**40 + 1, 3**50)
print(big, hash(big), float(big), math.floor(big), round(big, 5), big.limit_denominator(1000))
print(hash(F(1, (1 << 61) - 1)), hash(F(-1, (1 << 61) - 1)), hash(F(-1, 2)), hash(F(2**64, 2**63 + 1)))
print(F(1, 3) ** 0, F(2, 3) ** F(2), F(4) ** F(1, 2), (-8) ** F(1, 3) if False else 0, F(-2) ** -1)
print(F(7, 2) // F(1, 3), F(7, 2) % F(1, 3), divmod(F(-7, 2), F(1, 3)), F(7, 2) % -2, -7 // F(2, 3))
print(round(F(-5, 2)), round(F(7, 2)), round(F(-7, 2)), round(F(1, 3), 0), round(F(-1, 3), 2))
print(F(1, 2) + True, True + F(1, 2), F(1, 2) * 1.5j, F(0) == 0.0, F(0) == -0.0, F(5, 1) == 5.0)
print(min(F(1, 3), 0.3), max(2, F(5, 2)), sum([0.5, F(1, 2)]), abs(F(-3, 7)), -F(0))
print(F(3, 4) != 0.75, F(3, 4) >= F(3, 4), F(1, 2) <= 0.4, 1 < F(3, 2), 1.0 >= F(1, 1))
print(math.isclose(F(1, 3), 1 / 3), int(F(-7, 2)), math.trunc(F(7, -2)), float(F(1, 1024)), F(10**400, 3) > 1e300)
t(lambda: float(F(10**400, 3)))
t(lambda: F(1, 2) // 0)
t(lambda: F(1, 2) % 0)
t(lambda: 1 / F(0))
t(lambda: F(1, 2) ** 'x')
t(lambda: F(1, 2) < 1j)
t(lambda: F(1, 2).limit_denominator(-5))
print(F(5, 3).limit_denominator(2), F(-5, 3).limit_denominator(2), F(123456789, 1000000000).limit_denominator(1000))
print(F(1,2).__class__.__name__, F(1, 2) in {0.5}, {F(3): 1}.get(3), isinstance(F(1), F))
