import itertools as it
import operator
from functools import reduce, cmp_to_key, partial, lru_cache, cache, total_ordering
import bisect


def take(n, iterable):
    return list(it.islice(iterable, n))


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk


def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def unique_everseen(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


print(take(5, it.count(10, 2.5)), take(4, it.cycle("ab")), list(it.repeat("x", 3)))
print(list(chunked(range(10), 3)), list(sliding("abcde", 3)))
print(list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8])), list(it.accumulate([3, 4, 6, 2, 1, 9], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(it.accumulate([], initial=0)))
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.islice("ABCDEFG", 2, None, 2)), list(it.islice(range(100), 5, 20, 4)))
print(len(list(it.product("ab", repeat=3))), list(it.product([1, 2], "xy")), list(it.permutations("abc", 2)))
print(list(it.combinations_with_replacement("ABC", 2)), len(list(it.permutations(range(6)))), list(it.combinations(range(4), 0)))
a, b, c = it.tee(iter([1, 2, 3, 4]), 3)
print(next(a), list(a), list(b), next(c))

words = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()
for k, g in it.groupby(sorted(words, key=len), key=len):
    print(k, list(g))
runs = [(k, len(list(g))) for k, g in it.groupby("aaabccddddde")]
print(runs, "".join(f"{n}{k}" for k, n in runs))
print([k for k, _ in it.groupby([1, 1, 2, 2, 1, 1])])


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    for x, y in it.zip_longest(pa, pb, fillvalue=0):
        if x != y:
            return -1 if x < y else 1
    return 0


vers = ["1.10", "1.2", "1.2.0", "0.9.9", "1.2.1", "10.0", "1.02"]
print(sorted(vers, key=cmp_to_key(compare_versions)), sorted(vers, key=cmp_to_key(compare_versions), reverse=True))
people = [("alice", 31, "NY"), ("bob", 25, "LA"), ("carol", 31, "LA"), ("dave", 25, "NY"), ("eve", 40, "SF")]
print(sorted(people, key=operator.itemgetter(1, 0)))
print(sorted(people, key=lambda p: (-p[1], p[2])), max(people, key=operator.itemgetter(1)), min(people, key=lambda p: p[0][-1]))
print(sorted("Banana apple Cherry date".split(), key=str.casefold), sorted([3, -1, -4, 2], key=abs, reverse=True))
s = sorted(people, key=operator.itemgetter(2))
s = sorted(s, key=operator.itemgetter(1), reverse=True)
print([p[0] for p in s])

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, x)] for x in (33, 99, 77, 70, 89, 90, 100)])
arr = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(arr, 4), bisect.bisect_right(arr, 4), bisect.bisect_left(arr, 5, 0, 3), bisect.bisect(arr, 0))
recs = sorted(people, key=lambda p: p[1])
print(bisect.bisect_left(recs, 31, key=lambda p: p[1]), bisect.bisect_right(recs, 31, key=lambda p: p[1]))
bisect.insort(arr, 5)
bisect.insort_left(arr, 4)
bisect.insort_right(arr, 10, lo=3)
print(arr)
bisect.insort(recs, ("zed", 30, "XX"), key=lambda p: p[1])
print([r[0] for r in recs])


def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50, 0, -1))), lis([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]))


@total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)

    def __repr__(self):
        return f"Card({self.rank}{self.suit})"


hand = [Card(x) for x in ["TH", "2C", "AS", "9D", "KH"]]
print(sorted(hand), max(hand), Card("5H") >= Card("5S"), Card("5H") > Card("4S"), Card("2H") <= Card("3H"))
print(reduce(operator.add, map(str, range(5))), reduce(lambda a, b: a * b, [], 1), list(map(partial(pow, 2), range(6))))
print(list(map(operator.attrgetter("rank"), hand)), operator.methodcaller("split", ",")("a,b,c"), list(it.chain([1], (2, 3), "45")))
print(sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip("abc", it.count())))
