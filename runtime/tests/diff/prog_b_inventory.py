"""Warehouse inventory reconciliation: dict views, set algebra, stable multi-key sorts, recursive reprs."""

stock = {"bolt": 120, "nut": 300, "washer": 75, "gear": 12, "spring": 40, "axle": 6}
orders = [
    ("acme", "bolt", 50, 3), ("zenith", "gear", 5, 1), ("acme", "nut", 100, 2),
    ("bluebird", "washer", 80, 1), ("zenith", "bolt", 80, 2), ("acme", "spring", 10, 1),
    ("bluebird", "axle", 6, 3), ("crane", "pulley", 2, 2), ("crane", "gear", 7, 2),
]

catalog = {"bolt", "nut", "washer", "gear", "spring", "axle", "pulley", "rivet"}
print("in stock, not in catalog:", stock.keys() - catalog)
print("catalog, not stocked:", sorted(catalog - stock.keys()))
print("ordered & stocked:", sorted({o[1] for o in orders} & stock.keys()))
print("symmetric:", sorted(stock.keys() ^ {"bolt", "rivet"}))
print("view equality:", stock.keys() == set(stock), {"a": 1}.items() <= {("a", 1), ("b", 2)})
print("items & set:", sorted(stock.items() & {("gear", 12), ("nut", 1)}))
print("disjoint:", stock.keys().isdisjoint({"rivet"}), stock.keys().isdisjoint(["nut"]))

keys_view, vals_view, items_view = stock.keys(), stock.values(), stock.items()
del stock["washer"]
stock["washer"] = 70
stock["pulley"] = 0
print("live views:", list(keys_view), sum(vals_view), len(items_view))
print("reversed:", list(reversed(stock)), list(reversed(stock.values()))[:3], type(reversed(stock.items())).__name__)
print("mapping proxy:", sorted(keys_view.mapping.items())[:2])

by_priority = sorted(orders, key=lambda o: o[3], reverse=True)
print("priority (stable):", [(c, p) for c, p, *_ in by_priority])
multi = sorted(orders, key=lambda o: (-o[3], o[0], -o[2]))
for cust, part, qty, prio in multi:
    print(f"  {prio} {cust:<9} {part:<7} {qty:>4}")
two_pass = sorted(orders, key=lambda o: o[2])
two_pass.sort(key=lambda o: o[0])
print("two-pass:", [(o[0], o[2]) for o in two_pass])

shipped, backorder = {}, {}
for cust, part, qty, _ in sorted(orders, key=lambda o: (-o[3], o[0])):
    have = stock.get(part, 0)
    send = min(have, qty)
    if send:
        stock[part] = have - send
        shipped.setdefault(cust, {})[part] = send
    if qty > send:
        backorder[(cust, part)] = qty - send
print("shipped:", shipped)
print("backorder:", backorder)
print("remaining:", {k: v for k, v in stock.items() if v})
print("empty bins:", [k for k, v in stock.items() if not v])

counts = {}
for cust, *_ in orders:
    counts[cust] = counts.get(cust, 0) + 1
ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("ranking:", ranking, "max:", max(counts, key=counts.get), "min:", min(counts.items(), key=lambda kv: kv[1]))
print("comprehensions:", {p: q for _, p, q, _ in orders}, {q % 4 for *_, q, _ in orders})
merged = {**stock, **{"rivet": 500}, "bolt": -1}
print("merge:", merged | {"axle": 99}, len(merged))
inverse = {}
for k, v in stock.items():
    inverse.setdefault(v, []).append(k)
print("inverse:", dict(sorted(inverse.items())))

bins = {"name": "A1", "parts": ["bolt", "nut"]}
bins["self"] = bins
bins["parts"].append(bins["parts"])
shelf = [bins, (1, 2)]
shelf.append(shelf)
print(bins)
print(shelf)
pair = ([], {})
pair[0].append(pair)
pair[1]["back"] = pair
print(pair)
s = {frozenset({1, 2}), frozenset()}
print(sorted(s, key=len), frozenset({3}) in s | {frozenset({3})})


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
root.children.append(Node("leaf"))
print(root)
root.children.append(root)
try:
    repr(root)
except RecursionError as e:
    print("RecursionError:", str(e)[:42])

records = [{"sku": s, "qty": q, "tags": t} for s, q, t in [("b", 2, ["x"]), ("a", 2, []), ("c", 1, ["y", "x"])]]
records.sort(key=lambda r: (r["qty"], len(r["tags"])))
print([r["sku"] for r in records])
print(sorted(["Bolt", "axle", "Nut", "gear"]), sorted(["Bolt", "axle", "Nut", "gear"], key=str.lower))
print(sorted([3, 1, 2], key=lambda x: 0), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello", reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {}.keys() + {}.keys()
except TypeError as e:
    print("TypeError:", e)
it = iter(stock)
next(it)
stock["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
