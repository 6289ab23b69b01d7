# A sales report assembled with multi-line expressions: calls spread over
# several lines, chained method calls and long lines. The final failure's
# carets span a multi-line subexpression; earlier lines print the results.
from collections import defaultdict

SALES = [
    ("north", "widget", 12, 2.50),
    ("north", "gadget", 3, 10.00),
    ("south", "widget", 7, 2.50),
    ("south", "gizmo", 1, 99.99),
    ("east", "gadget", 0, 10.00),
]


def totals_by(key_index, rows):
    out = defaultdict(float)
    for row in rows:
        out[row[key_index]] += row[2] * row[3]
    return dict(out)


def share(part, whole):
    return round(100 * part / whole, 1)


def average_price(rows, region):
    units = sum(r[2] for r in rows if r[0] == region)
    revenue = sum(r[2] * r[3] for r in rows if r[0] == region)
    return revenue / units


by_region = totals_by(0, SALES)
by_product = totals_by(1, SALES)
grand_total = sum(by_region.values())
print(f"grand total: {grand_total:.2f}")
report = {
    region: {
        "revenue": round(amount, 2),
        "share": share(amount,
                       grand_total),
    }
    for region, amount in sorted(by_region.items())
}
for region, info in report.items():
    print(f"{region:<6} {info['revenue']:>8.2f} {info['share']:>5}%")
labels = (
    "  ".join(name.upper() for name in sorted(by_product))
    .replace("GADGET", "Gadget")
    .split()
)
print(labels)
print("avg north:", round(average_price(SALES, "north"), 3), "avg south:", round(average_price(SALES, "south"), 3), "regions:", len(by_region))
summary = [
    (region,
     round(
         average_price(
             SALES,
             region,
         ),
         2,
     ))
    for region in sorted(by_region)
]
print(summary)
