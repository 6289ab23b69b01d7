"""An exact-arithmetic ledger: Fractions for shares, Decimals for money."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, localcontext, getcontext
from fractions import Fraction
import math

print("== fractions")
shares = {"ann": Fraction(1, 3), "bob": Fraction(1, 4), "cy": Fraction(5, 12)}
print(sum(shares.values()), sum(shares.values()) == 1)
pot = Fraction(1000)
for who, part in sorted(shares.items()):
    amount = pot * part
    print(f"{who:>4}: {part!s:>5} {amount!r} {float(amount):.4f} {math.floor(amount)} {math.ceil(amount)} {round(amount)} {round(amount, 2)!s}")
f = Fraction(-7, 3)
print(f, f.numerator, f.denominator, abs(f), -f, f // 2, f % 2, divmod(f, Fraction(1, 2)), f ** 2, f ** -2)
print(Fraction("3.1415"), Fraction("-1/8"), Fraction(" 2e-3 "), Fraction(0.125), Fraction(Decimal("1.25")), Fraction(6, -4))
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, 2 ** Fraction(1, 2))
print(Fraction(3.14159).limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(1, 7).limit_denominator(5))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(Fraction(5, 2).as_integer_ratio(), Fraction(10, 4).is_integer() if hasattr(Fraction, "is_integer") else "n/a", repr(Fraction(0)))
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1, Fraction(2, 7)]), max(Fraction(7, 8), 0.8), min(Fraction(9, 10), Decimal("0.85")))
print(Fraction.from_decimal(Decimal("-0.0625")), Fraction.from_decimal(7), Fraction(Decimal("-0")), Fraction(Decimal("1e-5")))
for bad in [(1, 0), ("1/0",), ("abc",), (1.5, 2), (Decimal("inf"),), (Decimal("nan"),)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

print("== decimals")
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("3")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
for value in ["2.675", "2.665", "-2.675", "0.005", "1.5", "2.5", "-0.5"]:
    d = Decimal(value)
    row = [str(d.quantize(Decimal("0.01") if "." in value and len(value.split(".")[1]) > 2 else Decimal("1"), rounding=r))
           for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR)]
    print(value, row, round(d), round(d, 1))
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.30") * Decimal("2"), Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"))
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2))
print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100.00").normalize(), Decimal("-0"), Decimal("0.000"))
print(Decimal("123.456").as_tuple(), Decimal("-1.5").as_integer_ratio(), Decimal(10) ** -2, Decimal(2).sqrt())
print(Decimal("1.000") == Decimal("1"), Decimal("0.1") == 0.1, Decimal("0.5") == Fraction(1, 2), Decimal("2") < 3, hash(Decimal("2.0")) == hash(2))
print(Decimal("NaN").is_nan(), Decimal("-Infinity"), Decimal("inf") > 10**100, Decimal("12.30").adjusted(), Decimal("5").is_signed())
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):%} {Decimal('-3.14159'):+.3f} {Decimal('1e-10'):e} {Decimal('42'):>8}")
print(str(Decimal("1E-7")), str(Decimal("0.0000001")), str(Decimal("123E5")), str(Decimal("1.23E+2")), int(Decimal("-9.99")), float(Decimal("2.5")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal(2).sqrt())
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(getcontext().prec, Decimal(1) / Decimal(7))
for expr in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal("1.5") + 1.5, lambda: Decimal("inf") - Decimal("inf")]:
    try:
        print(expr())
    except (InvalidOperation, ArithmeticError, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
accounts = {"rent": Decimal("1200.00"), "food": Decimal("345.67"), "misc": Decimal("54.33")}
total = sum(accounts.values(), Decimal(0))
for k, v in accounts.items():
    print(f"{k:<6}{v:>10}{(v / total * 100).quantize(Decimal('0.1')):>7}%")
print(f"{'total':<6}{total:>10}")
