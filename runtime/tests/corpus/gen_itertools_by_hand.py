# itertools-like helpers implemented with generators.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def islice(it, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1
def cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        yield from saved
def repeat(x, n=None):
    if n is None:
        while True:
            yield x
    for _ in range(n):
        yield x
def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur = sentinel
    group = []
    for x in it:
        k = key(x)
        if cur is not sentinel and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(x)
    if group:
        yield cur, group
def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [r + [y] for r in result for y in pool]
    for r in result:
        yield tuple(r)
def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest
def zip_longest(*its, fillvalue=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in its:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(islice(count(), 5)), list(islice(count(10, 5), 2, 8, 2)), list(islice("abcdefg", 3)))
print(list(islice(cycle("ab"), 7)), list(repeat("x", 3)), list(islice(repeat(0), 4)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print([(k, len(g)) for k, g in groupby("aaabccddddae")])
print([(k, g) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda n: n % 2)])
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5], len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(pairwise("abcd")), list(pairwise([])))
primes = (n for n in count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 15)))
