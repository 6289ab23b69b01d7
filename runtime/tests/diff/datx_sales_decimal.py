import random
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext
from collections import defaultdict
from itertools import groupby
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field

rng = random.Random(2024)
REGIONS = ["North", "South", "East", "West"]
PRODUCTS = {"Widget": Decimal("19.99"), "Gadget": Decimal("4.25"),
            "Doohickey": Decimal("123.50"), "Gizmo": Decimal("0.99"),
            "Thingamajig": Decimal("1499.00")}

CSVISH = []
for i in range(60):
    prod = rng.choice(sorted(PRODUCTS))
    CSVISH.append(f"{i + 1:04d};{rng.choice(REGIONS)};{prod};{rng.randint(1, 40)};{rng.choice(['0', '5', '10', '12.5'])}")
DATA = "\n".join(CSVISH)


@dataclass(order=True)
class Sale:
    region: str
    product: str
    order_id: str = field(compare=False)
    qty: int = field(compare=False)
    discount_pct: Decimal = field(compare=False)

    @property
    def gross(self):
        return PRODUCTS[self.product] * self.qty

    @property
    def net(self):
        d = self.gross * (Decimal(100) - self.discount_pct) / Decimal(100)
        return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


sales = []
for row in DATA.splitlines():
    oid, reg, prod, qty, disc = row.split(";")
    sales.append(Sale(reg, prod, oid, int(qty), Decimal(disc)))
sales.sort()
print(sales[0])
print(len(sales), "sales")

TAX = Decimal("0.0825")
print(f"{'Region':<8}{'Product':<13}{'Qty':>5}{'Gross':>14}{'Net':>14}{'Tax':>10}")
print("-" * 64)
grand = Decimal(0)
for region, grp in groupby(sales, key=attrgetter("region")):
    sub = Decimal(0)
    for product, pg in groupby(grp, key=attrgetter("product")):
        pg = list(pg)
        q = sum(s.qty for s in pg)
        gross = sum((s.gross for s in pg), Decimal(0))
        net = sum((s.net for s in pg), Decimal(0))
        tax = (net * TAX).quantize(Decimal("0.01"), ROUND_HALF_UP)
        sub += net + tax
        print(f"{region:<8}{product:<13}{q:>5}{gross:>14,.2f}{net:>14,}{tax:>10}")
    print(f"{'':<8}{'subtotal':<13}{'':>5}{'':>14}{sub:>14,.2f}")
    grand += sub
print("=" * 64)
print(f"{'GRAND':<26}{grand:>38,.2f}")
print(f"grand underscore {float(grand):_.2f} / {int(grand):_d} / {int(grand):#_x}")

# rounding mode comparison
vals = [Decimal("2.675"), Decimal("2.665"), Decimal("-2.675"), Decimal("0.125"), Decimal("1.005")]
for v in vals:
    print(v, v.quantize(Decimal("0.01"), ROUND_HALF_UP),
          v.quantize(Decimal("0.01"), ROUND_HALF_EVEN),
          v.quantize(Decimal("0.01"), ROUND_DOWN), round(v, 2), f"{v:.2f}")

# share of revenue per region
per_region = defaultdict(Decimal)
for s in sales:
    per_region[s.region] += s.net
total = sum(per_region.values())
for reg, amt in sorted(per_region.items(), key=itemgetter(1), reverse=True):
    share = amt / total
    print(f"{reg:>6} {amt:>12,.2f} {float(share):>8.2%} {share:.4f} {'#' * int(share * 50)}")

with localcontext() as ctx:
    ctx.prec = 6
    print("prec6:", Decimal(1) / Decimal(7), total / 3)
print("prec default:", getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal("1499.00").as_tuple(), Decimal("-0.0500").normalize(), Decimal("1E+3").to_integral_value())
print(Decimal("10.50") % 3, divmod(Decimal("10.50"), 3), Decimal("2") ** 10, Decimal(2).sqrt())
print(max(sales, key=attrgetter("net")).order_id, min(s.net for s in sales))
print(sorted({s.discount_pct for s in sales}))
print(f"{Decimal('1234567.891'):>20,.1f}|{Decimal('0.000123'):e}|{Decimal('12345.6789'):g}|{Decimal('7'):^9}|")
print(repr(Decimal("3.10") + Decimal("0.90")), str(Decimal("0E-7")), Decimal("1.30").compare(Decimal("1.3")))
