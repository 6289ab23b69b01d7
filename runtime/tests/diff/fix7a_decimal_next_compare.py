# decimal: next_plus/next_minus/next_toward step from an infinity to the largest finite number;
# compare_total orders finite negative numbers by value.
from decimal import Decimal as D, localcontext, getcontext
for a, b in [("Infinity", "1"), ("-Infinity", "1"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"), ("Infinity", "-Infinity"), ("5", "Infinity"), ("NaN", "1")]:
    x, y = D(a), D(b)
    for f in ("next_plus", "next_minus"):
        try: print(a, f, getattr(x, f)())
        except Exception as e: print(a, f, type(e).__name__)
    try: print(a, b, "next_toward", x.next_toward(y))
    except Exception as e: print(a, b, "next_toward", type(e).__name__)
with localcontext() as c:
    c.prec = 5; c.Emax = 99
    print(D("-Infinity").next_plus(), D("Infinity").next_minus(), D("Infinity").next_toward(0), c.flags[__import__("decimal").Overflow])
for a, b in [("-32", "-27"), ("-1.0", "-1.00"), ("1.0", "1.00"), ("-Infinity", "-5"), ("-NaN", "-sNaN"), ("-0", "0"), ("-0", "-0.0"), ("2", "-3"), ("-2.5", "-2.50"), ("NaN1", "NaN2"), ("-NaN1", "-NaN2")]:
    print(a, b, D(a).compare_total(D(b)), D(b).compare_total(D(a)), D(a).compare_total_mag(D(b)))
