from fractions import Fraction as F
import copy, pickle
for x in (5, True, -3, 2.5, F(3, 6), "7/14", 0.1):
    f = F(x)
    print(repr(f), type(f.numerator).__name__)
for base, exp in ((2, F(3)), (2, F(-2)), (2, F(1, 2)), (2.0, F(-3)), (F(4, 9), F(1, 2)),
                  (3, F(0)), (1.5, F(2)), (-8, F(1, 3)), (complex(1, 1), F(2))):
    try:
        print(base, exp, repr(base ** exp))
    except Exception as e:
        print(type(e).__name__, e)
class G(F):
    pass
g = G(3, 4)
for c in (copy.copy, copy.deepcopy):
    print(type(c(g)).__name__, c(g) == g, c(F(1, 2)) is not None)
f = F(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, g.__reduce__(), f.__reduce__())
print(pickle.loads(pickle.dumps(g)), type(pickle.loads(pickle.dumps(g))).__name__)
