"""Currency ledger and scientific calculations using decimal contexts."""
from decimal import (Decimal, localcontext, getcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
                     Subnormal, Clamped, FloatOperation, DecimalException)
import decimal

CENT = Decimal("0.01")


class Ledger:
    def __init__(self, rate):
        self.rate = Decimal(rate)
        self.entries = []

    def add(self, desc, amount):
        self.entries.append((desc, Decimal(amount)))

    def report(self):
        total = Decimal(0)
        for desc, amt in self.entries:
            tax = (amt * self.rate).quantize(CENT, rounding=ROUND_HALF_UP)
            total += amt + tax
            print(f"  {desc:<12}{amt:>10}{tax:>8}{amt + tax:>10.2f}")
        print(f"  {'TOTAL':<12}{total:>28,.2f}")
        return total


led = Ledger("0.0825")
for d, a in [("coffee", "3.45"), ("laptop", "1299.99"), ("book", "15.5"), ("pens", "0.99"), ("refund", "-20.00")]:
    led.add(d, a)
t = led.report()
print("split 3 ways:", [(t / 3).quantize(CENT, rounding=r) for r in (ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP)])

print("rounding modes on 2.5, -2.5, 2.51, 2.05:")
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for mode in modes:
    vals = [Decimal(v).quantize(Decimal("1") if "." not in v[-2:] and len(v) < 5 else Decimal("0.1"), rounding=mode)
            for v in ["2.5", "-2.5", "2.51", "2.05"]]
    print(f"  {mode:<16}", " ".join(str(v) for v in vals))

print("precision:")
for prec in [5, 10, 28, 50]:
    with localcontext() as ctx:
        ctx.prec = prec
        print(f"  prec={prec:2d} 1/7={Decimal(1) / Decimal(7)} sqrt2={Decimal(2).sqrt()}")
with localcontext(prec=12, rounding=ROUND_FLOOR) as ctx:
    print("  kw localcontext:", Decimal(2) / 3, ctx.prec, ctx.rounding)
print("  default prec back:", getcontext().prec, Decimal(1) / 3)

print("signals and traps:")
ctx = Context(prec=6, traps=[DivisionByZero])
print("  ", ctx.divide(Decimal(10), Decimal(3)), ctx.flags[Inexact], ctx.flags[Rounded])
try:
    ctx.divide(Decimal(1), Decimal(0))
except DivisionByZero as e:
    print("   DivisionByZero caught:", type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, DecimalException))
ctx.traps[DivisionByZero] = False
print("  ", ctx.divide(Decimal(1), Decimal(0)), ctx.divide(Decimal(-1), Decimal(0)), ctx.flags[DivisionByZero])
ctx.clear_flags()
try:
    ctx.divide(Decimal(0), Decimal(0))
except InvalidOperation as e:
    print("   0/0 InvalidOperation", isinstance(e, ArithmeticError))
ctx.traps[InvalidOperation] = False
print("  ", ctx.divide(Decimal(0), Decimal(0)), ctx.sqrt(Decimal(-4)), ctx.flags[InvalidOperation])
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact:
        print("   Inexact trapped")
    print("  ", Decimal(1) / Decimal(4))
with localcontext() as c:
    c.Emax = 99
    c.Emin = -99
    try:
        Decimal("1e99") * 10
    except Overflow as e:
        print("   Overflow trapped")
    c.traps[Overflow] = False
    print("  ", Decimal("9e99") * 100, c.flags[Overflow], c.flags[Inexact])
    r = Decimal("1e-99") / 1000
    print("  ", r, c.flags[Subnormal], c.flags[Underflow])
with localcontext() as c:
    c.traps[FloatOperation] = True
    try:
        Decimal("1.5") < 2.0
    except FloatOperation:
        print("   FloatOperation trapped")
    print("  ", Decimal("1.5") == 1.5, Decimal.from_float(0.1))

print("quantize, normalize, exponent:")
for s in ["123.456", "100", "1E+3", "0.000", "-0", "1.10", "2.500"]:
    d = Decimal(s)
    print(f"  {s:>8}: norm={d.normalize()!s:>8} exp={d.as_tuple().exponent:3} adj={d.adjusted():3} q={d.quantize(Decimal('0.1'))} int={d.to_integral_value()}")
try:
    Decimal("1e30").quantize(Decimal("0.01"))
except InvalidOperation as e:
    print("  quantize InvalidOperation:", e.args[0] if e.args else "")
print("  ", Decimal("7.325").quantize(CENT), round(Decimal("7.325"), 2), round(Decimal("7.5")), round(Decimal("8.5")), round(Decimal("1234"), -2))
print("  tuple:", Decimal("-3.140").as_tuple(), Decimal((0, (1, 4, 1), -2)))
print("  ratio:", Decimal("0.125").as_integer_ratio(), Decimal("-2.5E3").as_integer_ratio())

print("special values:")
specials = [Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN"), Decimal("Inf")]
for s in specials:
    print(f"  {s!s:>9} nan={s.is_nan()} snan={s.is_snan()} inf={s.is_infinite()} signed={s.is_signed()} repr={s!r}")
try:
    Decimal("NaN") < 1
except InvalidOperation:
    print("  ordering with NaN: InvalidOperation")
print("  ", Decimal("NaN") == Decimal("NaN"), Decimal("Inf") > 10 ** 100, Decimal("-0") == 0, Decimal("1.0") == Decimal("1.00"))
print("  hash eq:", hash(Decimal("1.5")) == hash(1.5), hash(Decimal(3)) == hash(3), Decimal("0.1") == 0.1)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("  bad literal:", type(e).__name__)

print("math functions:")
with localcontext() as c:
    c.prec = 30
    for x in ["2", "10", "0.5"]:
        d = Decimal(x)
        print(f"  {x}: exp={d.exp()} ln={d.ln()} log10={d.log10()}")
    print("  ", Decimal(2) ** Decimal("0.5"), Decimal(10) ** -3, Decimal("1.1") ** 20)
    print("  compound interest:", (Decimal(1000) * (1 + Decimal("0.05") / 12) ** 120).quantize(CENT))
print("format:", f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.1f}", f"{Decimal('0.00012'):.2e}", f"{Decimal('12.5'):%}", f"{Decimal('-3'):+08.2f}", f"{Decimal('123456789'):g}", f"{Decimal('1.2300'):f}")
print("ops:", Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal(-7), Decimal(2)), -Decimal("0.0"), abs(Decimal("-1.50")), Decimal("1.5").max(Decimal("1.50")), Decimal(5).compare(Decimal(3)))
print("fma/sum:", Decimal(2).fma(3, 4), sum([Decimal("0.1")] * 10), Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"))
