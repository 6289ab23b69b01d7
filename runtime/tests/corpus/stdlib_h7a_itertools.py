import itertools as it
from itertools import groupby, accumulate, product, permutations, combinations, combinations_with_replacement
import operator

data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [x[1] for x in g])
for k, g in groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, len(list(g)))
print([k for k, _ in groupby("aaabbbccaa")], [(k, len(list(g))) for k, g in groupby("aaabbbccaa")])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations([1, 2, 3, 4], 3)), list(combinations_with_replacement("xy", 3)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(10), None, 3)))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])), list(it.chain("x", [1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise([1, 2, 4, 7])), list(it.pairwise("a")))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("z", 3)), list(zip(range(3), it.repeat(0))))
cyc = it.cycle("ab")
print([next(cyc) for _ in range(5)])
print(list(it.islice(it.count(1.5, 0.5), 3)))


def chunks(iterable, n):
    itr = iter(iterable)
    while True:
        block = tuple(it.islice(itr, n))
        if not block:
            return
        yield block


print(list(chunks(range(10), 4)))


def window(seq, n):
    its = it.tee(seq, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)


print(list(window([1, 2, 3, 4, 5], 3)))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(it.chain(*grid)), [sum(col) for col in zip(*grid)])
running = list(accumulate(range(1, 11), lambda acc, x: acc + x * x))
print(running)
print(sorted(set(map("".join, permutations("aab")))))
try:
    list(it.islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(permutations([1, 2], -1))
except ValueError as e:
    print("ValueError:", e)
print(list(it.batched(range(5), 2)) if hasattr(it, "batched") else "no batched")
print(list(map(operator.add, [1, 2], [10, 20])), list(zip(*[(1, "a"), (2, "b")])))
