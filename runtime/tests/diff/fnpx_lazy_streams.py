"""Lazy, memoised streams (SICP style) plus generator-based equivalents."""
import heapq
import itertools as it
from functools import cached_property, reduce


class Stream:
    __slots__ = ("head", "_thunk", "_tail", "__weakref__")
    EMPTY = None

    def __init__(self, head, thunk):
        self.head = head
        self._thunk = thunk
        self._tail = None

    @property
    def tail(self):
        if self._thunk is not None:
            self._tail = self._thunk()
            self._thunk = None
        return self._tail

    def __iter__(self):
        s = self
        while s is not None:
            yield s.head
            s = s.tail

    def take(self, n):
        return list(it.islice(self, n))

    def map(self, fn):
        return Stream(fn(self.head), lambda: self.tail.map(fn) if self.tail else None)

    def filter(self, pred):
        s = self
        while s is not None and not pred(s.head):
            s = s.tail
        if s is None:
            return None
        return Stream(s.head, lambda: s.tail.filter(pred) if s.tail else None)

    def __repr__(self):
        forced = []
        s = self
        while s is not None:
            forced.append(repr(s.head))
            if s._thunk is not None:
                forced.append("...")
                break
            s = s._tail
        return "Stream(" + ", ".join(forced) + ")"


def integers_from(n):
    return Stream(n, lambda: integers_from(n + 1))


def sieve(s):
    return Stream(s.head, lambda: sieve(s.tail.filter(lambda x, p=s.head: x % p)))


def from_list(items):
    items = list(items)
    if not items:
        return None
    return Stream(items[0], lambda: from_list(items[1:]))


nat = integers_from(1)
print(nat)
print(nat.take(5), nat)
evens = nat.map(lambda x: x * 2)
print(evens.take(6), evens)
primes = sieve(integers_from(2))
print(primes.take(15))
fin = from_list("abc")
print(list(fin), fin, list(from_list([]) or []))
print(from_list(range(10)).filter(lambda v: v > 7).take(5))
print(from_list(range(3)).filter(lambda v: v > 7))

evals = []
def noisy(x):
    evals.append(x)
    return x * x
sq = nat.map(noisy)
sq.take(3); sq.take(3)
print("evaluations:", evals)


# generator versions
def primes_gen():
    composites = {}
    for n in it.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)

print(list(it.islice(primes_gen(), 15)))
print(list(it.takewhile(lambda p: p < 60, primes_gen()))[-3:])


def hamming():
    seen = {1}
    heap = [1]
    while True:
        n = heapq.heappop(heap)
        yield n
        for f in (2, 3, 5):
            if n * f not in seen:
                seen.add(n * f)
                heapq.heappush(heap, n * f)

print(list(it.islice(hamming(), 20)))
merged = heapq.merge(it.islice(primes_gen(), 6), it.islice(hamming(), 6), [4, 8])
print(list(merged))
print(list(heapq.merge("adg", "beh", "cf", key=str.upper, reverse=False)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

lengths = {n: sum(1 for _ in collatz(n)) for n in range(1, 30)}
best = max(lengths, key=lengths.get)
print(best, lengths[best], list(collatz(6)))


class Fibs:
    @cached_property
    def table(self):
        return list(it.islice(self._gen(), 30))

    @staticmethod
    def _gen():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b

f = Fibs()
print(f.table[-1], f.table is f.table, reduce(lambda a, b: a ^ b, f.table))
running = it.accumulate(it.islice(Fibs._gen(), 10), lambda a, b: a + b, initial=0)
print(list(running))
window = lambda seq, n: zip(*(it.islice(s, i, None) for i, s in enumerate(it.tee(seq, n))))
print(list(window(range(7), 3)))
print(list(map(sum, window(iter([1, 2, 3, 4, 5]), 2))))
