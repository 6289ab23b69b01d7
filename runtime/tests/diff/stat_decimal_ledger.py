from decimal import (Decimal as D, localcontext, Context, Inexact, Rounded, InvalidOperation,
                     DivisionByZero, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_FLOOR, getcontext)
import statistics as st

def flags_of(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)

# Splitting bills exactly: any rounding must raise.
def split(total, people):
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        ctx.traps[Rounded] = False
        cents = total.scaleb(2)
        share, extra = divmod(cents, people)
        out = [(share + (1 if i < extra else 0)).scaleb(-2) for i in range(people)]
        return out, flags_of(ctx)

for total, n in [(D("100.00"), 3), (D("0.05"), 2), (D("1234567.89"), 7), (D("19.99"), 4)]:
    shares, fl = split(total, n)
    print(f"{total} / {n}: {[str(s) for s in shares]} sum={sum(shares)} flags={fl}")

# Integer division and remainders in a narrow context
ctx = Context(prec=6, traps=[InvalidOperation, DivisionByZero])
pairs = [("1234.5678", "7"), ("0.000123", "4.5E+20"), ("-98765.4321", "0.3"), ("7", "-2"),
         ("12345678", "3"), ("5E+10", "7"), ("1E+12", "1")]
for a, b in pairs:
    ctx.clear_flags()
    row = [a, b]
    for op in ("divide_int", "remainder", "remainder_near"):
        try:
            row.append(f"{op}={getattr(ctx, op)(D(a), D(b))}")
        except InvalidOperation as e:
            row.append(f"{op}=!{type(e).__name__}")
    print(" ".join(row), flags_of(ctx))

# Rounding of amounts: remainder_near gives distance to nearest multiple
step = D("0.05")
for amount in ["1.02", "1.03", "1.025", "1.075", "-2.12", "3.00", "0.024"]:
    a = D(amount)
    r = a.remainder_near(step)
    nearest = a - r
    print(f"{amount:>6} -> nearest {nearest} (off by {r}) floor {(a // step) * step} mod {a % step}")

# logb / scaleb for magnitude reports
with localcontext(Context(prec=2)) as c:
    for v in ["123456789", "0.000042", "9.99", "1E+100", "-7.5E-30"]:
        d = D(v)
        print(v, "logb", d.logb(), "adjusted", d.adjusted(), "scaleb(-logb)", d.scaleb(-d.adjusted()), flags_of(c))
        c.clear_flags()

# shift / rotate on account numbers (digit manipulation)
with localcontext(Context(prec=9)) as c:
    acct = D("123456789")
    print("shift", [str(acct.shift(k)) for k in (-3, -1, 0, 2, 9)])
    print("rotate", [str(acct.rotate(k)) for k in (-3, 1, 4)])
    try:
        acct.shift(10)
    except InvalidOperation:
        print("shift 10: InvalidOperation")
    print("shift long", D("98765432101234").shift(-2), D("98765432101234").shift(3))

# next_plus / next_minus in a tiny-exponent context
tiny = Context(prec=5, Emin=-20, Emax=20, traps=[])
for v in ["1", "0", "-1E-30", "1E-30", "99999", "9.9999E+20"]:
    d = D(v)
    print(v, tiny.next_plus(d), tiny.next_minus(d), tiny.next_toward(d, D(0)), flags_of(tiny))
    tiny.clear_flags()

# Interest schedule with quantize + statistics
getcontext().prec = 28
principal = D("25000.00")
rate = D("0.0425") / 12
payment = (principal * rate / (1 - (1 + rate) ** -36)).quantize(D("0.01"), ROUND_HALF_UP)
print("payment", payment)
balance = principal
interests = []
for month in range(1, 37):
    interest = (balance * rate).quantize(D("0.01"), ROUND_HALF_EVEN)
    balance = balance + interest - payment
    interests.append(interest)
    if month % 6 == 0:
        print(f"month {month:2d} interest {interest:>8} balance {balance:>10}")
print("total interest", sum(interests), "mean", st.mean(interests), "median", st.median(interests))
print("stdev", st.stdev(interests), "pvariance", st.pvariance(interests))
print("quartiles", [str(q) for q in st.quantiles(interests, n=4)])
print("final balance", balance, "rounded", balance.quantize(D("1."), ROUND_FLOOR))
