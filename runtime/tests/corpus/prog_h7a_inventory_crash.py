# An inventory system that ends with an uncaught custom exception.
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import total_ordering


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"cannot take {wanted} of {sku!r}: only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have


@total_ordering
@dataclass(frozen=True)
class Item:
    sku: str
    price_cents: int

    def __lt__(self, other):
        return (self.price_cents, self.sku) < (other.price_cents, other.sku)

    @property
    def price(self):
        return f"${self.price_cents // 100}.{self.price_cents % 100:02d}"


@dataclass
class Store:
    stock: Counter = field(default_factory=Counter)
    catalog: dict = field(default_factory=dict)
    history: defaultdict = field(default_factory=lambda: defaultdict(list))

    def add(self, item, qty):
        self.catalog[item.sku] = item
        self.stock[item.sku] += qty
        self.history[item.sku].append(("+", qty))

    def take(self, sku, qty):
        if sku not in self.catalog:
            raise KeyError(sku)
        have = self.stock[sku]
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] -= qty
        self.history[sku].append(("-", qty))
        return self.catalog[sku].price_cents * qty

    def value(self):
        return sum(self.catalog[s].price_cents * n for s, n in self.stock.items())


s = Store()
for sku, price, qty in [("apple", 45, 10), ("pear", 60, 4), ("kiwi", 25, 30), ("melon", 310, 2)]:
    s.add(Item(sku, price), qty)
print(sorted(s.catalog.values()))
print([i.price for i in sorted(s.catalog.values(), reverse=True)])
print("value", s.value(), s.stock.most_common(2))
orders = [("apple", 3), ("kiwi", 12), ("grape", 1), ("pear", 5), ("melon", 2), ("pear", 4)]
revenue = 0
for sku, qty in orders:
    try:
        revenue += s.take(sku, qty)
        print(f"sold {qty:>2} {sku:<6} total {revenue}")
    except OutOfStock as e:
        print("refused:", e, (e.wanted, e.have))
    except KeyError as e:
        print("unknown sku", e, repr(e))
print(dict(s.stock), +s.stock)
print({k: v for k, v in s.history.items() if len(v) > 1})
print(Item("a", 1) <= Item("a", 1), Item("b", 2) > Item("a", 2), max(s.catalog.values()))
s.take("melon", 1)
