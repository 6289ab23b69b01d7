# The math module: constants, elementary functions, special values and error messages.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

values = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 10.0, 0.1, 1e-10, 1e10, 123.456, -7.25, 1e300, 5e-324]

def show(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, " ".join(out))

for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "fabs", "cbrt", "exp2", "erf", "erfc", "gamma", "lgamma", "degrees", "radians"]:
    show(name, getattr(math, name), values)

for name in ["floor", "ceil", "trunc"]:
    show(name, getattr(math, name), [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e20, -1e20, 7, -7, True, 10 ** 30])

show("frexp", math.frexp, values + [math.inf, math.nan])
show("modf", math.modf, values + [math.inf, -math.inf])
show("isfinite", math.isfinite, values + [math.inf, math.nan])
show("ulp", math.ulp, values + [math.inf, 1.7976931348623157e308])

pairs = [(2.0, 3.0), (-2.0, 3.0), (2.0, -3.0), (0.0, 0.0), (0.0, -1.0), (-8.0, 1 / 3), (10.0, 308.0), (10.0, 309.0),
         (1.0, math.nan), (math.nan, 0.0), (math.inf, -1.0), (-math.inf, 3.0), (-math.inf, 2.0), (0.5, math.inf), (2.0, -math.inf),
         (7.0, 3.0), (-7.0, 3.0), (7.5, -2.0), (5.0, 0.0), (math.inf, 2.0), (3.0, math.inf)]

def show2(name, f):
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, " ".join(out))

for name in ["pow", "atan2", "fmod", "remainder", "copysign", "nextafter", "hypot", "ldexp_like"]:
    if name == "ldexp_like":
        show2(name, lambda x, y: math.ldexp(x, int(y) if math.isfinite(y) else 0))
    else:
        show2(name, getattr(math, name))

print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 5000))
print(math.log(3 ** 700, 3), math.log1p(1e-20), math.expm1(1e-20), math.log(True))
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3.0, 10 ** 20 * -1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-300),
      math.isclose(0.0, 1e-300, abs_tol=1e-299), math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(1, b=2.0000000001, rel_tol=0.5))

class Floaty:
    def __float__(self):
        return 2.25
class Indexy:
    def __index__(self):
        return 9
class Floored:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.sqrt(Floaty()), math.sqrt(Indexy()), math.floor(Floaty()), math.ceil(Indexy()))
print(math.floor(Floored()), math.ceil(Floored()), math.trunc(Floored()))
print(math.floor(1.0e16 + 1), math.ceil(-0.0), math.trunc(-2.9), type(math.trunc(2.0)).__name__)

errors = [
    lambda: math.sqrt(-1), lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.sqrt(x=1),
    lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(-(10 ** 400)), lambda: math.log(), lambda: math.log(1, 2, 3),
    lambda: math.log(5, 1), lambda: math.log(5, 0), lambda: math.log2(0), lambda: math.log10(-1), lambda: math.exp(1000),
    lambda: math.exp(10 ** 400), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(1e200, 2), lambda: math.pow(2),
    lambda: math.atan2(1), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 2), lambda: math.remainder(math.inf, 2),
    lambda: math.acos(1.5), lambda: math.acosh(0.5), lambda: math.atanh(-1), lambda: math.cosh(800), lambda: math.gamma(-3),
    lambda: math.gamma(0.0), lambda: math.gamma(180), lambda: math.lgamma(-1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
    lambda: math.trunc("s"), lambda: math.floor([]), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1e300, 100),
    lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, rel_tol=-0.5), lambda: math.isclose(1, 2, tol=1),
    lambda: math.copysign(1, None), lambda: math.tan(math.inf), lambda: math.nextafter(1.0), lambda: math.ulp("u"),
    lambda: math.frexp(10 ** 400), lambda: math.degrees([]),
]
for i, call in enumerate(errors):
    try:
        print(i, "ok", call())
    except Exception as e:
        print(i, type(e).__name__, e)
