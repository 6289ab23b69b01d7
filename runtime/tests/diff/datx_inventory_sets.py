import random
from collections import namedtuple, defaultdict, Counter
from functools import total_ordering, cmp_to_key, reduce
from operator import attrgetter, itemgetter, methodcaller
from itertools import chain, combinations, product, starmap

rng = random.Random(808)
Part = namedtuple("Part", "sku name category unit_cost")
CATS = ["fastener", "electrical", "plumbing", "paint"]
parts = [Part(f"P{n:04d}", f"{rng.choice(['bolt', 'wire', 'pipe', 'brush', 'nut', 'valve'])}-{n}",
              rng.choice(CATS), round(rng.uniform(0.05, 40), 2)) for n in range(1, 31)]

warehouses = {}
for wh in ["OSL", "BER", "MAD"]:
    warehouses[wh] = {p.sku: rng.randint(0, 120) for p in rng.sample(parts, rng.randint(12, 22))}

stocked = {wh: {sku for sku, q in inv.items() if q > 0} for wh, inv in warehouses.items()}
all_skus = {p.sku for p in parts}
print("sizes:", {wh: len(s) for wh, s in sorted(stocked.items())})
everywhere = set.intersection(*stocked.values())
anywhere = set.union(*stocked.values())
print("everywhere:", sorted(everywhere))
print("nowhere:", sorted(all_skus - anywhere))
print("only OSL:", sorted(stocked["OSL"] - stocked["BER"] - stocked["MAD"]))
print("OSL^BER:", len(stocked["OSL"] ^ stocked["BER"]), "disjoint:", stocked["OSL"].isdisjoint({"X"}))
print("subset:", everywhere <= stocked["MAD"], everywhere < anywhere, anywhere >= everywhere, frozenset("ab") == {"a", "b"})
for a, b in combinations(sorted(stocked), 2):
    inter = stocked[a] & stocked[b]
    jac = len(inter) / len(stocked[a] | stocked[b])
    print(f"  {a}-{b}: shared={len(inter):2d} jaccard={jac:.3f}")

# pivot: category x warehouse value
by_sku = {p.sku: p for p in parts}
pivot = {cat: {wh: round(sum(q * by_sku[s].unit_cost for s, q in inv.items() if by_sku[s].category == cat), 2)
               for wh, inv in warehouses.items()} for cat in CATS}
whs = sorted(warehouses)
print(f"{'category':<12}" + "".join(f"{w:>11}" for w in whs) + f"{'total':>12}")
for cat in sorted(pivot, key=lambda c: -sum(pivot[c].values())):
    row = pivot[cat]
    print(f"{cat:<12}" + "".join(f"{row[w]:>11,.2f}" for w in whs) + f"{sum(row.values()):>12,.2f}")
col_tot = {w: sum(pivot[c][w] for c in CATS) for w in whs}
print(f"{'TOTAL':<12}" + "".join(f"{col_tot[w]:>11,.2f}" for w in whs))
inverted = {w: {c: pivot[c][w] for c in CATS} for w in whs}
print({w: max(d, key=d.get) for w, d in inverted.items()})


@total_ordering
class StockLine:
    def __init__(self, wh, part, qty):
        self.wh, self.part, self.qty = wh, part, qty

    @property
    def value(self):
        return self.qty * self.part.unit_cost

    def __eq__(self, other):
        if not isinstance(other, StockLine):
            return NotImplemented
        return (self.value, self.part.sku) == (other.value, other.part.sku)

    def __lt__(self, other):
        return (self.value, self.part.sku) < (other.value, other.part.sku)

    def __repr__(self):
        return f"StockLine({self.wh!r}, {self.part.sku!r}, qty={self.qty})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.wh}/{self.part.sku}"
        return format(f"{self.wh}:{self.part.name}x{self.qty}", spec)


lines = [StockLine(wh, by_sku[s], q) for wh, inv in warehouses.items() for s, q in inv.items()]
lines.sort(reverse=True)
print(lines[:3])
print(f"{lines[0]:short} | {lines[1]:>30} | {lines[2]:*<28}|")
print(lines[0] >= lines[1], lines[5] <= lines[4], max(lines[3:9]) == lines[3], lines[0] == "x")


def by_cat_then_cost(a, b):
    if a.category != b.category:
        return -1 if a.category < b.category else 1
    return (a.unit_cost < b.unit_cost) - (a.unit_cost > b.unit_cost)


for p in sorted(parts, key=cmp_to_key(by_cat_then_cost))[:8]:
    print(f"  {p.category:<11}{p.unit_cost:>7.2f} {p.name}")

low = sorted(((wh, s, q) for wh, inv in warehouses.items() for s, q in inv.items() if q < 10),
             key=itemgetter(2, 0, 1))
print("low stock:", low[:6])
print("names upper:", list(map(methodcaller("upper"), [p.name for p in parts[:4]])))
print("dotted attrgetter:", sorted(lines, key=attrgetter("part.unit_cost", "wh"))[0])
print("cat counts:", Counter(map(attrgetter("category"), parts)).most_common())
print("reduce union:", len(reduce(set.__or__, stocked.values())), sum(starmap(pow, [(2, 3), (3, 2)])))
grid = list(product("AB", range(2), repeat=1))
print(grid, list(chain.from_iterable(sorted(s)[:2] for s in stocked.values())))
missing = defaultdict(set)
for wh, s in stocked.items():
    for sku in all_skus - s:
        missing[sku].add(wh)
print(sorted((k, sorted(v)) for k, v in missing.items() if len(v) == 3))
fs = frozenset(everywhere)
print(type(fs | {"x"}).__name__, type({"x"} | fs).__name__, hash(fs) == hash(frozenset(sorted(fs))))
s = set(range(10)); s -= {1, 2}; s &= set(range(0, 10, 2)) | {3}; s ^= {0, 99}; print(sorted(s))
s.difference_update([4], [6]); s.symmetric_difference_update({8, 7}); print(sorted(s), s.pop() in range(100), {1, 2}.union([3], (4,)))
