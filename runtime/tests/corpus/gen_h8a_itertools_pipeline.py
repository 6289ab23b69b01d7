from itertools import (groupby, accumulate, pairwise, product, islice, zip_longest, chain, count,
                       cycle, repeat, starmap, takewhile, dropwhile, filterfalse, compress, tee,
                       combinations, combinations_with_replacement, permutations)
import operator

readings = [("s1", 3), ("s1", 5), ("s2", 2), ("s2", 2), ("s1", 7), ("s3", 1), ("s3", 9), ("s3", 4)]
for sensor, grp in groupby(readings, key=operator.itemgetter(0)):
    vals = [v for _, v in grp]
    print(sensor, vals, sum(vals), max(vals))
print([(k, len(list(g))) for k, g in groupby("aaabccddddeaa")])
print(["".join(g) for _, g in groupby("112223333")])
print([k for k, _ in groupby(sorted("mississippi"))])

nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(list(accumulate(nums)))
print(list(accumulate(nums, max)))
print(list(accumulate(nums, operator.mul, initial=1)))
print(list(accumulate([100, -20, -30, 50], lambda bal, x: bal + x if bal + x >= 0 else bal)))
print(list(pairwise(nums)), list(pairwise("ab")), list(pairwise("a")))
print([b - a for a, b in pairwise(accumulate(nums))])
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(["".join(p) for p in product("01", repeat=3)])
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)), list(islice(range(100), 95, 200)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(chain.from_iterable(["ab", [1, 2], (3,)])), list(chain("x", "yz")))
print(list(islice(cycle("RGB"), 8)), list(repeat("z", 3)), list(map(pow, [2, 3], repeat(2))))
print(list(starmap(divmod, [(17, 5), (9, 3), (-7, 2)])))
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, nums)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("ab", 3)))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2))[:4])

# pipeline: parse log lines lazily, window, aggregate
LINES = """\
t=1 cpu=20
t=2 cpu=35
t=3 cpu=80
t=4 cpu=95
t=5 cpu=90
t=6 cpu=40
t=7 cpu=10
t=8 cpu=85
t=9 cpu=99
t=10 cpu=30
"""
def parse(lines):
    for line in lines:
        fields = dict(kv.split("=") for kv in line.split())
        yield int(fields["t"]), int(fields["cpu"])

def windows(it, n):
    it = iter(it)
    win = list(islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)

data = list(parse(LINES.splitlines()))
for w in windows(data, 3):
    avg = sum(c for _, c in w) / len(w)
    print(f"t{w[0][0]:>2}-t{w[-1][0]:<2} avg={avg:6.2f} {'HIGH' if avg > 70 else ''}")
hot = [list(g) for k, g in groupby(data, key=lambda tc: tc[1] >= 80) if k]
print("hot runs:", hot)
print("longest hot:", max(hot, key=len))
running_max = list(accumulate((c for _, c in data), max))
print(running_max)
batches = iter(range(1, 12))
while batch := list(islice(batches, 4)):
    print("batch", batch)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(zip(*grid)), list(chain.from_iterable(zip(*grid))))
print(sum(x * y for x, y in product(range(1, 4), repeat=2)))
print(dict(zip("abc", count(1))), list(enumerate("xyz", start=5)))
print(list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])), sorted(data, key=operator.itemgetter(1))[-3:])
c = count()
print(next(c), next(c), repr(count(5, 2)), repr(repeat(1, 3)))
