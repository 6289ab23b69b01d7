# Formatting a realistic report: aligned columns, totals, percentages, thousands separators.
sales = [
    ("North", "Widgets", 1520, 3.75),
    ("North", "Gadgets", 310, 12.5),
    ("South", "Widgets", 2875, 3.6),
    ("South", "Gizmos", 94, 149.99),
    ("East", "Gadgets", 1204, 11.75),
    ("East", "Widgets", 18, 4.0),
    ("West", "Gizmos", 411, 139.0),
    ("West", "Gadgets", 0, 12.0),
]
header = f"{'Region':<8}{'Product':<10}{'Units':>8}{'Price':>10}{'Revenue':>14}{'Share':>8}"
total = sum(u * p for _, _, u, p in sales)
print(header)
print("=" * len(header))
for region, product, units, price in sales:
    revenue = units * price
    print(f"{region:<8}{product:<10}{units:>8,}{price:>10.2f}{revenue:>14,.2f}{revenue / total:>8.1%}")
print("-" * len(header))
print(f"{'TOTAL':<18}{sum(s[2] for s in sales):>8,}{'':>10}{total:>14,.2f}{1:>8.1%}")
print()
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
width = 40
top = max(by_region.values())
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    bar = "#" * round(rev / top * width)
    print(f"{region:>6} | {bar:<{width}} | {rev:>12,.2f}")
print()
print(f"{'Product':^12}|{'Min':^10}|{'Max':^10}|{'Avg':^10}")
products = sorted({s[1] for s in sales})
for prod in products:
    units = [s[2] for s in sales if s[1] == prod]
    print(f"{prod:^12}|{min(units):^10}|{max(units):^10}|{sum(units) / len(units):^10.1f}")
print()
for i, (region, product, units, price) in enumerate(sales, 1):
    flag = "*" if units * price > 5000 else " "
    print("%2d%s %-6s %-8s %6d x %8.2f = %12s" % (i, flag, region, product, units, price, format(units * price, ",.2f")))
print()
print("{:-^50}".format(" summary "))
print("{:<30}{:>20}".format("Best region:", max(by_region, key=by_region.get)))
print("{:<30}{:>20}".format("Worst region:", min(by_region, key=by_region.get)))
print("{:<30}{:>20.3e}".format("Total (scientific):", total))
print("{:<30}{:>20x}".format("Total cents (hex):", round(total * 100)))
print("{:<30}{:>20}".format("Items with zero sales:", sum(1 for s in sales if s[2] == 0)))
