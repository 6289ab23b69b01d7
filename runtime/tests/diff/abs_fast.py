import sys
for v in [0, -5, 7, -2**61, -2**62, 2**62, -2**63, -2**100, -0.0, -1.5, float('-inf'), float('nan'), True, False, -3+4j]:
    r = abs(v); print(repr(r), type(r).__name__)
class F(float): pass
class I(int):
    def __abs__(self): return "mine"
print(abs(F(-2.5)), type(abs(F(-2.5))).__name__, abs(I(-3)))
try: abs("x")
except TypeError as e: print(e)
