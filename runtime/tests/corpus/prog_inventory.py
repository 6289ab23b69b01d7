# An inventory/order system: classes, validation, reports, sorting and grouping.
class OutOfStock(Exception):
    pass
class Product:
    def __init__(self, sku, name, category, price_cents, qty):
        self.sku, self.name, self.category = sku, name, category
        self.price_cents, self.qty = price_cents, qty
    @property
    def value(self):
        return self.price_cents * self.qty
    def __repr__(self):
        return f"Product({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []
    def add(self, p):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
    def restock(self, sku, n):
        self.products[sku].qty += n
        self.log.append(("restock", sku, n))
    def order(self, lines):
        missing = [(sku, n) for sku, n in lines if self.products[sku].qty < n]
        if missing:
            raise OutOfStock(", ".join(f"{sku} (want {n}, have {self.products[sku].qty})" for sku, n in missing))
        total = 0
        for sku, n in lines:
            self.products[sku].qty -= n
            total += self.products[sku].price_cents * n
            self.log.append(("sell", sku, n))
        discount = total // 10 if total >= 100_00 else 0
        return total - discount, discount
    def report(self):
        rows = sorted(self.products.values(), key=lambda p: (p.category, -p.value, p.sku))
        print(f"{'SKU':<8}{'Name':<18}{'Cat':<10}{'Price':>9}{'Qty':>6}{'Value':>12}")
        cur = None
        for p in rows:
            if p.category != cur:
                cur = p.category
                sub = sum(q.value for q in rows if q.category == cur)
                print(f"-- {cur} (subtotal {sub / 100:,.2f})")
            print(f"{p.sku:<8}{p.name:<18}{p.category:<10}{p.price_cents / 100:>9.2f}{p.qty:>6}{p.value / 100:>12,.2f}")
        print(f"{'TOTAL':<59}{sum(p.value for p in rows) / 100:>12,.2f}")
inv = Inventory()
for args in [("A100", "Widget", "tools", 2_50, 100), ("A200", "Gadget", "tools", 12_99, 20), ("B100", "Apple", "food", 45, 500),
             ("B200", "Bread", "food", 3_20, 30), ("C100", "Novel", "books", 15_00, 12), ("C200", "Atlas", "books", 45_00, 3),
             ("A300", "Sprocket", "tools", 75, 0)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A100", "Dup", "x", 1, 1))
except KeyError as e:
    print("KeyError", e)
inv.report()
orders = [[("A100", 10), ("B100", 50)], [("C200", 4)], [("A200", 10), ("C100", 2)], [("A300", 1), ("B200", 40)], [("C200", 3)]]
for i, o in enumerate(orders, 1):
    try:
        total, disc = inv.order(o)
        print(f"order {i}: total {total / 100:.2f} (discount {disc / 100:.2f})")
    except OutOfStock as e:
        print(f"order {i}: out of stock: {e}")
inv.restock("A300", 25)
inv.report()
sold = {}
for kind, sku, n in inv.log:
    if kind == "sell":
        sold[sku] = sold.get(sku, 0) + n
print(sorted(sold.items(), key=lambda kv: -kv[1]))
low = [p.sku for p in inv.products.values() if p.qty < 10]
print("low stock:", low)
by_cat = {}
for p in inv.products.values():
    by_cat.setdefault(p.category, []).append(p.name)
print({k: sorted(v) for k, v in sorted(by_cat.items())})
