from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, DecimalException)
from fractions import Fraction
import math


def invoice(lines, tax_rate):
    cents = Decimal("0.01")
    subtotal = sum((Decimal(q) * Decimal(p) for q, p in lines), Decimal(0))
    tax = (subtotal * Decimal(tax_rate)).quantize(cents, rounding=ROUND_HALF_UP)
    total = subtotal + tax
    return subtotal, tax, total.quantize(cents)


sub, tax, tot = invoice([("3", "19.99"), ("1", "0.015"), ("12", "2.5")], "0.0825")
print("invoice", sub, tax, tot, repr(tot))

modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for v in ("2.5", "-2.5", "1.045", "0.005", "-1.055", "7.05", "9.995"):
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal("0.01") if '.' in v and len(v.split('.')[1]) > 2 else Decimal("1"), rounding=m)) for m in modes])

getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal("1e-3").log10(), Decimal(2) ** Decimal("0.5"))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(3), Decimal(1).exp())
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3))
ctx = Context(prec=5, rounding=ROUND_HALF_EVEN)
print(ctx.divide(Decimal(22), Decimal(7)), ctx.add(Decimal("1.23456"), Decimal("0")), ctx.power(Decimal(3), 20))
print(ctx.create_decimal("3.14159265"), ctx.create_decimal_from_float(0.1), Decimal(0.1))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("10.00") / Decimal("4"))
print(Decimal("-0"), Decimal("0.000"), Decimal("1E+3"), Decimal("123.4500").normalize(), Decimal("1e3").normalize(), Decimal("100").normalize())
print(Decimal("inf"), Decimal("-Infinity"), Decimal("NaN"), Decimal("sNaN").is_snan(), Decimal("12.5").as_tuple())
print(Decimal((1, (3, 1, 4), -2)), Decimal("3.14").to_integral_value(), Decimal("2.5").to_integral_value(rounding=ROUND_HALF_EVEN))
print(round(Decimal("2.675"), 2), round(Decimal("3.5")), round(Decimal("-4.5")), int(Decimal("-7.9")), float(Decimal("0.1")))
print(Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal("-7.5"), 2), Decimal(-7).remainder_near(Decimal(4)))
print(Decimal("1.1").compare(Decimal("1.10")), Decimal("1.1") == Decimal("1.10"), Decimal("0.1") == 0.1, Decimal(5) == 5, Decimal("2.0") < 3)
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.50"), Decimal("0")]), max(Decimal("1"), Decimal("1.0")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('12.5'):>10}", f"{Decimal('-3.14159'):.3}", f"{Decimal('0.5'):%}")
print(Decimal("12.345").adjusted(), Decimal("0.00123").adjusted(), Decimal("-5").copy_abs(), Decimal("5").copy_negate(), Decimal(3).fma(2, 1))
print(Decimal("123.456").scaleb(2), Decimal("1.23").shift(1) if False else "-", Decimal(10).max(Decimal(3)), Decimal("NaN").max(Decimal(1)))

for expr in (lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal("abc"), lambda: Decimal(-1).sqrt()):
    try:
        print(expr())
    except DecimalException as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
with localcontext() as c:
    c.traps[DivisionByZero] = False
    c.traps[InvalidOperation] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, c.flags[DivisionByZero], c.flags[InvalidOperation])
    c.clear_flags()
    c.prec = 3
    r = Decimal("1.2345") + 1
    print(r, c.flags[Inexact], c.flags[Rounded])
with localcontext(Context(prec=3, Emax=5, traps=[Overflow])) as c:
    try:
        Decimal(999999) * 10
    except Overflow as e:
        print("Overflow", type(e).__mro__[1].__name__)

print("fractions")
h = sum(Fraction(1, k) for k in range(1, 21))
print(h, float(h), h.numerator.bit_length(), h.limit_denominator(1000))
print(Fraction(3, -6), Fraction("3/4"), Fraction(" -1.25 "), Fraction(0.1), Fraction(Decimal("0.1")), Fraction("1e-3"))
print(Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(113), Fraction(math.pi).limit_denominator(100))
a, b = Fraction(5, 12), Fraction(-7, 18)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** 0)
print(abs(b), -a, +a, a < b, a == Fraction(10, 24), a == 5 / 12, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 3), math.floor(b), math.ceil(b), int(b))
print(Fraction(2, 3) + 1, 1 - Fraction(2, 3), Fraction(1, 3) * 0.5, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2), Fraction(9, 4) ** 0.5)
print(repr(Fraction(-3, 9)), str(Fraction(6, 3)), Fraction(7, 3).as_integer_ratio(), Fraction(1, 3).is_integer() if hasattr(Fraction, 'is_integer') else False)
print(f"{float(Fraction(1, 7)):.10f}", sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]), sum([Fraction(1, 4)] * 4) == 1)
for bad in ("1/0", "abc", "1.2/3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out


print(egyptian(Fraction(4, 13)), egyptian(Fraction(5, 121))[:3])


def cont_frac(fr, n=10):
    out = []
    while n and fr.denominator != 1:
        i = math.floor(fr)
        out.append(i)
        fr = 1 / (fr - i)
        n -= 1
    out.append(math.floor(fr))
    return out


print(cont_frac(Fraction(415, 93)), cont_frac(Fraction(math.sqrt(2)), 8), cont_frac(Fraction(-17, 5)))
# bernoulli numbers
B = [Fraction(1)]
for m in range(1, 13):
    B.append(-sum(math.comb(m + 1, k) * B[k] for k in range(m)) / (m + 1))
print([str(x) for x in B])
