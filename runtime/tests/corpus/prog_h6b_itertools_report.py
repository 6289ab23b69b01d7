import itertools as it
import operator

sales = [
    ("2023-01", "north", 120), ("2023-01", "south", 80), ("2023-02", "north", 95),
    ("2023-02", "south", 130), ("2023-02", "east", 40), ("2023-03", "north", 150),
]
for month, rows in it.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))

print([(k, len(list(g))) for k, g in it.groupby("aaabbcdddd")])
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy", [True])))
print(list(it.permutations("abc", 2)))
print(len(list(it.permutations(range(5)))))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])))
print(list(it.chain([1], [], [2, 3])))
print(list(it.islice(it.count(10, 5), 3, 8)))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16])))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.repeat("x", 3)))
cyc = it.cycle("AB")
print([next(cyc) for _ in range(5)])
c = it.count(1.5, 0.5)
print([next(c) for _ in range(4)])
print(repr(it.count(3)), repr(it.count(2, 3)), repr(it.repeat(1, 2)))

def window(seq, n):
    its = it.tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)

print(list(window(range(6), 3)))

def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)

print(list(grouper("ABCDEFG", 3, "x")))

def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

print(list(powerset([1, 2, 3])))

# magic square search
sols = 0
for perm in it.permutations(range(1, 10)):
    if perm[0] + perm[1] + perm[2] != 15:
        continue
    rows = [perm[0:3], perm[3:6], perm[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(perm[i::3]) == 15 for i in range(3)) \
            and perm[0] + perm[4] + perm[8] == 15 and perm[2] + perm[4] + perm[6] == 15:
        sols += 1
        if sols == 1:
            print("first", rows)
print("solutions", sols)
try:
    list(it.islice([], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.pairwise(5)
except TypeError as e:
    print("TypeError:", e)
g = it.groupby([1, 1, 2])
k, grp = next(g)
next(g)
print(k, list(grp))
