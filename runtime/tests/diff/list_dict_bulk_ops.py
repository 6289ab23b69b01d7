# Bulk list and dict operations that once copied the whole container: extended-slice
# assignment and deletion, plain slice deletion, dict.popitem; with the order in which
# the removed items are released (visible through __del__).
import collections


class Tracked:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.log.append(self.name)

    def __repr__(self):
        return self.name


def released(action):
    Tracked.log.clear()
    action()
    return list(Tracked.log)


def fresh(n=10):
    return [Tracked(f"t{i}") for i in range(n)]


# extended slices, both directions
for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -2),
           slice(8, 1, -3), slice(-1, -8, -2), slice(2, 9, 4)]:
    base = list(range(12))
    removed = base[sl]
    del base[sl]
    print("del", sl, base, removed)
    base = list(range(12))
    count = len(base[sl])
    base[sl] = [f"x{k}" for k in range(count)]
    print("set", sl, base)
    try:
        base[sl] = [0] * (count + 1)
    except ValueError as e:
        print("  ", e)

# plain slices
for lo, hi in [(0, 3), (7, 100), (-3, None), (5, 2), (4, 4)]:
    base = list(range(10))
    del base[lo:hi]
    print("del plain", lo, hi, base)

# release order: plain slices last first, extended slices in index order
items = fresh()
print(released(lambda: items.__delitem__(slice(2, 6))))
items = fresh()
print(released(lambda: items.__delitem__(slice(None, None, 3))))
items = fresh()
print(released(lambda: items.__delitem__(slice(None, None, -3))))
items = fresh()
print(released(lambda: items.__setitem__(slice(None, None, -4), [1, 2, 3])))
items = fresh()
print(released(lambda: items.__setitem__(slice(1, 8, 2), "abcd")))
print(items)

# self-referential assignment and huge steps
l = list(range(10))
l[::2] = l[1::2]
print(l)
l[::-1] = l
print(l)
l = list(range(10))
del l[::100]
print(l)
l[::1000] = ["only"]
print(l)

# a stack trimmed repeatedly from its end
stack = []
for i in range(50):
    stack.extend((i, i + 1, i + 2))
    del stack[-2:]
print(len(stack), stack[:6], stack[-3:])

# dict.popitem: last in, first out, also after deletions and reinsertions
d = {k: k * k for k in range(8)}
del d[7]
del d[6]
print(d.popitem(), d.popitem())
d[100] = 1
d[3] = "back"
print(list(d.items()))
while d:
    k, v = d.popitem()
    print(k, end=" ")
print()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)

big = {i: str(i) for i in range(30000)}
total = 0
while big:
    total += big.popitem()[0]
print(total)

od = collections.OrderedDict((c, ord(c)) for c in "abcdef")
print(od.popitem(), od.popitem(last=False), list(od))
cnt = collections.Counter("mississippi")
print(sorted(cnt.items()), cnt.popitem())
