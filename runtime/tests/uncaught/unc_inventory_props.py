# An inventory model whose failure travels through properties, __getattr__
# delegation and a chain of method calls before an AttributeError with a
# suggestion escapes.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, qty):
        return Money(self.cents * qty)

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Product:
    def __init__(self, sku, name, price_cents):
        self.sku = sku
        self.name = name
        self._price = Money(price_cents)

    @property
    def price(self):
        return self._price

    @property
    def label(self):
        return f"{self.sku}: {self.name} @ {self.price}"


class Line:
    def __init__(self, product, qty):
        self.product = product
        self.qty = qty

    def __getattr__(self, name):
        # Delegate unknown attributes to the product.
        return getattr(self.product, name)

    @property
    def total(self):
        return self.price * self.qty


class Order:
    def __init__(self, ident):
        self.ident = ident
        self.lines = []

    def add(self, product, qty):
        self.lines.append(Line(product, qty))
        return self

    def subtotal(self):
        result = Money(0)
        for line in self.lines:
            result = result + line.total
        return result

    def describe(self):
        parts = [line.label for line in self.lines]
        parts.append(f"subtotal {self.subtotal()}")
        return "; ".join(parts)

    def shipping_weight(self):
        return sum(line.weight_grams * line.qty for line in self.lines)


class Warehouse:
    def __init__(self):
        self.catalog = {}

    def register(self, *products):
        for p in products:
            self.catalog[p.sku] = p

    def order(self, ident, **quantities):
        o = Order(ident)
        for sku, qty in sorted(quantities.items()):
            o.add(self.catalog[sku], qty)
        return o

    def pack(self, order):
        print("packing", order.ident, "->", order.describe())
        return {"order": order.ident, "grams": order.shipping_weight()}


w = Warehouse()
w.register(Product("A1", "bolt", 25), Product("B2", "nut", 10), Product("C3", "washer", 5))
first = w.order("o-1", A1=4, B2=10)
print(first.describe())
print("subtotal of first:", first.subtotal())
second = w.order("o-2", C3=100)
print(second.lines[0].label, second.lines[0].total)
manifest = [w.pack(o) for o in (first, second)]
print(manifest)
