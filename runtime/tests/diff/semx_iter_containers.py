"""Custom containers: ring buffer, sparse vector, and a paged result set."""
import itertools
from collections.abc import Sequence, MutableMapping, Iterator


class Ring:
    """Fixed-size ring buffer supporting the sequence protocol via __getitem__ only."""

    def __init__(self, size):
        self.size = size
        self.data = []
        self.start = 0

    def push(self, item):
        if len(self.data) < self.size:
            self.data.append(item)
        else:
            self.data[self.start] = item
            self.start = (self.start + 1) % self.size

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("ring index out of range")
        return self.data[(self.start + i) % len(self.data)]


class SparseVec(Sequence):
    def __init__(self, length, items=None):
        self.length = length
        self.items = dict(items or {})

    def __len__(self):
        return self.length

    def __getitem__(self, i):
        if isinstance(i, slice):
            idx = range(*i.indices(self.length))
            return SparseVec(len(idx), {n: self.items[j] for n, j in enumerate(idx) if j in self.items})
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        return self.items.get(i, 0)

    def __contains__(self, value):
        print("    (fast contains)")
        return value in self.items.values() or (value == 0 and len(self.items) < self.length)

    def __reversed__(self):
        print("    (fast reversed)")
        for i in range(self.length - 1, -1, -1):
            yield self.items.get(i, 0)

    def __repr__(self):
        return f"SparseVec({self.length}, {dict(sorted(self.items.items()))})"


class Pager(Iterator):
    """Yields pages lazily; counts how many were fetched."""

    def __init__(self, total, per_page):
        self.total, self.per_page = total, per_page
        self.fetched = 0
        self.pos = 0

    def __next__(self):
        if self.pos >= self.total:
            raise StopIteration
        page = list(range(self.pos, min(self.pos + self.per_page, self.total)))
        self.pos += self.per_page
        self.fetched += 1
        return page


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._store = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"CID({dict(self.items())})"


r = Ring(3)
for x in "abcde":
    r.push(x)
print(list(r), r[0], r[-1], r[::-1], len(r), "c" in r, "a" in r)
print(list(reversed(r)), list(enumerate(r)), sorted(r, reverse=True), "".join(r))
print(list(zip(r, itertools.count(10))), dict(zip(r, r[1:])), max(r), min(r))
it = iter(r)
print(next(it), next(it), list(it), list(it))
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)

v = SparseVec(8, {1: 5, 4: 7, 6: -1})
print(v, list(v), v[-2], v[2:7], v[::3])
print(7 in v, 0 in v, 9 in v)
print(list(reversed(v)))
print(v.index(7), v.count(0), sum(v), isinstance(v, Sequence), len(v))
try:
    v.index(42)
except ValueError as e:
    print("ValueError:", e)

p = Pager(10, 4)
first = next(p)
print(first, p.fetched, iter(p) is p)
for page in p:
    print("page", page)
print(p.fetched, list(p), next(p, "exhausted"))
p2 = Pager(100, 7)
print(list(itertools.islice(itertools.chain.from_iterable(p2), 5, 16, 3)), p2.fetched)
print([len(pg) for pg in Pager(20, 6)], sum(map(sum, Pager(5, 2))))

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-length"] = "42"
h["CONTENT-TYPE"] = "application/json"
print(h, len(h), h["content-type"], "ACCEPT" in h, h.get("missing", "-"))
print(sorted(h), sorted(h.keys()), sorted(h.values()), h.pop("accept"), len(h))
h.setdefault("X-Id", "7")
print(sorted(h.items()), h == {"CONTENT-TYPE": "application/json", "content-length": "42", "X-Id": "7"})
del h["x-id"]
try:
    del h["x-id"]
except KeyError as e:
    print("KeyError:", e)
try:
    h.popitem(); h.popitem(); h.popitem()
except KeyError as e:
    print("KeyError popitem:", e)
print(h, bool(h))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(4)
print(list(c), list(c), [a * b for a, b in zip(c, c)], 3 in c, list(map(str, c)))
print(list(itertools.pairwise(c)), list(itertools.takewhile(lambda x: x > 2, c)), tuple(filter(None, [0, *c, 0])))
a, b, *rest = c
print(a, b, rest, [*c, *"xy"], {*c} == {1, 2, 3, 4}, dict.fromkeys(c, 0))
