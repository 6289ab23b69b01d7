# Dict ordering and views, set algebra, frozenset, list slicing and slice assignment.
inventory = {"apples": 3, "pears": 0, "kiwis": 7}
inventory["bananas"] = 2
inventory["apples"] += 1
del inventory["pears"]
inventory["pears"] = 5
print(inventory, list(inventory), list(inventory.values()), list(inventory.items())[:2])
keys = inventory.keys()
vals = inventory.values()
items = inventory.items()
inventory["figs"] = 1
print(keys, len(vals), ("figs", 1) in items, "kiwis" in keys, 7 in vals)
print(keys & {"figs", "zzz"}, keys | {"x"} == set(inventory) | {"x"}, sorted(keys - {"apples"}), sorted(keys ^ {"apples", "new"}))
print(sorted(items, key=lambda kv: kv[1]), reversed(keys).__class__.__name__, list(reversed(items))[0])
print(items & {("figs", 1)}, keys.isdisjoint({"q"}), type(keys).__name__, type(items).__name__, repr(vals)[:12])
try:
    for k in inventory:
        inventory[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
inventory = {k: v for k, v in inventory.items() if not k.endswith("!")}
d2 = dict(inventory, extra=9)
d3 = inventory | {"apples": 100}
inventory |= {"zz": 0}
print(d2, d3, inventory)
print(dict.fromkeys("abc", 0), dict([("a", 1), ("b", 2)]), dict(zip("xy", [1, 2])), {**d3, "apples": -1}["apples"])
print(inventory.pop("zz"), inventory.pop("missing", "dflt"), inventory.setdefault("new", []), inventory.popitem(), inventory.get("kiwis"))
try:
    inventory.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3}, {(1, 2): "t", frozenset({1}): "f"})

class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
dd = Default(a=1)
print(dd["hello"], dd["a"], dd, dd.get("nope"), "nope" in dd, isinstance(dd, dict), type(dd | {}).__name__)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}), a.issuperset([1, 2]))
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([1, 10]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {5}
print(sorted(c), c.pop() in {1, 5, 10}, len(c))
fs = frozenset("hello")
print(sorted(fs), fs | {"z"} == frozenset("helloz"), type(fs | {"z"}).__name__, type({"z"} | fs).__name__, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
print({frozenset({1, 2}): "pair"}[frozenset({2, 1})], set() == frozenset(), {1, 2} == frozenset({1, 2}), repr(frozenset()), repr(set()))
s = {3, 1, 2}
s.discard(7)
s.add(1)
try:
    s.remove(7)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)

data = list(range(10))
print(data[::-1], data[-3:], data[:-3], data[8:2:-2], data[::3], data[-1:-11:-3], data[100:], data[-100:2], data[5:5])
data[2:5] = ["a", "b"]
print(data)
data[::2] = "VWXYZ"[: len(data[::2])]
print(data)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
data[1:1] = [0, 0, 0]
del data[::3]
print(data, len(data))
data[:] = []
print(data)
lst = [5, 3, 8, 1]
lst[len(lst):] = [9]
lst[-1:-3:-1] = ["p", "q"]
print(lst, lst[slice(1, None, 2)], slice(1, 10, 3).indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print([0, 1, 2, 3, 4, 5][slice(-2, None)], "abcdef"[::-2], (1, 2, 3)[::-1], range(10)[2:8:3], range(10)[::-1][2])
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2][1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    (1,)[str(1)]
except TypeError as e:
    print("TypeError", e)
try:
    del [][0]
except IndexError as e:
    print("IndexError", e)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(m, alias)
print([1, 2, 3].index(2), [1, 2, 1].count(1), [3, 1, 2].copy(), [1, 2] * 2, [[1]] + [[2]], [] == [], [1, [2]] < [1, [3]])
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError", e)
nested = [1, [2, [3, [4]]]]
nested[1][1].append(nested)
print(nested)
rd = {"k": None}
rd["k"] = rd
print(rd, [rd, rd])
