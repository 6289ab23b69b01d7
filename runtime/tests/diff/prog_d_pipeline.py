"""A sales-report pipeline composed from functools, operator and itertools, with a
priority queue (heapq), a sorted index (bisect) and snapshots (copy)."""
import bisect
import copy
import functools
import heapq
import itertools
import operator
from collections import namedtuple
from collections.abc import Mapping, Sequence

Sale = namedtuple("Sale", "day region rep amount")
RAW = """1 north ann 120
1 south bob 80
2 north ann 200
2 north cy 45
2 south bob 80
3 east di 300
3 south cy 15
4 north ann 60
4 east di 10"""
sales = [Sale(int(d), r, p, int(a)) for d, r, p, a in (line.split() for line in RAW.splitlines())]

print("== operator and sorting")
by_region = operator.attrgetter("region")
amount = operator.attrgetter("amount")
print(sorted({s.rep for s in sales}), max(sales, key=amount).rep, min(map(amount, sales)))
print([s.rep for s in sorted(sales, key=operator.attrgetter("region", "rep"))])
print(sorted([(s.rep, s.amount) for s in sales], key=operator.itemgetter(1, 0), reverse=True)[:3])
upper = operator.methodcaller("upper")
pad = operator.methodcaller("rjust", 6, ".")
print([pad(upper(r)) for r in ("north", "east")], operator.itemgetter(slice(None, None, -1))("abc"))
print(functools.reduce(operator.add, map(amount, sales)), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(lambda acc, s: acc | {s.region}, sales, frozenset()) == {"north", "south", "east"})
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

print("== itertools")
for region, group in itertools.groupby(sorted(sales, key=by_region), key=by_region):
    group = list(group)
    print(f"{region:>6}: n={len(group)} total={sum(map(amount, group)):>4} reps={sorted({g.rep for g in group})}")
daily = [sum(s.amount for s in g) for _, g in itertools.groupby(sales, key=operator.attrgetter("day"))]
print(daily, list(itertools.accumulate(daily)), list(itertools.accumulate(daily, max, initial=0)))
print(list(itertools.pairwise(daily)), [b - a for a, b in itertools.pairwise(daily)])
print(list(itertools.compress("ABCD", [d > 250 for d in daily])), list(itertools.starmap(operator.sub, zip(daily, [100] * 4))))
print(list(itertools.takewhile(lambda s: s.day < 2, sales))[-1].rep, next(itertools.dropwhile(lambda s: s.amount < 250, sales)).rep)
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="?")), list(itertools.islice(itertools.count(10, -3), 4)))
print([''.join(c) for c in itertools.combinations("NSE", 2)], len(list(itertools.permutations(range(4), 2))))
print(list(itertools.product("xy", repeat=2)), list(itertools.chain("ab", [1], range(2))))
first, second = itertools.tee(iter(daily))
print(next(first), list(second), list(first), list(itertools.filterfalse(lambda d: d % 2, daily)))
print(list(itertools.islice(itertools.cycle("RGB"), 7)), list(itertools.repeat(0, 3)), list(itertools.chain.from_iterable([[1], (2, 3)])))

print("== functools")
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        wrapper.calls.append((fn.__name__, args, result))
        return result
    wrapper.calls = []
    return wrapper


@trace
@functools.lru_cache(maxsize=3)
def commission(rate_pct, amount):
    """Commission in cents."""
    return amount * rate_pct


for a in (100, 200, 100, 300, 400, 100):
    commission(5, a)
print(commission.__name__, commission.__doc__, commission.__wrapped__.cache_info())
print(commission.calls[:2], len(commission.calls))
tax = functools.partial(round, ndigits=1)
bonus = functools.partial(commission.__wrapped__, 10)
print(tax(2.345), bonus(7), bonus.args, tax.keywords, repr(functools.partial(max, 1, key=abs)))


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(map(amount, self.rows))

    def scaled(self, factor, *, offset=0):
        return self.total * factor + offset

    doubled = functools.partialmethod(scaled, 2, offset=1)


r = Report(sales)
print(r.total, r.total, r.computed, r.doubled(), "total" in vars(r))
del r.total
r.rows = sales[:2]
print(r.total, r.computed)


@functools.singledispatch
def describe(value):
    return f"other:{type(value).__name__}"


@describe.register
def _(value: int | float):
    return f"number:{value}"


@describe.register
def _(value: Sequence):
    return f"sequence[{len(value)}]"


@describe.register(Mapping)
def _(value):
    return f"mapping{sorted(value)}"


@describe.register
def _(value: str):
    return f"text:{value!r}"


print([describe(v) for v in (3, 2.5, True, "hi", [1, 2], (1,), {"b": 1, "a": 2}, None, sales[0])])


@functools.total_ordering
class Rank:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __lt__(self, other):
        return self.score < other.score


print(Rank(3) >= Rank(2), Rank(1) > Rank(1), Rank(2) <= Rank(2), max(Rank(1), Rank(4)).score)
print(sorted(["b10", "a2", "b9", "a10"], key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))

print("== heapq / bisect / copy")
queue = []
for s in sales:
    heapq.heappush(queue, (-s.amount, s.day, s.rep))
print([heapq.heappop(queue)[2] for _ in range(3)], len(queue), heapq.nsmallest(2, queue)[0])
print(heapq.nlargest(3, sales, key=amount)[-1].rep, list(heapq.merge([1, 4, 9], [2, 3], [0, 10])))
print(list(heapq.merge(["dd", "a"], ["ccc", "b"], key=len, reverse=True)), heapq.heappushpop([5], 1), heapq.heapreplace([5], 9))
thresholds = [50, 100, 200]
labels = ["small", "medium", "large", "huge"]
print([labels[bisect.bisect_right(thresholds, s.amount)] for s in sales[:5]])
index = []
for s in sales:
    bisect.insort(index, (s.amount, s.rep))
print(index[:3], bisect.bisect_left(index, (80, "")), bisect.bisect_right(index, (80, "zz")))
print(bisect.bisect_left(sorted(sales, key=amount), 200, key=amount))
snapshot = {"sales": sales[:2], "meta": {"tags": ["q1"]}}
snapshot["meta"]["self"] = snapshot
shallow, deep = copy.copy(snapshot), copy.deepcopy(snapshot)
snapshot["meta"]["tags"].append("edited")
print(shallow["meta"]["tags"], deep["meta"]["tags"], deep["meta"]["self"] is deep, deep["sales"][0] == sales[0])
