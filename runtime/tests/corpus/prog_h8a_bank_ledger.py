from decimal import Decimal, ROUND_HALF_EVEN
from collections import defaultdict, namedtuple
from datetime import date, timedelta
import re

Txn = namedtuple("Txn", "date account kind amount memo")
LEDGER = """
2024-01-01 | checking | deposit    |  2,500.00 | opening balance
2024-01-03 | checking | withdrawal |     45.67 | groceries
2024-01-03 | savings  | deposit    | 10,000.00 | transfer in
2024-01-07 | checking | withdrawal |  1,200.00 | rent
2024-01-10 | checking | fee        |      5.00 | monthly fee
2024-01-15 | savings  | interest   |     12.34 | jan interest
2024-01-18 | checking | withdrawal |    123.45 | utilities
2024-01-21 | checking | deposit    |    800.00 | paycheck
2024-01-25 | savings  | withdrawal |    500.00 | emergency
2024-01-31 | checking | withdrawal |  2,000.00 | car repair
2024-02-01 | checking | deposit    |  bad      | typo row
2024-02-02 | brokerage| deposit    |    999.99 | new account
"""
LINE = re.compile(r"^\s*(\d{4}-\d\d-\d\d)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*([\d,]+\.\d\d)\s*\|\s*(.*?)\s*$")

txns, errors = [], []
for n, line in enumerate(LEDGER.strip().splitlines(), 1):
    m = LINE.match(line)
    if not m:
        errors.append(f"line {n}: cannot parse {line!r}")
        continue
    d, acct, kind, amt, memo = m.groups()
    txns.append(Txn(date.fromisoformat(d), acct, kind, Decimal(amt.replace(",", "")), memo))
print(f"{len(txns)} transactions, {len(errors)} errors")
for e in errors:
    print("  " + e)

SIGN = {"deposit": 1, "interest": 1, "withdrawal": -1, "fee": -1}
balances = defaultdict(Decimal)
print("\n%-10s %-10s %-11s %12s %12s  %s" % ("date", "account", "kind", "amount", "balance", "memo"))
for t in txns:
    delta = SIGN[t.kind] * t.amount
    balances[t.account] += delta
    flag = " OVERDRAWN" if balances[t.account] < 0 else ""
    print("%-10s %-10s %-11s %12s %12s  %s%s" % (t.date, t.account, t.kind, f"{delta:+,.2f}", f"{balances[t.account]:,.2f}", t.memo, flag))

print("\nfinal balances:")
for acct in sorted(balances):
    b = balances[acct]
    print("  {:<10}{:>14,.2f}{}".format(acct, b, "  (negative)" if b < 0 else ""))
print("  {:<10}{:>14,.2f}".format("net", sum(balances.values())))

print("\nby kind:")
kinds = defaultdict(lambda: [0, Decimal(0)])
for t in txns:
    kinds[t.kind][0] += 1
    kinds[t.kind][1] += t.amount
for k, (cnt, tot) in sorted(kinds.items(), key=lambda kv: kv[1][1], reverse=True):
    print(f"  {k:<11}{cnt:>3} {tot:>12,.2f} avg {tot / cnt:>10.2f}")

print("\ndaily interest accrual on savings at 4.25% APR (30 days):")
rate = Decimal("0.0425") / 365
bal = balances["savings"]
accrued = Decimal(0)
day = date(2024, 2, 1)
for i in range(30):
    today = (bal * rate).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    accrued += today
    if i % 7 == 0 or i == 29:
        print(f"  {day + timedelta(days=i):%b %d}: +{today} accrued={accrued:.4f}")
credited = accrued.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
print(f"  credited {credited} -> {bal + credited:,}")

print("\nstatement:")
width = 44
print("+" + "-" * (width - 2) + "+")
print("|" + "MONTHLY STATEMENT".center(width - 2) + "|")
print("|" + f"{'January 2024':^{width - 2}}" + "|")
print("+" + "-" * (width - 2) + "+")
for acct in sorted(balances):
    opening = Decimal(0)
    ins = sum((t.amount for t in txns if t.account == acct and SIGN[t.kind] > 0), Decimal(0))
    outs = sum((t.amount for t in txns if t.account == acct and SIGN[t.kind] < 0), Decimal(0))
    for label, val in (("account", acct), ("opening", opening), ("credits", ins), ("debits", -outs), ("closing", opening + ins - outs)):
        s = val if isinstance(val, str) else f"{val:,.2f}"
        print(f"| {label:<12}{s:>{width - 16}} |")
    print("|" + " " * (width - 2) + "|")
print("+" + "-" * (width - 2) + "+")
largest = max(txns, key=lambda t: t.amount)
print(f"largest: {largest.memo!r} {largest.amount:,} on {largest.date:%A}")
print(Decimal("1234.5").quantize(Decimal("1.00")), "%.2f" % Decimal("2.675"), "%d" % Decimal("7.9"), "%s|%r" % (Decimal("1.0"), Decimal("1.0")))
