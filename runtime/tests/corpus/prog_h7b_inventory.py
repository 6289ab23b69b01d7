import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from collections import defaultdict
from typing import Optional

class Category(Enum):
    TOOL = 'tool'
    PART = 'part'
    FOOD = 'food'

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    qty: int = field(default=0, compare=False)
    price_cents: int = field(default=0, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.qty * self.price_cents

    def to_json(self):
        d = asdict(self)
        d['category'] = self.category.value
        return d

    @classmethod
    def from_json(cls, d):
        d = dict(d)
        d['category'] = Category(d['category'])
        return cls(**d)

class StockError(Exception):
    pass

class Inventory:
    def __init__(self):
        self._items = {}
        self.journal = []
    def add(self, item):
        if item.sku in self._items:
            raise StockError(f"duplicate sku {item.sku!r}")
        self._items[item.sku] = item
        self.journal.append(('add', item.sku, item.qty))
    def move(self, sku, delta):
        it = self._items.get(sku)
        if it is None:
            raise KeyError(sku)
        if it.qty + delta < 0:
            raise StockError(f"cannot remove {-delta} of {sku}: only {it.qty}")
        it.qty += delta
        self.journal.append(('move', sku, delta))
    def __iter__(self):
        return iter(sorted(self._items.values()))
    def __len__(self):
        return len(self._items)
    def __contains__(self, sku):
        return sku in self._items
    def by_category(self):
        out = defaultdict(list)
        for it in self:
            out[it.category.name].append(it.sku)
        return dict(sorted(out.items()))
    def total_value(self, category: Optional[Category] = None):
        return sum(it.value for it in self if category is None or it.category is category)
    def dump(self):
        return json.dumps([it.to_json() for it in self], sort_keys=True, indent=None, separators=(',', ':'))
    @classmethod
    def load(cls, s):
        inv = cls()
        for d in json.loads(s):
            inv.add(Item.from_json(d))
        return inv

inv = Inventory()
names = ['hammer', 'bolt', 'nut', 'apple', 'wrench', 'gear', 'bread', 'screw', 'saw', 'cheese']
cats = [Category.TOOL, Category.PART, Category.PART, Category.FOOD, Category.TOOL, Category.PART, Category.FOOD, Category.PART, Category.TOOL, Category.FOOD]
for i, (n, c) in enumerate(zip(names, cats)):
    inv.add(Item(f"{c.value[0].upper()}{i:03d}", n, c, qty=(i * 7) % 13, price_cents=150 + i * 37, tags=[c.value, n[0]]))
print(len(inv), inv.by_category())
for it in inv:
    print(f"{it.sku:6} {it.name:<8} {it.category.value:>5} {it.qty:3d} ${it.price_cents / 100:7.2f} = ${it.value / 100:9,.2f}")
print(inv.total_value(), inv.total_value(Category.FOOD), inv.total_value(Category.TOOL))
errors = []
for step in range(200):
    sku = sorted(inv._items)[step % len(inv)]
    delta = (step * 5) % 9 - 4
    try:
        inv.move(sku, delta)
    except StockError as e:
        errors.append(str(e))
print(len(errors), errors[:3])
try:
    inv.add(Item('P001', 'dup', Category.PART))
except StockError as e:
    print('StockError', e)
try:
    inv.move('ZZZ', 1)
except KeyError as e:
    print('KeyError', e)
s = inv.dump()
print(len(s), s[:160])
inv2 = Inventory.load(s)
print([a == b and a.qty == b.qty for a, b in zip(inv, inv2)], inv2.total_value() == inv.total_value())
print(json.dumps({'a': [1, 2.5, None, True], 'b': {'c': 'é\n'}}, ensure_ascii=True), json.dumps('é', ensure_ascii=False))
print(json.dumps({'z': 1, 'a': [1, {'y': 2}]}, indent=2, sort_keys=True))
print(json.loads('{"x": [1, 2.0, -3e2, "s\\u00e9", null, false]}'), json.loads('1e400'), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', "{'a': 1}", '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
print(json.dumps([float('inf'), float('nan')]), json.dumps({1: 'int key', None: 'none', 2.5: 'f'}), json.dumps((1, 2)))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Category):
            return o.name
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'c': Category.FOOD, 's': {3, 1, 2}}, cls=Enc))
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('3.25', parse_float=lambda s: 'F' + s), json.loads('7', parse_int=lambda s: int(s) * 2))
