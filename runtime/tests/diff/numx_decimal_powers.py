"""Growth, decay and limits with Decimal powers under different contexts."""
from decimal import (Decimal as D, Context, localcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_05UP, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, InvalidOperation, DivisionByZero)

SIGNALS = [Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, InvalidOperation, DivisionByZero]


def flags(ctx):
    return "".join(s.__name__[0] + s.__name__[1:3].lower() for s in SIGNALS if ctx.flags[s]) or "-"


def quiet(prec=28, rounding=ROUND_HALF_EVEN):
    return Context(prec=prec, rounding=rounding, traps=[])


print("compound interest (monthly, 10 years):")
principal = D("2500.00")
for rate in ["0.035", "0.05", "0.0725"]:
    monthly = 1 + D(rate) / 12
    balance = principal * monthly ** 120
    cont = principal * (D(rate) * 10).exp()
    print(f"  {rate:>6}: {balance.quantize(D('0.01'))}  continuous {cont.quantize(D('0.01'))}")

print("fractional powers follow the context rounding:")
for mode in [ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    c = quiet(8, mode)
    row = [c.power(D(2), D("0.5")), c.power(D("1.1"), D("-0.5")), c.power(D(10), D("1.5")),
           c.power(D("0.3"), D("2.25")), c.power(D(7), D(20))]
    print(f"  {mode:<16}", " ".join(f"{v!s:>14}" for v in row), flags(c))

print("half-life decay: remaining fraction after t half-lives")
with localcontext(Context(prec=20)) as ctx:
    for t in ["0.5", "1", "2.5", "10", "33.3"]:
        frac = D("0.5") ** D(t)
        print(f"  t={t:>5}: {frac:<24} {frac.log10():.6f}")

print("powers of one:")
for a in ["1", "1.000", "-1", "-1.0"]:
    c = quiet(10, ROUND_UP)
    out = []
    for b in ["3", "-3", "0.5", "Infinity", "-Infinity", "1000000000000000000001"]:
        c.clear_flags()
        out.append(f"{c.power(D(a), D(b))}[{flags(c)}]")
    print(f"  {a:>5}:", " ".join(out))

print("zero and infinite bases:")
c = quiet()
for a in ["0", "-0", "Infinity", "-Infinity"]:
    out = []
    for b in ["2", "3", "-2", "-3", "0.5", "-0.5", "0"]:
        c.clear_flags()
        out.append(f"{c.power(D(a), D(b))}{'!' if c.flags[InvalidOperation] else ''}")
    print(f"  {a:>9}:", " ".join(f"{s:>10}" for s in out))

print("negative bases:")
for a, b in [("-2", "3"), ("-2", "-3"), ("-8", "0.3333"), ("-1.5", "2"), ("-2", "Infinity")]:
    c.clear_flags()
    print(f"  {a} ** {b} = {c.power(D(a), D(b))} [{flags(c)}]")

print("huge exponents overflow or underflow instead of hanging:")
cases = [("0.5", 10 ** 22), ("2", -(10 ** 22)), ("-2", 10 ** 22 + 1), ("1.0000000000000000000000000001", 10 ** 22),
         ("1.0000001", 10 ** 8), ("0.9999999999999999999999999", 10 ** 28), ("100", -805560), ("10", -1000030),
         ("3", 2095903), ("3", -2095937), ("1.000", 10 ** 22), ("1.000", -(10 ** 22)), ("7", "1E+30"), ("0.1", "1E+25")]
for a, k in cases:
    for mode in (ROUND_HALF_EVEN, ROUND_UP, ROUND_FLOOR):
        c = quiet(12, mode)
        r = c.power(D(a), D(k))
        print(f"  {a:>31} ** {str(k):<24} {mode:<16} {r!s:<26} {flags(c)}")

print("trapped overflow and underflow:")
strict = Context(prec=12, traps=[Overflow, Underflow, InvalidOperation])
for a, b in [("10", "999999"), ("10", "1000000"), ("0.1", "1000030"), ("-4", "0.5")]:
    try:
        print(f"  {a} ** {b} = {strict.power(D(a), D(b))}")
    except (Overflow, Underflow, InvalidOperation) as e:
        print(f"  {a} ** {b} raised {type(e).__name__}")

print("operator ** with the current context:")
with localcontext() as ctx:
    ctx.prec = 15
    ctx.rounding = ROUND_CEILING
    print("  ", D(3) ** D("0.5"), D(3) ** -2, D("1.5") ** 40, D(2) ** D("-0.25"), pow(D(12), 3, 7))
    ctx.traps[Overflow] = False
    print("  ", D(10) ** 10 ** 7, -D(10) ** 10 ** 7, D(-10) ** (10 ** 7 + 1), ctx.flags[Overflow])
