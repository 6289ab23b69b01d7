import csv
import io
from fractions import Fraction
from collections import defaultdict
from decimal import Decimal

# Generate a synthetic export of 6000 rows, some with quoted fields, write it, read it back.
REGIONS = ["North", "South", "East, Outer", 'West "Main"']
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["id", "region", "units", "returned", "price", "note"])
for i in range(1, 6001):
    region = REGIONS[(i * 7) % 4]
    units = (i * 37) % 50 + 1
    returned = (i * 11) % 7 if i % 3 else 0
    price = f"{(i * 13) % 997 / 10 + 0.99:.2f}"
    note = "" if i % 5 else f"batch {i // 100}, rush" if i % 2 else 'said "ok"'
    w.writerow([i, region, units, returned, price, note])
text = out.getvalue()
print(len(text), text.count("\n"), text.count('"'))
print(text[:200])

rows = list(csv.DictReader(io.StringIO(text)))
print(len(rows), rows[0], rows[-1], sep="\n")

units = defaultdict(int)
returned = defaultdict(int)
revenue = defaultdict(Decimal)
ratio_sum = defaultdict(Fraction)
for r in rows:
    reg = r["region"]
    u, ret = int(r["units"]), int(r["returned"])
    units[reg] += u
    returned[reg] += ret
    revenue[reg] += (u - ret) * Decimal(r["price"])
    ratio_sum[reg] += Fraction(ret, u)

print(f"\n{'region':<14}{'units':>8}{'returned':>10}{'rate':>9}{'revenue':>14}  mean return ratio")
for reg in sorted(units):
    rate = Fraction(returned[reg], units[reg])
    n = sum(1 for r in rows if r["region"] == reg)
    mean = ratio_sum[reg] / n
    print(f"{reg:<14}{units[reg]:>8,}{returned[reg]:>10,}{float(rate):>9.3%}{revenue[reg]:>14,.2f}  {float(mean):.6f} (den {mean.denominator.bit_length()} bits)")

harmonic = sum(Fraction(1, int(r["units"])) for r in rows[:800])
print("\nharmonic part:", float(harmonic), harmonic.denominator % 1000003)
notes = [r["note"] for r in rows if r["note"]]
print(len(notes), notes[:4], sum('"' in n for n in notes), sum("," in n for n in notes))

# round trip through other dialects
for kw in ({"delimiter": ";"}, {"delimiter": "\t", "quoting": csv.QUOTE_ALL}, {"quotechar": "'", "delimiter": "|"}):
    buf = io.StringIO()
    dw = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\r\n", **kw)
    dw.writeheader()
    dw.writerows(rows[:1500])
    back = list(csv.DictReader(io.StringIO(buf.getvalue()), **kw))
    print(sorted(kw.items()), len(buf.getvalue()), back == rows[:1500], back[4]["note"] == rows[4]["note"])
