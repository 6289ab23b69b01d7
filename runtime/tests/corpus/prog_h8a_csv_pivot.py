import csv
import io
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

RAW = """date,store,category,item,qty,price
2024-01-02,North,Fruit,Apple,10,0.50
2024-01-02,North,Fruit,Banana,24,0.25
2024-01-02,South,Dairy,Milk,6,1.20
2024-01-03,North,Dairy,Cheese,2,4.75
2024-01-03,South,Fruit,Apple,15,0.55
2024-01-03,East,Bakery,Bread,8,2.10
2024-01-04,East,Fruit,Cherry,3,6.00
2024-01-04,North,Bakery,Bagel,12,0.80
2024-01-04,South,Dairy,Milk,9,1.20
2024-01-05,East,Dairy,Yogurt,14,0.95
2024-01-05,South,Bakery,Bread,5,2.00
2024-01-05,North,Fruit,Apple,7,0.50
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
for r in rows:
    r["qty"] = int(r["qty"])
    r["price"] = float(r["price"])
    r["revenue"] = round(r["qty"] * r["price"], 2)
print(len(rows), "rows; columns:", list(rows[0]))

def pivot(rows, row_key, col_key, val_key, agg=sum):
    cells = defaultdict(list)
    rks, cks = set(), set()
    for r in rows:
        cells[r[row_key], r[col_key]].append(r[val_key])
        rks.add(r[row_key])
        cks.add(r[col_key])
    return sorted(rks), sorted(cks), {k: agg(v) for k, v in cells.items()}

def show(title, rks, cks, cells, fmt="{:.2f}"):
    print(f"\n{title}")
    w = max(len(c) for c in cks) + 2
    w = max(w, 9)
    print(f"{'':<10}" + "".join(f"{c:>{w}}" for c in cks) + f"{'TOTAL':>{w}}")
    col_tot = defaultdict(float)
    for rk in rks:
        line = f"{rk:<10}"
        tot = 0
        for ck in cks:
            v = cells.get((rk, ck))
            line += f"{fmt.format(v) if v is not None else '-':>{w}}"
            if v is not None:
                tot += v
                col_tot[ck] += v
        print(line + f"{fmt.format(tot):>{w}}")
    print(f"{'TOTAL':<10}" + "".join(f"{fmt.format(col_tot[c]):>{w}}" for c in cks) + f"{fmt.format(sum(col_tot.values())):>{w}}")

show("revenue by store x category", *pivot(rows, "store", "category", "revenue"))
show("qty by date x store", *pivot(rows, "date", "store", "qty"), fmt="{:.0f}")
show("max price by category x store", *pivot(rows, "category", "store", "price", max))
show("count by item x store", *pivot(rows, "item", "store", "qty", len), fmt="{:.0f}")

print("\nrunning revenue by date:")
run = 0.0
for d, grp in groupby(sorted(rows, key=itemgetter("date")), key=itemgetter("date")):
    day = sum(r["revenue"] for r in grp)
    run += day
    print(f"  {d} {day:8.2f} {run:9.2f} {'▇' * int(day // 5)}")

print("\ntop items by revenue:")
rev = defaultdict(float)
for r in rows:
    rev[r["item"]] += r["revenue"]
for i, (item, v) in enumerate(sorted(rev.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    print(f"  {i}. {item:<8}{v:>8.2f}")

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["store", "category", "revenue"], extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerows(sorted(rows, key=itemgetter("store", "category"))[:5])
print(out.getvalue(), end="")
out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a b", 1, 2.5, None, "q\"t"])
w.writerow([])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", "c\\d", 'e"f'])
print(repr(out.getvalue()))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, sn.has_header(RAW))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
