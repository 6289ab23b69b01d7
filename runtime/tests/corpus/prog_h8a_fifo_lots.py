from collections import deque, defaultdict, namedtuple
from decimal import Decimal, ROUND_HALF_UP
from datetime import date

Lot = namedtuple("Lot", "acquired qty price")
TRADES = """
2023-01-10 BUY  ACME 100 10.00
2023-02-15 BUY  ACME  50 12.50
2023-03-01 BUY  BOLT 200  3.20
2023-04-20 SELL ACME 120 15.00
2023-06-30 BUY  ACME  80 11.00
2023-09-12 SELL BOLT 150  2.90
2024-01-05 SELL ACME 100 18.25
2024-02-01 SELL BOLT  60  4.00
2024-03-03 BUY  CRUX  10 99.99
2024-03-04 SELL CRUX  10 101.01
"""
C = Decimal("0.01")
lots = defaultdict(deque)
realized = []
for line in TRADES.strip().splitlines():
    d, side, sym, qty, price = line.split()
    d, qty, price = date.fromisoformat(d), int(qty), Decimal(price)
    if side == "BUY":
        lots[sym].append(Lot(d, qty, price))
        print(f"{d} BUY  {sym:<4} {qty:>4} @ {price:>7} lots={len(lots[sym])}")
        continue
    remaining = qty
    print(f"{d} SELL {sym:<4} {qty:>4} @ {price:>7}")
    while remaining:
        if not lots[sym]:
            print("   !! short sale of", remaining)
            break
        lot = lots[sym][0]
        take = min(remaining, lot.qty)
        gain = ((price - lot.price) * take).quantize(C, ROUND_HALF_UP)
        held = (d - lot.acquired).days
        term = "long" if held > 365 else "short"
        realized.append((d.year, sym, term, gain))
        print(f"   from lot {lot.acquired} {take:>4} x ({price} - {lot.price}) = {gain:>9} [{term}, {held}d]")
        if take == lot.qty:
            lots[sym].popleft()
        else:
            lots[sym][0] = lot._replace(qty=lot.qty - take)
        remaining -= take

print("\nopen positions:")
for sym in sorted(lots):
    q = sum(l.qty for l in lots[sym])
    if not q:
        print(f"  {sym}: closed")
        continue
    cost = sum(l.qty * l.price for l in lots[sym])
    print(f"  {sym}: {q} shares, cost {cost:,.2f}, avg {(cost / q).quantize(C)} lots={[(str(l.acquired), l.qty) for l in lots[sym]]}")

print("\nrealized by year/term:")
summary = defaultdict(Decimal)
for year, sym, term, gain in realized:
    summary[year, term] += gain
for (year, term), g in sorted(summary.items()):
    print(f"  {year} {term:<5} {g:>10,}")
tot = sum(g for *_, g in realized)
print(f"  total {tot:+,}")
winners = sorted({(sym, g) for _, sym, _, g in realized}, key=lambda x: x[1], reverse=True)
print("biggest:", winners[0], "worst:", winners[-1])
d = deque(range(1, 8))
d.rotate(2)
print(d, d[0], d[-1])
d.rotate(-3)
print(d, list(reversed(d)))
print(deque("abc") == deque(["a", "b", "c"]), deque([1, 2, 3], maxlen=3).maxlen, len(deque(maxlen=0)))
