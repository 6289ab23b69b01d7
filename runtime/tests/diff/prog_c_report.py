# Sales report generator: parse CSV text, aggregate with dicts and
# itertools.groupby, sort with multi-key functions, and render aligned
# tables with str.format / f-strings / %-formatting and textwrap.
import csv
import io
import itertools
import operator
import statistics
import textwrap
from collections import defaultdict
from datetime import date
from string import Template

RAW = """\
date,region,rep,product,units,unit_price,discount
2024-01-03,North,Alice,Widget,12,9.99,0
2024-01-03,South,Bob,Gadget,3,24.50,0.1
2024-01-09,North,Carol,Widget,7,9.99,0
2024-01-15,East,Dave,Gizmo,20,4.25,0.05
2024-01-20,South,Bob,Widget,15,9.99,0.15
2024-02-02,North,Alice,Gadget,5,24.50,0
2024-02-11,East,Erin,Gizmo,40,4.25,0.2
2024-02-14,West,Frank,"Deluxe Gadget, XL",2,129.00,0
2024-02-14,North,Carol,Gizmo,9,4.25,0
2024-02-28,South,Bob,Gadget,6,24.50,0.1
2024-03-05,West,Frank,Widget,30,9.99,0.25
2024-03-07,East,Dave,"Deluxe Gadget, XL",1,129.00,0.05
2024-03-19,North,Alice,Widget,11,9.99,0
2024-03-30,West,Grace,Gizmo,0,4.25,0
"""


class Sale:
    __slots__ = ("day", "region", "rep", "product", "units", "price", "discount")

    def __init__(self, row):
        self.day = date.fromisoformat(row["date"])
        self.region, self.rep, self.product = row["region"], row["rep"], row["product"]
        self.units = int(row["units"])
        self.price = float(row["unit_price"])
        self.discount = float(row["discount"])

    @property
    def revenue(self):
        return round(self.units * self.price * (1 - self.discount), 2)

    @property
    def month(self):
        return self.day.strftime("%Y-%m")


sales = [Sale(r) for r in csv.DictReader(io.StringIO(RAW))]
print(len(sales), "rows;", sum(s.units for s in sales), "units;", f"{sum(s.revenue for s in sales):,.2f} revenue")

# Table 1: per-rep totals, sorted by revenue desc then name
totals = defaultdict(lambda: {"units": 0, "revenue": 0.0, "orders": 0})
for s in sales:
    t = totals[s.rep]
    t["units"] += s.units
    t["revenue"] += s.revenue
    t["orders"] += 1
header = "{:<8}|{:>6}|{:>7}|{:>11}|{:>7}".format("Rep", "Orders", "Units", "Revenue", "Share")
print(header)
print("-" * len(header))
grand = sum(t["revenue"] for t in totals.values())
for rep, t in sorted(totals.items(), key=lambda kv: (-kv[1]["revenue"], kv[0])):
    print("{rep:<8}|{orders:>6d}|{units:>7,d}|{revenue:>11,.2f}|{share:>7.1%}".format(
        rep=rep, share=t["revenue"] / grand, **t))
print("=" * len(header))
print(f"{'TOTAL':<8}|{sum(t['orders'] for t in totals.values()):>6}|"
      f"{sum(t['units'] for t in totals.values()):>7,}|{grand:>11,.2f}|{1:>7.1%}")

# Table 2: monthly by region via groupby (requires sorting first)
keyf = operator.attrgetter("month", "region")
print()
for month, group in itertools.groupby(sorted(sales, key=keyf), key=operator.attrgetter("month")):
    rows = list(group)
    by_region = {r: round(sum(s.revenue for s in g), 2)
                 for r, g in itertools.groupby(rows, key=operator.attrgetter("region"))}
    cells = "  ".join(f"{r[:1]}={v:>8.2f}" for r, v in by_region.items())
    print(f"{month}  n={len(rows):<2d} {cells}")

# Table 3: product mix with %-formatting
print()
products = sorted({s.product for s in sales}, key=lambda p: (len(p), p))
for p in products:
    ps = [s for s in sales if s.product == p]
    units = [s.units for s in ps]
    print("%-18s %3d orders %5d units  avg %6.2f  median %5.1f  max %3d" % (
        p, len(ps), sum(units), statistics.mean(units), statistics.median(units), max(units)))

# Ranking with ties (dense rank) by units
ranked = sorted(sales, key=lambda s: (-s.units, s.day, s.rep))
rank, prev = 0, None
for s in ranked[:6]:
    if s.units != prev:
        rank += 1
        prev = s.units
    print(f"#{rank:<2} {s.day:%d %b} {s.rep:>6} {s.product!r:<21} {s.units:>3}")

# Discount buckets and a histogram
buckets = defaultdict(list)
for s in sales:
    buckets["none" if s.discount == 0 else "low" if s.discount <= 0.1 else "high"].append(s.revenue)
for name in ("none", "low", "high"):
    vals = buckets[name]
    bar = "#" * round(sum(vals) / 50)
    print(f"{name:>5} {len(vals):2} {sum(vals):9.2f} {bar}")

# CSV round-trip of the summary with quoting
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["rep", "revenue", "note"])
for rep, t in sorted(totals.items()):
    w.writerow([rep, round(t["revenue"], 2), 'says "hi"' if rep == "Bob" else ""])
print(out.getvalue(), end="")
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back[1], type(back[1][1]).__name__, back[2][2])

# Templated memo, wrapped
best = max(totals, key=lambda r: totals[r]["revenue"])
memo = Template("Dear $name, your Q1 revenue of $$${amount} from ${orders} orders "
                "ranks first among $count reps in all $regions regions. Keep it up!")
text = memo.safe_substitute(name=best, amount=f"{totals[best]['revenue']:,.2f}",
                            orders=totals[best]["orders"], count=len(totals))
print(textwrap.fill(text, width=44, initial_indent="  ", subsequent_indent="    "))
print("{0[0]}-{0[1]}: {1.year}/{1.month:02d} {2!r:^10} {3:*>+8.3f} {4:#x} {5:e}".format(
    (1, 2), date(2024, 3, 9), "mid", 3.14159, 255, 1234.5))
print("{:>{w}.{p}f}|{:<{w}}|{:^{w}}".format(2 / 3, "ab", "cd", w=7, p=3))
print("%(rep)s sold %(units)05d units (%(pct).1f%%)" % {"rep": "Eve", "units": 42, "pct": 12.345})
print(format(1234567.891, ",.1f"), format(-0.5, "+.0f"), format(0.5, ".0f"), format(1.5, ".0f"),
      format(12345, "_"), format(42, "08.3f"), format("x", "^5"), format(3, "b"), format(1e-7, ".2g"))
