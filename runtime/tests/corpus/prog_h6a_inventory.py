# Inventory system: hand-written dataclass-like records, validation, reports with f-strings.
class Field:
    _counter = 0
    def __init__(self, kind, default=None, required=True):
        self.kind = kind
        self.default = default
        self.required = required and default is None
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name

class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = sorted((v for v in ns.values() if isinstance(v, Field)), key=lambda f: f.order)
        cls = super().__new__(mcls, name, bases, ns)
        inherited = [f for b in bases for f in getattr(b, "_fields", ())]
        cls._fields = tuple(inherited + fields)
        return cls

class Record(metaclass=RecordMeta):
    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes at most {len(self._fields)} positional arguments ({len(args)} given)")
        values = dict(zip((f.name for f in self._fields), args))
        for k in kwargs:
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            if k not in {f.name for f in self._fields}:
                raise TypeError(f"unknown field {k!r}")
        values.update(kwargs)
        for f in self._fields:
            if f.name not in values:
                if f.required:
                    raise TypeError(f"missing field {f.name!r}")
                values[f.name] = f.default() if callable(f.default) else f.default
            v = values[f.name]
            if not isinstance(v, f.kind):
                raise TypeError(f"{f.name}: expected {f.kind.__name__}, got {type(v).__name__}")
            self.__dict__[f.name] = v
    def __repr__(self):
        args = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in self._fields)
    def __hash__(self):
        return hash(tuple(tuple(v) if isinstance(v, list) else v for v in self.astuple()))
    def astuple(self):
        return tuple(getattr(self, f.name) for f in self._fields)

class Product(Record):
    sku = Field(str)
    name = Field(str)
    price = Field(float)
    tags = Field(list, default=list, required=False)

class Perishable(Product):
    days = Field(int, default=7, required=False)

stock = [
    Product("A-100", "Widget", 2.5),
    Product("A-101", "Gadget", 12.0, ["tools"]),
    Perishable("F-001", "Milk", 0.99, days=5),
    Perishable("F-002", "Bread", 1.75, ["bakery"]),
    Product(sku="B-200", name="Sprocket", price=0.125),
]
for p in stock:
    print(p)
print(Product("A-100", "Widget", 2.5) == stock[0], stock[0] == Perishable("A-100", "Widget", 2.5), len(set(stock + [Product("A-100", "Widget", 2.5)])))
print([f.name for f in Perishable._fields], stock[0].tags is not stock[4].tags)
for args, kw in [((1, "x", 1.0), {}), (("s",), {}), (("s", "n", 1.0), {"name": "dup"}), (("s", "n", 1.0), {"colour": 1}), (("a", "b", 1.0, [], 3, 4), {})]:
    try:
        Perishable(*args, **kw)
    except TypeError as e:
        print("TypeError", e)

quantities = {"A-100": 120, "A-101": 8, "F-001": 30, "F-002": 0, "B-200": 10_000}
print(f"{'SKU':<6} {'Name':<10} {'Price':>8} {'Qty':>7} {'Value':>12}")
print("-" * 47)
total = 0.0
for p in sorted(stock, key=lambda p: (-quantities[p.sku] * p.price, p.sku)):
    q = quantities[p.sku]
    value = q * p.price
    total += value
    flag = "*" if q == 0 else ""
    print(f"{p.sku:<6} {p.name:<10} {p.price:>8.2f} {q:>7,} {value:>12,.2f}{flag}")
print("-" * 47)
print(f"{'Total':<33}{total:>14,.2f}")
print(f"{'Share of top item':<20}: {max(quantities[p.sku] * p.price for p in stock) / total:.1%}")

by_kind = {}
for p in stock:
    by_kind.setdefault(type(p).__name__, []).append(p.name)
print(by_kind)
restock = {sku: max(0, 50 - q) for sku, q in quantities.items() if q < 50}
print(restock, sum(restock.values()))
cheap, pricey = [], []
for p in stock:
    (cheap if p.price < 2 else pricey).append(p.sku)
print(cheap, pricey)
tags = sorted({t for p in stock for t in p.tags})
print(tags, [p.astuple()[:2] for p in stock if not p.tags])
prices = [p.price for p in stock]
mean = sum(prices) / len(prices)
var = sum((x - mean) ** 2 for x in prices) / (len(prices) - 1)
print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f} min={min(prices)} max={max(prices)} median={sorted(prices)[len(prices) // 2]}")
print(round(mean, 2), round(var, 3), f"{mean:e}", f"{var:G}")
