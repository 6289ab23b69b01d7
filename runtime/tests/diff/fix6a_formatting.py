# %-formatting of float conversions takes objects with __float__ or __index__, for str and bytes.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print("%f %.1e %g" % (F(), I(), F()), b"%.2f %g" % (F(), I()))
try:
    "%f" % "x"
except TypeError as e:
    print(e)
try:
    b"%f" % b"x"
except TypeError as e:
    print(e)
class Celsius:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v * 1.0
class BadFloat:
    def __float__(self):
        return "no"
print("%.1f°C | %e | %G | %5.2f" % (Celsius(21.456), Celsius(1), Celsius(1e-7), Celsius(-3)))
for fmt in ["%f", "%e"]:
    for v in [BadFloat(), None, [1.0]]:
        try:
            print(fmt % v)
        except TypeError as e:
            print("TypeError", e)
        try:
            print(fmt.encode() % v)
        except TypeError as e:
            print("TypeError", e)

# format() with an empty spec of a float subclass is str(self).
class F(float):
    def __str__(self): return "F.str"
class C(complex):
    def __repr__(self): return "C.repr"
class I(int):
    def __repr__(self): return "I.repr"
print(f"{F(1.5)}", f"{F(1.5):}", format(F(2), ""), f"{F(1):.1f}", f"{C(1j)}", f"{I(3)}", f"{I(3):d}", "{}".format(F(0.5)))
