# decimal: x - NaN keeps the NaN's sign (it is not negated); ln of exactly one (1, 1.000)
# is exactly 0; a zero formatted with 'e' and a precision shows that many zeros.
from decimal import Decimal as D, getcontext, localcontext

for a, b in [("23", "NaN"), ("NaN", "1"), ("1", "-NaN"), ("-NaN", "-NaN"), ("Infinity", "NaN"), ("NaN123", "5"), ("5", "NaN7"), ("-5", "-NaN7")]:
    x, y = D(a), D(b)
    print(a, b, x + y, x - y, y - x, x * y, getcontext().subtract(x, y), getcontext().subtract(y, x))
for v in ["1", "1.000", "1.0", "10", "0.1", "1E+0", "100E-2", "1.0000000000000000000000000001"]:
    with localcontext() as ctx:
        ctx.prec = 7
        print(v, D(v).ln(), D(v).log10())
    print(v, D(v).ln())
for v in ["0", "0.00", "0E+5", "-0", "0E-7", "0.0", "-0.000", "0E+2"]:
    print(v, [format(D(v), s) for s in [".3e", "e", ".0e", "^15.2e", ".2E", "g", ".3g", ".2f", "", ".1%", ",", "+.1e", "-^12.1E"]])
