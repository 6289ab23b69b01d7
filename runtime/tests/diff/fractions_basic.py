from fractions import Fraction as F
import math

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in [(3, 4), (6, 8), (-6, 8), (6, -8), (0, 5), (7,), ('3/4',), ('1.5',), (' -2/6 ',), ('1e3',),
             ('1.25e-2',), ('.5',), ('5.',), ('1_000',), (0.1,), (-2.5,), (True,), (F(1, 3),), (F(1, 2), F(1, 3)),
             (1, 0), ('abc',), ('1/0',), ('',), ('1/',), ('1.2.3',), (1.5, 2), ([],), (float('nan'),), (float('inf'),)]:
    t(lambda: F(*args))

a, b = F(1, 2), F(1, 3)
for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b,
           lambda: divmod(a, b), lambda: a ** 2, lambda: a ** -2, lambda: a ** b, lambda: 2 ** a, lambda: 4 ** F(2),
           lambda: a + 1, lambda: 1 + a, lambda: 1 - a, lambda: 3 * a, lambda: 3 / a, lambda: a + 0.5, lambda: 0.5 + a,
           lambda: a * 2.0, lambda: a / 0, lambda: a / F(0), lambda: F(0) ** -1, lambda: -a, lambda: +a, lambda: abs(-a),
           lambda: a + 1j, lambda: 7 // a, lambda: 7 % a, lambda: F(-7, 2) // 2, lambda: F(-7, 2) % 2,
           lambda: F(-1, 2) ** -3, lambda: a + 'x', lambda: divmod(F(7, 3), 0.5)]:
    t(op)

print(str(F(3, 4)), str(F(5)), str(F(-1, 3)), F(3, 4).numerator, F(3, 4).denominator)
print(F(3, 4).as_integer_ratio(), F(-7, 2).as_integer_ratio())
for x in [F(1, 2), F(3, 2), F(5, 2), F(-1, 2), F(-3, 2), F(7, 3), F(-7, 3), F(0)]:
    print(x, math.floor(x), math.ceil(x), round(x), int(x), math.trunc(x), float(x), bool(x))
print(round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(25, 1), -1), round(F(1, 3), 3))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(1))
print(F(3, 10).limit_denominator(5), F(1, 7).limit_denominator(100))
t(lambda: F(1, 3).limit_denominator(0))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)), hash(F(2**70, 3)))
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 2) == 'x', F(1, 3) == 1 / 3, F(1, 2) != F(1, 3))
print(F(1, 2) < F(2, 3), F(1, 2) < 1, F(1, 2) > 0.4, F(1, 2) <= 0.5, 1 > F(1, 2), 0.3 < F(1, 3),
      F(1, 2) < float('inf'), F(1, 2) > float('nan'), F(1, 2) == float('nan'), F(1,2) == 0.5+0j)
t(lambda: F(1, 2) < 'a')
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, 3)] * 3), max(F(1, 2), F(2, 3)))
print(F.from_float(0.25), F.from_float(3))
t(lambda: F.from_float('x'))
d = {F(1, 2): 'half', 2: 'two'}
print(d[0.5], d[F(2)])

class Sub(F):
    pass
print(repr(Sub(1, 2)), isinstance(Sub(1, 2) + 1, F))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(F(3, 4)))
