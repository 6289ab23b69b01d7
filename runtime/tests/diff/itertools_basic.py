import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, pairwise, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
import operator

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# count
c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10, 3), 5)), list(islice(count(-2, -1), 4)))
print(list(islice(count(0.5, 0.25), 5)), list(islice(count(1, 1.0), 3)))
print(list(islice(count(2 ** 64), 2)), list(islice(count(1j, 1), 2)))
print(count(), count(5), count(5, 1), count(5, 2), count(1.5), count(0, 0.5), count(1, 1.0), count(2 ** 70), count(step=-1), count(start=3, step=True))
c = count(3); next(c); print(c, repr(c))
show("count('a')", lambda: count("a"))
show("count(1,'a')", lambda: count(1, "a"))
show("count(1,2,3)", lambda: count(1, 2, 3))
show("count(x=1)", lambda: count(x=1))
show("count(1, start=2)", lambda: count(1, start=2))
print(list(zip(count(), "abc")))

# cycle
print(list(islice(cycle("abc"), 8)))
print(list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
show("cycle()", lambda: cycle())
show("cycle(1)", lambda: cycle(1))
show("cycle kw", lambda: cycle(x=1))
show("cycle 2", lambda: cycle([1], [2]))

# repeat
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(list(islice(repeat(7), 4)))
r = repeat("a", 3); next(r); print(r, r.__length_hint__(), operator.length_hint(r))
print(repeat("a"), repeat([1, 2], 2), repeat(None, 0), repeat(1, times=2))
show("repeat()", lambda: repeat())
show("repeat bad times", lambda: repeat(1, "a"))
show("repeat hint", lambda: repeat(1).__length_hint__())
show("repeat next empty", lambda: next(repeat(1, 0)))
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))
print(list(accumulate([1, 2], None, initial=None)))
show("accumulate()", lambda: accumulate())
show("accumulate(1)", lambda: accumulate(1))
show("accumulate mixed", lambda: list(accumulate([1, "a"])))
show("accumulate kw", lambda: accumulate([1], foo=1))

# chain
print(list(chain("ab", [1, 2], (3,), range(2), {})))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["ab", "cd", []])))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)))
show("chain kw", lambda: chain(x=1))
show("chain bad", lambda: list(chain(1)))
show("chain bad later", lambda: list(chain([1], 2)))
show("from_iterable()", lambda: chain.from_iterable())
show("from_iterable(1)", lambda: list(chain.from_iterable(1)))
show("from_iterable([1])", lambda: list(chain.from_iterable([1])))
print(type(chain()), type(chain.from_iterable([])), chain.__name__, chain.__module__)

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1])), list(compress([1, 2], repeat(True))))
print(list(compress(data=range(5), selectors=[0, 1, 1])))
show("compress()", lambda: compress())
show("compress(1)", lambda: compress([1]))
show("compress int", lambda: compress(1, [1]))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [1, 1, 0, 1])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
tw = takewhile(lambda x: x < 3, count())
print(list(tw), list(tw))
show("dropwhile(None)", lambda: dropwhile(None))
show("dropwhile None pred", lambda: list(dropwhile(None, [1])))
show("takewhile(len, 1)", lambda: takewhile(len, 1))
show("filterfalse()", lambda: filterfalse(None))
show("takewhile kw", lambda: takewhile(pred=len, iterable=[]))
show("pred raises", lambda: list(takewhile(lambda x: 1 / x, [1, 0])))

# groupby
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print(list(groupby([])))
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])  # earlier groupers are exhausted
gb = groupby("aaabbb")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
data = [{"n": "a", "v": 1}, {"n": "a", "v": 2}, {"n": "b", "v": 3}]
for k, g in groupby(data, key=operator.itemgetter("n")):
    print(k, [d["v"] for d in g])
print(type(groupby("a")), type(next(groupby("a"))[1]))
show("groupby()", lambda: groupby())
show("groupby(1)", lambda: groupby(1))
show("groupby 3", lambda: groupby([1], key=1, x=2))
show("groupby bad key", lambda: list(groupby([1], key=1)))
show("groupby key kw", lambda: [k for k, _ in groupby(iterable="aab", key=str.upper)])

# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice(range(3), 5)), list(islice(range(3), 5, 10)), list(islice([], 0)))
print(list(islice(count(), 2, 12, 4)))
for args in [(-5,), (-1,), (1, -5), (1, -1), (-3, 5), (0, 2 ** 70), (2 ** 70,), (None,), (None, None), (None, 3, None),
             (1.0,), (True,), ("a", 2), (0, 2, "a"), (0, 2, 0), (0, 1, -1), (0, 9, 2 ** 70), (1, 2, 3, 4)]:
    show(f"islice{args}", lambda: list(islice(range(10), *args)))
show("islice()", lambda: islice())
show("islice 1", lambda: islice([1]))
show("islice int", lambda: islice(1, 2))
show("islice kw", lambda: islice([1], stop=2))
itr = iter(range(10))
print(list(islice(itr, 3)), next(itr), list(islice(itr, 1, 3)), next(itr))

# pairwise
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(pairwise(range(4))))
show("pairwise()", lambda: pairwise())
show("pairwise(1)", lambda: pairwise(1))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], "abc"])))
print(list(starmap(lambda *a: a, [(), (1,), (1, 2)])))
show("starmap(len)", lambda: starmap(len))
show("starmap bad item", lambda: list(starmap(len, [1])))

# tee
a, b = tee([1, 2, 3])
print(a is b, list(a), list(b), list(a))
a, b, c = tee(iter("abcd"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
t = tee(range(3), 1)
print(len(t), list(t[0]))
print(tee([1], 0))
a, b = tee(count())
print([next(a) for _ in range(5)], [next(b) for _ in range(3)], next(a))
a, b = tee([1, 2, 3])
c = a.__copy__()
print(next(a), next(c), list(b), list(a), list(c))
x, y = tee(a)
print(x is a, list(x), type(y).__name__)
show("tee()", lambda: tee())
show("tee(-1)", lambda: tee([1], -1))
show("tee(1)", lambda: tee(1))
show("tee('a')", lambda: tee([1], "a"))
show("tee kw", lambda: tee([1], n=2))
class Copyable:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
    def __copy__(self):
        print("copy called")
        return self
t = tee(Copyable(), 3)
print(type(t[0]).__name__, t[0] is t[1])

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("AB", [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [])), list(zip_longest([1], fillvalue=0)))
print(list(zip_longest("a", "bc", "def")))
show("zip_longest(1)", lambda: zip_longest(1))
show("zip_longest kw", lambda: zip_longest([1], x=1))

# product
print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product([1, 2], repeat=0)), list(product([1, 2], [])), list(product("ab", "c", repeat=2)))
print(len(list(product(range(3), range(4), range(5)))))
show("product(1)", lambda: product(1))
show("product neg", lambda: product([1], repeat=-1))
show("product kw", lambda: product([1], x=1))
show("product str repeat", lambda: product([1], repeat="a"))

# permutations
print(list(permutations("ABC")), list(permutations("ABCD", 2))[:7])
print(list(permutations(range(3), 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(permutations([1, 2, 3], r=None))[-1])
show("permutations()", lambda: permutations())
show("permutations(-1)", lambda: permutations([1], -1))
show("permutations('a')", lambda: permutations([1], "a"))
show("permutations(1)", lambda: permutations(1))

# combinations
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations([], 0)), list(combinations([1], 2)), list(combinations("ab", 0)))
print(len(list(combinations(range(10), 4))))
show("combinations 1 arg", lambda: combinations([1]))
show("combinations(-1)", lambda: combinations([1], -1))
show("combinations('x')", lambda: combinations([1], "x"))
show("combinations kw", lambda: list(combinations(r=2, iterable="abc")))

# combinations_with_replacement
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(2), 3)), len(list(combinations_with_replacement(range(5), 3))))
show("cwr 1 arg", lambda: combinations_with_replacement([1]))
show("cwr(-2)", lambda: combinations_with_replacement([1], -2))

# types, iter protocol, reprs
for obj in [count(), cycle("a"), repeat(1), accumulate([]), chain(), compress([], []), dropwhile(None, []),
            takewhile(None, []), filterfalse(None, []), groupby([]), islice([], 1), pairwise([]),
            starmap(None, []), tee([])[0], zip_longest(), product(), permutations([]), combinations([], 1),
            combinations_with_replacement([], 1)]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj, repr(type(obj)))
print(repr(chain())[:23])
# A recipe mix
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
print(list(roundrobin("ABC", "D", "EF")))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(sum(1 for _ in product(range(10), repeat=4)))
print(list(map(sum, zip_longest([1, 2, 3], [10, 20], fillvalue=0))))
