# Special values (signed zeros, infinities, NaNs) of every cmath function, per C99 Annex G.
import cmath, math
inf, nan = math.inf, math.nan
sv = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, inf, -inf, nan]

for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh', 'polar', 'phase']:
    f = getattr(cmath, name)
    for x in sv:
        for y in sv:
            try:
                r = repr(f(complex(x, y)))
            except Exception as e:
                r = type(e).__name__
            print(name, x, y, r)
for r in sv:
    for p in sv:
        try:
            v = repr(cmath.rect(r, p))
        except Exception as e:
            v = type(e).__name__
        print('rect', r, p, v)
