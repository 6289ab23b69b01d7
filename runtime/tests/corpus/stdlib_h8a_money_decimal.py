from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero
from fractions import Fraction

CENTS = Decimal("0.01")

def money(d):
    return d.quantize(CENTS, rounding=ROUND_HALF_UP)

def amortize(principal, annual_rate, months):
    r = annual_rate / 12 / 100
    payment = money(principal * r / (1 - (1 + r) ** -months))
    bal = principal
    print(f"loan {principal:,} at {annual_rate}% for {months} months: payment {payment}")
    print(f"{'#':>3} {'payment':>9} {'interest':>9} {'principal':>10} {'balance':>11}")
    tot_int = Decimal(0)
    for n in range(1, months + 1):
        interest = money(bal * r)
        princ = payment - interest
        if n == months:
            princ = bal
            pay = princ + interest
        else:
            pay = payment
        bal -= princ
        tot_int += interest
        print(f"{n:>3} {pay:>9} {interest:>9} {princ:>10} {bal:>11,}")
    print(f"total interest {tot_int}")

amortize(Decimal("5000"), Decimal("6.5"), 12)

print()
vals = ["2.675", "2.665", "-2.675", "0.005", "1.0049", "123.455"]
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    print(f"{mode:<16}", [str(Decimal(v).quantize(CENTS, rounding=mode)) for v in vals])

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, Decimal(0.1))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("10") / Decimal("4"))
print(Decimal("1") / Decimal("3"), Decimal("2").sqrt(), Decimal("100").log10(), Decimal(1).exp())
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100.00").normalize(), Decimal("0.000").normalize())
print(Decimal("123.4500").as_tuple(), Decimal("-0"), Decimal("-0") == 0, Decimal("NaN").is_nan())
print(Decimal("3.14159").quantize(Decimal("1.000")), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0%}", f"{Decimal('1e-7'):f}", f"{Decimal('12.5'):>10}|")
print(Decimal(5).compare(Decimal(3)), Decimal("1.0") == Decimal("1"), hash(Decimal("1.0")) == hash(1), Decimal("1.5") < 2)
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10"), Decimal("-3")]))
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7), getcontext().prec)
for expr in ["Decimal(1) / Decimal(0)", "Decimal('abc')", "Decimal('inf') - Decimal('inf')", "Decimal(0) / Decimal(0)"]:
    try:
        print(eval(expr))
    except (InvalidOperation, DivisionByZero, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__)

print()
# splitting a bill with fractions: exact shares then distribute cents
total = Decimal("100.00")
weights = [Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)]
shares = [money(total * Decimal(w.numerator) / Decimal(w.denominator)) for w in weights]
diff = total - sum(shares)
print(shares, diff)
i = 0
while diff != 0:
    step = CENTS if diff > 0 else -CENTS
    shares[i] += step
    diff -= step
    i += 1
print(shares, sum(shares))

f = Fraction(3, 4)
print(f, f + Fraction(1, 6), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f // Fraction(1, 3), f % Fraction(1, 3))
print(Fraction("0.125"), Fraction("-3/9"), Fraction(1.5), Fraction(Decimal("1.1")), Fraction(0.1).limit_denominator(100))
print(Fraction(355, 113).limit_denominator(10), float(Fraction(22, 7)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3, 1) == 3, Fraction(1, 3) < 0.34, f.numerator, f.denominator)
print(f.as_integer_ratio(), Fraction(10, 4).__repr__(), str(Fraction(10, 5)), int(Fraction(-7, 2)), Fraction(7, 2).__floor__(), Fraction(7, 2).__ceil__())
print(sum(Fraction(1, n) for n in range(1, 11)))
print(f"{str(Fraction(1, 3)):>8}|", format(float(Fraction(1, 3)), ".5f"))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/2")
except ValueError as e:
    print("ValueError:", e)
ratios = {"a": Fraction(2, 5), "b": Fraction(1, 4), "c": Fraction(7, 20)}
print(sum(ratios.values()), max(ratios, key=ratios.get), sorted(ratios.values()))
