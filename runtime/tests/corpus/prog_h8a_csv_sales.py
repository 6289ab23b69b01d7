import csv
import io
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict, namedtuple
from itertools import groupby
from operator import attrgetter

DATA = '''region,rep,product,units,unit_price,date
North,Alice,Widget,12,3.50,2024-01-05
South,Bob,Gadget,3,19.99,2024-01-06
North,Alice,Gadget,1,19.99,2024-01-09
East,"Chen, Li",Widget,40,3.25,2024-01-10
South,Bob,Widget,7,3.50,2024-02-01
West,Dana,Doohickey,2,125.00,2024-02-03
North,Evan,Widget,15,3.50,2024-02-14
East,"Chen, Li",Gadget,6,18.75,2024-02-20
West,Dana,Widget,30,3.10,2024-03-01
South,Fay,"Gizmo ""Pro""",1,249.99,2024-03-02
North,Alice,Doohickey,1,120.00,2024-03-15
East,Gus,Widget,22,3.25,2024-03-30
'''

Sale = namedtuple("Sale", "region rep product units unit_price date")
CENT = Decimal("0.01")

def parse(text):
    reader = csv.DictReader(io.StringIO(text))
    print("fields:", reader.fieldnames)
    for row in reader:
        yield Sale(row["region"], row["rep"], row["product"], int(row["units"]),
                   Decimal(row["unit_price"]), row["date"])

sales = list(parse(DATA))
print(f"{len(sales)} sales loaded")
print(sales[3])
print(sales[9]._asdict())

def amount(s):
    return (s.units * s.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)

print("\n--- detail ---")
header = f"{'Region':<6} {'Rep':<9} {'Product':<12} {'Units':>5} {'Price':>8} {'Amount':>10}"
print(header)
print("-" * len(header))
for s in sales:
    print(f"{s.region:<6} {s.rep:<9} {s.product:<12} {s.units:>5} {s.unit_price:>8} {amount(s):>10,}")

print("\n--- by region ---")
by_region = defaultdict(Decimal)
for s in sales:
    by_region[s.region] += amount(s)
grand = sum(by_region.values(), Decimal(0))
for region in sorted(by_region, key=by_region.get, reverse=True):
    share = by_region[region] / grand * 100
    print(f"{region:<6} {by_region[region]:>10,.2f} {share:6.2f}%")
print(f"{'Total':<6} {grand:>10,.2f}")

print("\n--- by month (groupby) ---")
for month, group in groupby(sales, key=lambda s: s.date[:7]):
    group = list(group)
    print(f"{month}: {len(group)} sales, {sum(map(amount, group))} total, units={sum(s.units for s in group)}")

print("\n--- by rep, sorted ---")
for rep, group in groupby(sorted(sales, key=attrgetter("rep")), key=attrgetter("rep")):
    items = list(group)
    products = sorted({s.product for s in items})
    print(f"{rep:>9}: {', '.join(products)}")

print("\n--- commission (tiered) ---")
def commission(total):
    tiers = [(Decimal(100), Decimal("0.05")), (Decimal(200), Decimal("0.08")), (None, Decimal("0.10"))]
    rest, prev, out = total, Decimal(0), Decimal(0)
    for cap, rate in tiers:
        if cap is None or total <= cap:
            out += (total - prev) * rate
            break
        out += (cap - prev) * rate
        prev = cap
    return out.quantize(CENT, rounding=ROUND_HALF_UP)

rep_totals = defaultdict(Decimal)
for s in sales:
    rep_totals[s.rep] += amount(s)
for rep, tot in sorted(rep_totals.items()):
    print(f"{rep:<9} {tot:>9} -> {commission(tot):>7}")

print("\n--- rewritten CSV ---")
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["rep", "total", "note"])
for rep, tot in sorted(rep_totals.items()):
    note = "big, important" if tot > 200 else 'say "hi"' if tot < 50 else ""
    w.writerow([rep, tot, note])
print(out.getvalue(), end="")

print("\n--- reparse with csv.reader ---")
for row in csv.reader(io.StringIO(out.getvalue())):
    print(len(row), row)

out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["product", "units"], lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
units = defaultdict(int)
for s in sales:
    units[s.product] += s.units
for p in sorted(units):
    dw.writerow({"product": p, "units": units[p]})
print(out2.getvalue(), end="")
r = sales[0]._replace(units=99)
print(r, amount(r))
