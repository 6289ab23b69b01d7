# A dict whose keys change while its size stays the same: the iterator raises
# "dictionary keys changed during iteration" once it finds more items than it had.
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
del d["a"]
d["c"] = 3
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))

d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(next(it))
d.pop(3)
d[4] = 4
got = []
try:
    for kv in it:
        got.append(kv)
except RuntimeError as e:
    print(got, "RuntimeError", e)
else:
    print(got)

# The size check comes first.
d = {"x": 0}
it = iter(d.values())
d["y"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)

# Sets only check the size.
s = {1, 2}
it = iter(s)
next(it)
s.discard(1)
s.add(5)
print(sorted(it) in ([2], [5], [2, 5], []))
