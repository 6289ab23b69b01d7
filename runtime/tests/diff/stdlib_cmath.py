import cmath
import math

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, repr(r))
    except Exception as e:
        print(label, 'raised', type(e).__name__, str(e))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0, 1, -1, 2, -4, 0.5, -0.5, 1j, -1j, 3 + 4j, -3 + 4j, -3 - 4j, 3 - 4j,
        complex(-4, 0.0), complex(-4, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
        complex(-0.0, -0.0), 0.3 + 0.7j, -2.5 + 0.1j, 1e-10 + 1e-10j, 1 + 1e-10j,
        10 + 20j, -0.9 - 0.2j, 1.5, complex(1, 0), complex(-1, -0.0), 2.0 - 1e-300j,
        1e-310 + 1e-310j, 100.0]
funcs = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
         'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh', 'phase', 'polar']
for name in funcs:
    f = getattr(cmath, name)
    for v in vals:
        show(f'{name}({v!r})', f, v)
show('sqrt -1', cmath.sqrt, -1)
show('sqrt big', cmath.sqrt, complex(1e308, 1e308))
show('sqrt -big', cmath.sqrt, -1e308)
show('sqrt inf', cmath.sqrt, complex(math.inf, 1))
show('sqrt -inf', cmath.sqrt, complex(-math.inf, 1))
show('sqrt infj', cmath.sqrt, complex(1, math.inf))
show('sqrt nan', cmath.sqrt, complex(math.nan, 1))
show('sqrt str', cmath.sqrt, 'a')
show('sqrt None', cmath.sqrt, None)
show('exp big', cmath.exp, 1000)
show('exp 709', cmath.exp, complex(709.5, 0.1))
show('exp -inf', cmath.exp, complex(-math.inf, 1))
show('exp inf', cmath.exp, complex(math.inf, 0))
show('exp nan', cmath.exp, complex(math.nan, 0))
show('log 0', cmath.log, 0)
show('log10 0', cmath.log10, 0)
show('log base', cmath.log, 8, 2)
show('log base c', cmath.log, 1 + 1j, 2 + 3j)
show('log base 1', cmath.log, 2, 1)
show('log base 0', cmath.log, 1, 0)
show('log big', cmath.log, complex(1e308, 1e308))
show('log tiny', cmath.log, complex(1e-320, 0))
show('log inf', cmath.log, complex(math.inf, 1))
show('log -inf', cmath.log, complex(-math.inf, 1))
show('atanh 1', cmath.atanh, 1)
show('atanh -1', cmath.atanh, -1)
show('cosh big', cmath.cosh, 1000)
show('sinh big', cmath.sinh, 1000)
show('sinh 709.9', cmath.sinh, complex(709.9, 0.3))
show('tanh big', cmath.tanh, complex(800, 1))
show('tan big', cmath.tan, complex(1, 800))
show('asinh big', cmath.asinh, complex(1e308, 1))
show('acos big', cmath.acos, complex(1e308, -1))
show('acosh big', cmath.acosh, complex(1e308, 1))
show('atanh big', cmath.atanh, complex(1e200, 1))
show('rect', cmath.rect, 2, cmath.pi / 2)
show('rect 0', cmath.rect, 3, 0)
show('rect neg0', cmath.rect, -3, 0.0)
show('rect str', cmath.rect, 1, 'a')
show('rect ints', cmath.rect, 1, 1)
show('polar big', cmath.polar, complex(1e308, 1e308))
show('phase -1', cmath.phase, -1)
show('phase -1-0j', cmath.phase, complex(-1.0, -0.0))
show('phase str', cmath.phase, 'x')
show('isclose', cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
show('isclose no', cmath.isclose, 1 + 1j, 1 + 1.001j)
show('isclose abs', cmath.isclose, 0j, 1e-10j, abs_tol=1e-9)
show('isclose neg', cmath.isclose, 1, 2, rel_tol=-1)
show('isclose inf', cmath.isclose, complex(math.inf, 0), complex(math.inf, 0))
show('isclose inf2', cmath.isclose, complex(math.inf, 0), 1)
show('isclose nan', cmath.isclose, cmath.nanj, cmath.nanj)
for v in [1, 1j, cmath.infj, cmath.nanj, complex(math.inf, math.nan), 2.5, complex(1, math.nan)]:
    print(repr(v), cmath.isnan(v), cmath.isinf(v), cmath.isfinite(v))

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True))
from fractions import Fraction
print(cmath.sqrt(Fraction(9, 4)), cmath.exp(Fraction(1, 2)))
r, phi = cmath.polar(1 + 1j)
print(r, phi, cmath.rect(r, phi))
print([cmath.sqrt(x) for x in (-9, -2.25, 16)])
roots = [(-b + s * cmath.sqrt(b * b - 4 * a * c)) / (2 * a) for a, b, c in [(1, 2, 5)] for s in (1, -1)]
print(roots)
print(cmath.exp(1j * cmath.pi), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))

# Wrong calls get the messages of CPython's builtin functions.
for call in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1),
             lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1),
             lambda: cmath.rect(1, 2, 3), lambda: cmath.isclose(1), lambda: cmath.isclose(),
             lambda: cmath.isclose(1, 2, rel_tol='a'), lambda: cmath.isclose(1, 2, foo=1),
             lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, a=2), lambda: cmath.isclose(1, 2, a=3),
             lambda: cmath.isclose(a=1, b=1.0000000001), lambda: cmath.phase(),
             lambda: cmath.polar(1, 2), lambda: cmath.isnan(), lambda: cmath.log(1, 'a'),
             lambda: cmath.log(1, base=2), lambda: cmath.atan(1, 2), lambda: cmath.exp(x=1)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
