"""Heap queue algorithm (a.k.a. priority queue), for Ember.

The list operations are native (`_heapq`); merge, nlargest and nsmallest are here, written
from the documented behaviour of CPython 3.11's heapq.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

import itertools

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)


class _Reversed:
    """Orders like the wrapped key, backwards (for merge(reverse=True))."""
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def merge(*iterables, key=None, reverse=False):
    '''Lazily yields the items of already sorted iterables in one sorted stream;
    equal items come out in the order of their iterables.'''
    h = []
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        h.append([_Reversed(k) if reverse else k, order, value, nxt])
    heapify(h)
    while len(h) > 1:
        while True:
            entry = h[0]
            yield entry[2]
            try:
                value = entry[3]()
            except StopIteration:
                heappop(h)
                break
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(h, entry)
    if h:
        entry = h[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return


def _n_best(n, iterable, key, largest):
    """The n smallest (largest) items in order, ties in input order: what
    sorted(iterable, key=key, reverse=largest)[:n] gives, holding n items at a time."""
    if n == 1:
        pick = max if largest else min
        missing = object()
        it = iter(iterable)
        best = pick(it, default=missing) if key is None else pick(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # The kept entries form a heap whose root is the worst of them (a max-heap for the
    # smallest, a min-heap for the largest). An entry is (item, order), or (key, order,
    # item) with a key; the order numbers (counting down for the largest) keep ties in
    # input order and spare the items themselves from comparisons on ties.
    step = -1 if largest else 1
    it = iter(iterable)
    orders = itertools.count(0, step)
    if key is None:
        kept = [(x, o) for o, x in zip(orders, itertools.islice(it, n))]
    else:
        kept = [(key(x), o, x) for o, x in zip(orders, itertools.islice(it, n))]
    if not kept:
        return kept
    (heapify if largest else _heapify_max)(kept)
    replace = heapreplace if largest else _heapreplace_max
    top = kept[0][0]
    order = n * step
    for x in it:
        k = x if key is None else key(x)
        if (top < k) if largest else (k < top):
            replace(kept, (x, order) if key is None else (k, order, x))
            top = kept[0][0]
            order += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first."""
    return _n_best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first."""
    return _n_best(n, iterable, key, True)
