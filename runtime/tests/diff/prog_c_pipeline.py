# Log-processing pipeline built from generators and itertools: parsing,
# filtering, sessionizing, windowed stats, and combinatorial summaries.
import itertools as it
import operator
from collections import Counter, deque
from functools import reduce

LOG = """\
09:00:01 alice login ok
09:00:05 bob login fail
09:00:09 bob login ok
09:01:10 alice view /home
09:01:12 alice view /cart
09:02:00 carol login ok
09:02:30 bob view /home
09:03:45 alice buy sku-17 3
09:04:00 carol view /home
09:04:05 carol view /sale
09:04:50 bob buy sku-42 1
09:05:30 alice logout
09:09:00 carol buy sku-17 2
09:09:10 carol buy sku-99 1
09:15:00 bob view /cart
09:15:30 dave login fail
09:15:31 dave login fail
09:15:33 dave login fail
09:20:00 bob logout
09:21:00 carol logout
"""


def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield n, line


def parse(numbered):
    for n, line in numbered:
        clock, user, action, *rest = line.split()
        h, m, s = map(int, clock.split(":"))
        yield {"n": n, "t": h * 3600 + m * 60 + s, "user": user, "action": action, "args": rest}


def only(actions, events):
    return (e for e in events if e["action"] in actions)


def sessions(events, gap=300):
    """Split each user's events into sessions separated by > gap seconds."""
    by_user = {}
    for e in events:
        by_user.setdefault(e["user"], []).append(e)
    for user in sorted(by_user):
        evs = by_user[user]
        starts = [0] + [i for i in range(1, len(evs)) if evs[i]["t"] - evs[i - 1]["t"] > gap]
        for a, b in it.pairwise(starts + [len(evs)]):
            yield user, [x["action"] for x in evs[a:b]], evs[b - 1]["t"] - evs[a]["t"]


def window(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)


def running_mean():
    total = count = 0
    value = None
    while True:
        x = yield value
        total += x
        count += 1
        value = round(total / count, 2)


events = list(parse(lines(LOG)))
print(len(events), events[0], events[-1]["user"])

# failed logins, grouped by user, flag bursts of 3+
fails = only({"login"}, (e for e in events if e["args"] == ["fail"]))
for user, grp in it.groupby(fails, key=operator.itemgetter("user")):
    times = [e["t"] for e in grp]
    print(user, len(times), "burst" if len(times) >= 3 and times[-1] - times[0] < 10 else "")

for user, acts, span in sessions(events):
    print(f"{user:<6}{span:>5}s {'>'.join(a[0] for a in acts)}")

buys = [(e["user"], e["args"][0], int(e["args"][1])) for e in only({"buy"}, events)]
print(buys)
qty_by_sku = reduce(lambda acc, b: acc + Counter({b[1]: b[2]}), buys, Counter())
print(sorted(qty_by_sku.items()), sum(qty_by_sku.values()))
print(list(it.accumulate(b[2] for b in buys)), list(it.accumulate([3, 1, 4, 1, 5], max)))

views = [e["args"][0] for e in only({"view"}, events)]
print(Counter(views).most_common(), list(window(views, 3))[:2])
print(list(it.islice(it.count(100, 7), 4)), list(it.islice("abcdefgh", 1, 7, 2)))
print(list(it.chain.from_iterable([e["user"]] * 2 for e in events[:3])))
print(list(it.takewhile(lambda e: e["t"] < 9 * 3600 + 120, events))[-1]["n"],
      next(it.dropwhile(lambda e: e["action"] != "buy", events))["user"])
users = sorted({e["user"] for e in events})
print(list(it.combinations(users, 2))[:4], len(list(it.permutations(users, 3))))
print(["".join(p) for p in it.product("ab", "xy", repeat=1)], list(it.product([0, 1], repeat=2)))
print(list(it.zip_longest(users, [1, 2], fillvalue=0)), list(it.compress(users, [1, 0, 1, 0])))
print(list(it.starmap(lambda u, s, q: f"{u}:{q}", buys)), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.repeat("z", 3)), list(map(operator.mul, it.repeat(2), [1, 2, 3])))
a, b, c = it.tee((e["t"] for e in events), 3)
print(next(a), next(b), sum(1 for _ in c), next(a))

rm = running_mean()
next(rm)
print([rm.send(x) for x in [10, 20, 60, 10]])
gaps = [y - x for x, y in it.pairwise(e["t"] for e in events)]
print(max(gaps), min(gaps), sorted(gaps)[len(gaps) // 2])


def chunked(iterable, n):
    itr = iter(iterable)
    while chunk := list(it.islice(itr, n)):
        yield chunk


print(list(chunked(range(10), 4)), list(chunked([], 3)))
nested = [[1, [2, 3]], [[4], 5], 6]


def flatten(x):
    for y in x:
        if isinstance(y, list):
            yield from flatten(y)
        else:
            yield y


print(list(flatten(nested)), sum(flatten(nested)))
gen = (x * x for x in range(5))
print(list(gen), list(gen), 3 in (x for x in range(5)))


def countdown(n):
    try:
        while n > 0:
            got = yield n
            n = n - 1 if got is None else got
    finally:
        print("countdown closed at", n)


cd = countdown(5)
print(next(cd), cd.send(2), next(cd))
cd.close()
print([k for k, _ in it.groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in it.groupby("mississippi")])
