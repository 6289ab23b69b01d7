# fractions: limit_denominator over several bounds, normalisation of signs and common factors.
from fractions import Fraction as F
import math
for x in [math.pi, 1/3, 0.1, -2.718281828, 1e-7]:
    f = F(x)
    print([str(f.limit_denominator(m)) for m in (1, 2, 7, 10, 100, 1000, 10**6)])
print(F(3, 7).limit_denominator(3), F(-355, 113).limit_denominator(10), F(1, 2).limit_denominator(2))
print(F(6, -4), F(-6, -4), F(0, -5), F(10, 5), F(7, 1), F(2**70, 2**68))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F(1).limit_denominator(0)
except ValueError as e:
    print(e)
