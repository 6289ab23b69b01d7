from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
import decimal
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
print(subtotal, repr(subtotal), type(subtotal).__name__)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, subtotal + tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.665").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_DOWN))
print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), Decimal(10) ** 20, Decimal("1.30") + Decimal("1.20"))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal(0.1), Decimal("1e3"), Decimal("-0"), Decimal("1E+2").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple(), Decimal("123.45").adjusted(), Decimal("-7.5").copy_abs())
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.2345"), 2), int(Decimal("-3.9")), float(Decimal("1.5")))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('12'):>8}", format(Decimal("1e-5"), "f"), f"{Decimal('3.14159'):.3}")
print(str(Decimal("1E-7")), str(Decimal("0.000001")), str(Decimal("123E5")), Decimal("5").compare(Decimal("3")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_EVEN
    ctx.prec = 3
    print(Decimal("2.345") * 1, Decimal("2.355") * 1)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("-inf"), Decimal(5).is_signed())
print(max(prices), min(prices), sorted(prices, reverse=True), Decimal("1.0") == 1, hash(Decimal("1.0")) == hash(1))
print(Decimal(3).fma(2, 1), Decimal(81).ln().quantize(Decimal("0.0001")), Decimal(1000).log10(), Decimal(2).exp().quantize(Decimal("1.000")))

# loan amortization
principal = Decimal("10000.00")
rate = Decimal("0.05") / 12
n = 12
payment = (principal * rate / (1 - (1 + rate) ** -n)).quantize(Decimal("0.01"))
print("payment", payment)
bal = principal
for m in range(1, n + 1):
    interest = (bal * rate).quantize(Decimal("0.01"))
    princ = payment - interest
    bal -= princ
    if m in (1, 6, 12):
        print(m, interest, princ, bal)

f = Fraction(3, 4)
g = Fraction("1/6")
print(f + g, f - g, f * g, f / g, f ** 2, -f, abs(Fraction(-2, 3)))
print(Fraction(0.75), Fraction("0.125"), Fraction(Decimal("1.1")), Fraction(10, -4), Fraction(1.1).limit_denominator(100))
print(f.numerator, f.denominator, float(f), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, sum(Fraction(1, n) for n in range(1, 6)), repr(Fraction(2, 6)))
print(f.as_integer_ratio(), Fraction(7, 2) // 1, Fraction(7, 2) % 1, math_floor := __import__("math").floor(Fraction(-7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(str(Fraction(5)), Fraction(5) == 5, f"{float(Fraction(1, 7)):.5f}", Fraction(2, 3) + 1, 1 - Fraction(2, 3), 0.5 + Fraction(1, 2))
print(getcontext().prec, getcontext().rounding, decimal.Context(prec=3).create_decimal("3.14159"))
