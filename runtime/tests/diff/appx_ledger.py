from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, Context)
from collections import defaultdict
from datetime import date, timedelta
import io

Q = Decimal("0.01")

ENTRIES = """\
2023-01-01|opening|assets:cash|10000.00
2023-01-03|rent|expenses:rent|-1850.00
2023-01-05|salary|income:salary|4250.5
2023-01-07|coffee|expenses:food|-3.75
2023-01-07|groceries|expenses:food|-123.456
2023-01-15|interest|income:bank|0.004
2023-01-20|refund|expenses:food|12
2023-01-31|transfer|assets:savings|-2500
2023-02-01|bonus|income:salary|1e3
2023-02-02|fee|expenses:bank|-0.015
"""


def parse(text):
    rows = []
    for n, line in enumerate(io.StringIO(text), 1):
        d, memo, acct, amt = line.rstrip("\n").split("|")
        rows.append((date.fromisoformat(d), memo, acct, Decimal(amt)))
    return rows


rows = parse(ENTRIES)
print("parsed", len(rows), "exp forms:", [str(r[3]) for r in rows if "e" in str(r[3]).lower() or r[3].as_tuple().exponent < -2])

balances = defaultdict(Decimal)
for d, memo, acct, amt in rows:
    balances[acct] += amt.quantize(Q, rounding=ROUND_HALF_UP)

print(f"{'account':<18}{'balance':>14}{'zero-padded':>16}{'pct':>10}")
total = sum(balances.values())
for acct in sorted(balances):
    b = balances[acct]
    share = (b / total) if total else Decimal(0)
    print(f"{acct:<18}{b:>14,.2f}  {b:016,.2f}{share:>10.1%}")
print(f"{'TOTAL':<18}{total:>14,.2f}  {total:+016,.2f}{'':>10}")
print(f"{total:*^20,.1f}|{total:e}|{total:.3E}|{total:g}|{-total:012,}")

by_month = defaultdict(lambda: defaultdict(Decimal))
for d, memo, acct, amt in rows:
    by_month[d.strftime("%Y-%m")][acct.split(":")[0]] += amt
for month in sorted(by_month):
    cats = by_month[month]
    print(month, " ".join(f"{k}={v:,.3f}" for k, v in sorted(cats.items())))

print("--- interest schedule")
principal = Decimal("2500.00")
rate = Decimal("0.045")
with localcontext() as ctx:
    ctx.prec = 12
    ctx.rounding = ROUND_HALF_UP
    monthly = rate / 12
    print("monthly rate", monthly, monthly.quantize(Decimal("1e-6")), monthly.adjusted())
    bal = principal
    start = date(2023, 1, 31)
    for m in range(1, 7):
        interest = (bal * monthly).quantize(Q)
        bal += interest
        due = start + timedelta(days=30 * m)
        print(f"  {m:>2} {due:%b %d} {interest:>8} {bal:>12,.2f}")
    print("effective", ((bal / principal - 1) * 2).quantize(Decimal("0.0001")))

print("--- context behaviour")
ctx = Context(prec=5, rounding=ROUND_CEILING, traps=[DivisionByZero])
print(ctx.divide(Decimal(1), Decimal(3)), ctx.add(Decimal("1.00001"), 0), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
try:
    ctx.divide(Decimal(1), Decimal(0))
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
ctx.traps[DivisionByZero] = False
print(ctx.divide(Decimal(-1), Decimal(0)), ctx.flags[DivisionByZero])
try:
    Decimal("123.456").quantize(Decimal("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation on quantize:", type(e).__name__)
print(getcontext().prec, getcontext().rounding, Decimal(1) / Decimal(7))
print(Decimal("7.5").to_integral_value(), Decimal("7.5").to_integral_value(rounding=ROUND_FLOOR), Decimal("-7.5").__floor__(), int(Decimal("-7.9")))
print(Decimal("1.23").scaleb(3), Decimal("-2").copy_abs(), Decimal("3").copy_sign(Decimal("-1")), Decimal("2").compare(Decimal("3")))
print(Decimal("0.1") * 3, Decimal("0.1") * 3 == Decimal("0.3"), Decimal.from_float(0.1).quantize(Decimal("1e-20")))
print(Decimal("100").sqrt(), Decimal("2").ln().quantize(Decimal("1e-10")), Decimal(10).log10(), Decimal("8") ** Decimal("0.5"))
print(max(Decimal("1.0"), Decimal("1")), min(Decimal("2"), Decimal("-0")), Decimal("1.0") == Decimal("1.00"), hash(Decimal("1.0")) == hash(1))
print(str(Decimal("1E-7")), str(Decimal("0E-8")), str(Decimal("123E+2")), str(Decimal("-0.0000001")), repr(Decimal("1e100")))
print(Decimal("12.340").normalize(), Decimal("1E+2").to_eng_string(), Decimal("12345E-10").to_eng_string())
print(sorted(balances.values())[:3], sum(Decimal(x) for x in ["0.1", "0.2"]) == Decimal("0.3"))
print(Decimal(3).is_signed(), Decimal(-3).is_signed(), Decimal("inf").is_infinite(), Decimal("1.5").is_finite(), Decimal(0).is_zero())
print(Decimal("10") % Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal("-10"), Decimal("3")), Decimal(-10) // 3)
print(Decimal(2) ** 10, Decimal("1.1") ** 2, pow(Decimal(3), 4, 5), Decimal(1) < 1.5, Decimal("0.5") > 0)
for bad in ["1,000", "", "1e", "--1", "0x10"]:
    try:
        Decimal(bad)
    except InvalidOperation:
        print("invalid literal:", repr(bad))
for spec in [">08,.2f", "00,.1f", "x<012", "_"]:
    try:
        print(format(Decimal("1234.5"), spec))
    except ValueError as e:
        print("ValueError for", repr(spec), "-", e)
