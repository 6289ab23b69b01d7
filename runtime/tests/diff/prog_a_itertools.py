"""itertools in a sales-data pipeline."""
import itertools as it
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-01", "east", 45),
    ("2024-02", "north", 100), ("2024-02", "south", 95),
    ("2024-03", "north", 130), ("2024-03", "east", 60), ("2024-03", "west", 10),
]

for month, rows in groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=lambda r: r[1])
print({k: sum(r[2] for r in g) for k, g in groupby(by_region, lambda r: r[1])})
print([(k, len(list(g))) for k, g in groupby("aaabccddddea")])
print([k for k, _ in groupby([1, 1, 2, 2, 1])])
g = groupby("aabb")
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))

totals = [r[2] for r in sales]
print(list(accumulate(totals)), list(accumulate(totals, max)), list(accumulate(totals, initial=1000)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(product([1, 2], ["x"], [True, False])), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([1, 2, 3], 0)))
print(list(combinations("abcd", 3)), list(combinations(range(3), 5)))
print(list(combinations_with_replacement("ab", 3)))
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice("abcdefg", 1, 6, 2)))
print(list(islice(cycle("xyz"), 8)), list(islice(range(10), 3, None)), list(islice(range(10), None)))
print(list(zip_longest("abc", [1, 2], fillvalue="-")), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = tee("xyz", 3)
print(list(zip(t1, t2, t3)))
print(list(takewhile(lambda x: x < 100, totals)), list(dropwhile(lambda x: x < 100, totals)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(5), [1, 1])))
print(list(repeat("ab", 3)), list(map(pow, range(5), repeat(2))), list(repeat(1, 0)))
print(list(pairwise("abcd")), list(pairwise([1])), [b - a for a, b in pairwise(totals)])

menu = {"burger": 8.5, "salad": 7.0, "soup": 4.25, "fries": 3.0, "shake": 5.5}
budget = 12
combos = [c for r in (2, 3) for c in combinations(sorted(menu), r) if sum(menu[x] for x in c) <= budget]
for c in combos:
    print(f"  {' + '.join(c):<24} = {sum(menu[x] for x in c):6.2f}")

schedule = list(zip(cycle(["mon", "tue", "wed"]), ["ann", "bob", "cy", "dee", "eve"]))
print(schedule)
ids = count(1)
tickets = [(next(ids), name) for name in ["a", "b", "c"]]
print(tickets, next(ids))
print(repr(count(5)), repr(count(2, 3)), repr(count(1.0)), repr(repeat("x", 2)), repr(repeat(0)))


def chunked(iterable, n):
    it_ = iter(iterable)
    while chunk := list(islice(it_, n)):
        yield chunk


print(list(chunked(range(11), 4)))


def window(seq, n):
    its = tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)


print(list(window(range(6), 3)))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(chain.from_iterable(zip(*grid))), [list(x) for x in zip(*grid)])
for bad in [lambda: list(islice("abc", -1)), lambda: list(permutations("ab", -1)), lambda: list(repeat(1, "x")),
            lambda: next(chain(1)), lambda: list(combinations("ab", -2)), lambda: list(accumulate([1, "a"]))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(1 for _ in product(range(10), repeat=4)), list(it.islice(it.permutations(range(4)), 5, 8)))
print(sorted(set(map(frozenset, combinations("abcd", 2))) - {frozenset("ab")}, key=sorted)[:3])
print(list(map(operator.add, [1, 2], [10, 20])), list(zip("ab", count())), dict(zip("abc", range(3))))
print(list(enumerate("xyz", start=-1)), list(reversed(list(enumerate("ab")))), list(zip("abc", "de", strict=False)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "de", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
