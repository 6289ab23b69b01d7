"""Monthly ledger with Decimal money, signed-zero-safe formatting and summaries."""
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext
from collections import defaultdict
from fractions import Fraction
import statistics

CENT = Decimal("0.01")

transactions = [
    ("2023-01-03", "rent", "-1250.00"),
    ("2023-01-05", "salary", "4100.55"),
    ("2023-01-07", "groceries", "-86.345"),
    ("2023-01-09", "refund", "0.004"),
    ("2023-01-10", "fee", "-0.004"),
    ("2023-01-15", "groceries", "-102.675"),
    ("2023-01-20", "utilities", "-145.125"),
    ("2023-01-21", "interest", "0.0049"),
    ("2023-01-28", "groceries", "-64.005"),
    ("2023-01-31", "adjust", "-0.0001"),
    ("2023-02-02", "rent", "-1250.00"),
    ("2023-02-05", "salary", "4100.55"),
    ("2023-02-14", "gift", "-75.5"),
    ("2023-02-20", "utilities", "-139.995"),
]

by_cat = defaultdict(Decimal)
by_month = defaultdict(list)
for date, cat, amount in transactions:
    amt = Decimal(amount)
    by_cat[cat] += amt
    by_month[date[:7]].append(amt)

print(f"{'category':<12}{'raw':>14}{'even':>12}{'half-up':>12}{'z-fmt':>12}")
for cat in sorted(by_cat):
    raw = by_cat[cat]
    even = raw.quantize(CENT, rounding=ROUND_HALF_EVEN)
    up = raw.quantize(CENT, rounding=ROUND_HALF_UP)
    print(f"{cat:<12}{raw:>14}{even:>12}{up:>12}{raw:>z12.2f}")

print()
for month, amts in sorted(by_month.items()):
    total = sum(amts, Decimal(0))
    credits = sum((a for a in amts if a > 0), Decimal(0))
    debits = sum((a for a in amts if a < 0), Decimal(0))
    print(f"{month}: n={len(amts):2d} total={total:+,.2f} credits={credits:,.2f} debits={debits:z,.2f}")
    print(f"   mean={statistics.mean(amts):.4f} median={statistics.median(amts):z.3f} max={max(amts)} min={min(amts)}")

print()
tiny = [Decimal(x) for x in ("-0.001", "-0.0049", "-0.005", "0", "-0", "-0E-3", "0.004", "-1E-9")]
for d in tiny:
    print(f"{str(d):>8} |{d:.2f}|{d:z.2f}|{d:+z.2f}|{d: z.1f}|{d:z.0%}|{d:z.1e}|{d:*^+z9.2f}|")

print()
# the same rule for floats
for x in (-0.0, -0.001, -0.0049, -0.005, 0.004, -1e-12, -2.5e-7):
    print(f"{x!r:>9} |{x:.2f}|{x:z.2f}|{x:+z.2f}|{x:z.3g}|{x:z.1e}|{x:z.0%}|{x:=+z9.3f}|")

print()
# splitting a bill exactly, then rounding shares so they add back up
bill = Decimal("100.00")
people = ["ann", "ben", "cat"]
weights = [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]
shares = {}
with localcontext() as ctx:
    ctx.prec = 40
    for name, w in zip(people, weights):
        shares[name] = (bill * w.numerator / w.denominator).quantize(CENT, rounding=ROUND_HALF_EVEN)
drift = bill - sum(shares.values())
print("shares:", shares, "drift:", drift)
if drift:
    biggest = max(shares, key=shares.get)
    shares[biggest] += drift
print("fixed:", {k: f"{v:.2f}" for k, v in shares.items()}, sum(shares.values()) == bill)

three_way = [(bill / 3).quantize(CENT)] * 3
print("three-way:", three_way, "remainder", bill - sum(three_way))
remainder_cents = int((bill - sum(three_way)) / CENT)
for i in range(remainder_cents):
    three_way[i] += CENT
print("balanced:", [str(x) for x in three_way], sum(three_way))

# compound interest table
principal = Decimal("2500")
rate = Decimal("0.0375")
balance = principal
for year in range(1, 6):
    interest = (balance * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    balance += interest
    print(f"year {year}: interest {interest:>8} balance {balance:>10,.2f} growth {(balance / principal - 1):.3%}")
