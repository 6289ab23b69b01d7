"""Custom containers built on collections.abc mixins and the raw sequence protocol."""
from collections.abc import (MutableMapping, MutableSequence, Sequence, Set, MutableSet,
                             Mapping, Iterable, Sized, Container, Reversible, Hashable, Collection)
import collections.abc as cabc


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)

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
        return f"{type(self).__name__}({dict(self.items())!r})"


class Ring(Sequence):
    def __init__(self, items, offset=0):
        self._items = list(items)
        self._offset = offset

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError(f"ring index {i} out of range")
        return self._items[(i + self._offset) % n]


class SortedList(MutableSequence):
    def __init__(self, items=()):
        self._data = sorted(items)

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        raise TypeError("SortedList does not support item assignment; use add()")

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, index, value):
        lo, hi = 0, len(self._data)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._data[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        self._data.insert(lo, value)

    def __repr__(self):
        return f"SortedList({self._data})"


class IntervalSet(Set):
    def __init__(self, values=()):
        self._v = frozenset(values)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __contains__(self, x):
        return x in self._v

    def __iter__(self):
        return iter(sorted(self._v))

    def __len__(self):
        return len(self._v)

    def __repr__(self):
        return f"IntervalSet({sorted(self._v)})"

    __hash__ = Set._hash


class Countdown:
    """Old-style sequence protocol: only __getitem__."""
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


class NotIterable:
    __iter__ = None

    def __len__(self):
        return 0


class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __reversed__(self):
        print("  (custom __reversed__)")
        return iter(self.cards[::-1])

    def __contains__(self, card):
        print(f"  (custom __contains__ {card})")
        return card in self.cards


def main():
    h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
    h["content-type"] = "application/json"
    print(h, len(h), "CONTENT-TYPE" in h, h.get("accept"), h.get("x", "dflt"))
    print(sorted(h.keys()), sorted(h.values()), sorted(h.items()))
    print(h.pop("ACCEPT"), h.setdefault("X-New", "1"), h.setdefault("x-new", "2"), h)
    print(h == {"content-type": "application/json", "X-New": "1"}, h == {"Content-Type": "application/json", "X-New": "1"})
    print(h.popitem(), len(h))
    try:
        h.pop("nope")
    except KeyError as e:
        print("KeyError:", e)
    h.clear()
    try:
        h.popitem()
    except KeyError as e:
        print("KeyError:", repr(e))
    print(type(h.keys()).__name__, isinstance(h.items(), cabc.ItemsView))

    r = Ring("abcde", offset=2)
    print(list(r), r[0], r[-1], r[1:4], r[::-2], list(reversed(r)))
    print("a" in r, "z" in r, r.index("a"), r.count("c"))
    try:
        r.index("z")
    except ValueError as e:
        print("ValueError:", e)
    try:
        r[10]
    except IndexError as e:
        print("IndexError:", e)

    sl = SortedList([5, 1, 4])
    sl.append(3)
    sl.extend([2, 6])
    sl += [0]
    print(sl, sl.pop(), sl.pop(0), sl)
    sl.remove(4)
    print(sl, sl.index(3), 3 in sl)
    try:
        sl[0] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        sl.remove(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        sl.reverse()
    except TypeError as e:
        print("reverse -> TypeError:", e)

    a, b = IntervalSet([1, 2, 3, 4]), IntervalSet([3, 4, 5])
    print(a & b, a | b, a - b, a ^ b, a <= b, IntervalSet([3]) < a, a == IntervalSet([4, 3, 2, 1]))
    print(a.isdisjoint(b), a.isdisjoint([9]), hash(a) == hash(IntervalSet([1, 2, 3, 4])), type(a & b).__name__)
    print(a & {3, 9}, {3, 9} & a if False else "skip", a | frozenset([7]))
    try:
        print(a & [3])
    except TypeError as e:
        print("TypeError:", e)

    print(list(Countdown(4)), 2 in Countdown(4), 9 in Countdown(4), list(reversed([1, 2])))
    it = iter(Countdown(2))
    print(next(it), next(it), next(it, "stop"))
    try:
        reversed(Countdown(3))
    except TypeError as e:
        print("TypeError:", e)
    try:
        iter(NotIterable())
    except TypeError as e:
        print("TypeError:", e)
    print(isinstance(NotIterable(), Iterable), isinstance(NotIterable(), Sized))

    d = Deck()
    print(list(reversed(d)), "2H" in d, d[-1])
    print([isinstance(d, abc) for abc in (Sized, Container, Iterable, Reversible, Collection, Sequence)])
    print(isinstance(Ring("x"), Hashable), isinstance(a, Hashable), isinstance(h, Hashable))
    calls = iter([1, 2, 3, 0, 5].pop, 0)
    print(list(calls))
    print(sorted(SortedList.__abstractmethods__), sorted(Sequence.__abstractmethods__))
    try:
        class Half(Mapping):
            def __getitem__(self, k):
                return k
        Half()
    except TypeError as e:
        print("TypeError:", e)


main()
