"""Sales report built entirely from itertools pipelines."""
import itertools as it
import operator
from operator import itemgetter, attrgetter

RAW = """\
2023-01-03,north,widget,3,2.50
2023-01-03,south,gadget,1,10.00
2023-01-04,north,gadget,2,10.00
2023-01-04,north,widget,5,2.50
2023-01-05,east,widget,1,2.50
2023-01-05,south,widget,7,2.50
2023-01-06,east,gizmo,4,6.25
2023-01-06,north,gizmo,1,6.25
2023-01-07,south,gadget,3,10.00
"""

rows = [line.split(",") for line in RAW.splitlines()]
records = [(d, r, p, int(q), float(price)) for d, r, p, q, price in rows]

date_of, region_of = itemgetter(0), itemgetter(1)
print(itemgetter(1, 2)(records[0]), itemgetter(slice(0, 2))(records[0]))

# groupby by date (already sorted)
for day, grp in it.groupby(records, key=date_of):
    grp = list(grp)
    total = sum(q * p for *_, q, p in grp)
    print(day, len(grp), f"{total:.2f}")

# groupby requires sorting for region
by_region = sorted(records, key=region_of)
summary = {k: sum(map(operator.mul, map(itemgetter(3), g1), map(itemgetter(4), g2)))
           for k, (g1, g2) in ((k, it.tee(g)) for k, g in it.groupby(by_region, region_of))}
print(sorted(summary.items()))

# running totals with accumulate
daily = [sum(r[3] for r in g) for _, g in it.groupby(records, date_of)]
print(daily)
print(list(it.accumulate(daily)))
print(list(it.accumulate(daily, max)))
print(list(it.accumulate(daily, operator.mul, initial=1)))
print(list(it.accumulate([], initial=100)))
print(list(it.accumulate("abc")))

# pairwise day-over-day change
print([b - a for a, b in it.pairwise(daily)])
print(list(it.pairwise("x")), list(it.pairwise("")))

# islice for pagination
def page(seq, n, size):
    return list(it.islice(seq, n * size, (n + 1) * size))
print(page(records, 0, 2)[1][1:3], len(page(records, 4, 2)), page(records, 9, 2))
print(list(it.islice(it.count(10, 5), 3)), list(it.islice("abcdefg", 1, None, 2)))
for bad in [(-1,), (0, -2), (0, 5, 0), ("a",)]:
    try:
        it.islice(range(10), *bad)
    except ValueError as e:
        print(type(e).__name__, e)

# compress / filterfalse / dropwhile / takewhile
big = [r[3] >= 3 for r in records]
print([r[2] for r in it.compress(records, big)])
print([r[3] for r in it.filterfalse(lambda r: r[3] >= 3, records)])
print([r[0] for r in it.takewhile(lambda r: r[0] < "2023-01-05", records)])
print([r[0][-2:] for r in it.dropwhile(lambda r: r[0] < "2023-01-06", records)])

# starmap revenue
rev = list(it.starmap(lambda d, r, p, q, price: round(q * price, 2), records))
print(rev)

# product / combinations of regions and products
regions = sorted(set(map(region_of, records)))
products = sorted({r[2] for r in records})
sold = {(r[1], r[2]) for r in records}
missing = [pair for pair in it.product(regions, products) if pair not in sold]
print(missing)
print(list(it.combinations(regions, 2)))
print(len(list(it.permutations(products))), list(it.permutations(products, 1)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.product("01", repeat=3))[:4], len(list(it.product(range(3), "ab", repeat=2))))

# zip_longest for side-by-side columns
left = [r[2] for r in records if r[1] == "north"]
right = [r[2] for r in records if r[1] == "south"]
for a, b in it.zip_longest(left, right, fillvalue="-"):
    print(f"{a:8}|{b}")

# chain.from_iterable to flatten
print(sorted(set(it.chain.from_iterable(r[1:3] for r in records))))
print(list(it.chain("ab", [1], (), range(2))))

# cycle to assign shifts, repeat for defaults
staff = it.cycle(["ann", "bob", "cy"])
print([(d, next(staff)) for d in sorted(set(map(date_of, records)))])
print(list(map(pow, range(5), it.repeat(2))), list(it.repeat("z", 3)), repr(it.repeat(1, 2)))
print(repr(it.count(3)), repr(it.count(1.5, 0.5)), repr(it.count(2, 3)))
