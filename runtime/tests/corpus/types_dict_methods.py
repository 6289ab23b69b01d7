# dict methods, ordering, views, errors.
d = {"b": 2, "a": 1, "c": 3}
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d["a"], d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("a", -1)])
print(d)
d["a"] = "replaced keeps position"
print(list(d.items()))
del d["a"]
d["a"] = "re-added at end"
print(list(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    e["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    e[[1]] = 2
except TypeError as ex:
    print("TypeError", ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError", ex)
try:
    dict([1, 2])
except TypeError as ex:
    print("TypeError", ex)
try:
    {}.update(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    e[("tuple", "key")]
except KeyError as ex:
    print("KeyError", ex)
try:
    e[""]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
m1, m2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= m2
print(m1)
print(d.copy() == d, d.copy() is d, "x" in d, 10 in d, 10 in d.values())
d.clear()
print(d, len(d), bool(d))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(max(counts, key=counts.get), min(counts.values()))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].get("z"))
keys = {1: "int", 1.0: "float", True: "bool"}
print(keys, len(keys))
keys2 = {(1, 2): "tuple", frozenset([1]): "fs", None: "none", "": "empty"}
print(keys2[(1, 2)], keys2[frozenset({1})], keys2[None], keys2[""])
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
try:
    for k in {"a": 1}:
        {"a": 1}.pop(k)
    dd = {"a": 1, "b": 2}
    for k in dd:
        del dd[k]
except RuntimeError as ex:
    print("RuntimeError", ex)
print(dict(zip("abc", range(3))), {**{"a": 1}, "b": 2})
print(str({}), repr({"s": "q'uote"}), {1: {2: {3: {}}}})
