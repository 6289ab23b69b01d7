# dict views: set operations, live updates, membership, reversed, mapping.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, ("d", 5) in it, "a" in k)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    v == v
    print("values views compare by identity:", v == d.values())
except Exception as e:
    print(type(e).__name__)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
print(k.mapping if hasattr(k, "mapping") else "no mapping")
d2 = {}
keys = d2.keys()
for i in range(3):
    d2[i] = i * i
print(keys, list(keys), sum(d2.values()))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
x = {"one": 1}
print(repr(x.items()), str(x.values()), [*x.items()], dict(x.items()))
big = {i: str(i) for i in range(10)}
for i in range(0, 10, 2):
    del big[i]
print(big, list(big.keys()))
big[0] = "zero"
print(list(big.items())[-1])
