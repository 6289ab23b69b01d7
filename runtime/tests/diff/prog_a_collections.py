"""collections in a library-loans tracker, with heapq/bisect scheduling."""
import bisect
import heapq
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Book = namedtuple("Book", "isbn title author year", defaults=[None])
Loan = namedtuple("Loan", ["member", "isbn", "due"])

books = [Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
         Book("333", "Ubik", "Dick"), Book("444", "Kindred", "Butler", 1979)]
print(books[2], books[2].year, Book._fields, Book._field_defaults)
print(books[0]._asdict(), books[0]._replace(year=1966), Book._make(["9", "T", "A", 2000]))
print(books[1][1], books[1][-1], len(books[0]), books[0] == ("111", "Dune", "Herbert", 1965))
isbn, title, *rest = books[3]
print(isbn, title, rest, tuple(books[3]), books[3].index("Butler"), books[3].count("x"))
try:
    Book("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    books[0]._replace(pages=3)
except ValueError as e:
    print(type(e).__name__, e)
P = namedtuple("P", "x, y class", rename=True)
print(P._fields, P(1, 2, 3), repr(namedtuple("E", "")()))

loans = defaultdict(list)
for member, isbn in [("ann", "111"), ("bob", "222"), ("ann", "333"), ("cy", "111"), ("ann", "444")]:
    loans[member].append(isbn)
print(dict(loans), loans["nobody"], sorted(loans), loans.default_factory)
counts = defaultdict(int)
for m, lst in loans.items():
    counts[len(lst)] += 1
print(sorted(counts.items()), repr(defaultdict(int, {"a": 1})), defaultdict(lambda: "?")["k"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        print("evict", lru.popitem(last=False))
print(lru, list(lru.keys()), lru.popitem(), lru)
lru.move_to_end("d", last=False)
print(list(lru), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys("xyz"))), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)

recent = deque(maxlen=4)
for event in range(1, 8):
    recent.append(event)
print(recent, recent.maxlen, list(recent))
recent.appendleft(0)
print(recent)
recent.rotate(1)
print(recent)
recent.rotate(-2)
print(recent, recent[0], recent[-1], 5 in recent, recent.index(6) if 6 in recent else None)
dq = deque("abcde")
dq.extendleft("xy")
print(dq, dq.pop(), dq.popleft(), dq.count("a"), len(dq))
dq.remove("c")
dq.insert(1, "Z")
print(dq, deque(reversed(dq)), dq * 2 if False else dq + deque("!"), dq.copy() == dq)
dq.clear()
try:
    dq.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(repr(deque([1, 2], maxlen=2)), repr(deque()))

defaults = {"theme": "light", "lang": "en", "page_size": 20}
env = {"lang": "de"}
cli = {"page_size": 50}
cfg = ChainMap(cli, env, defaults)
print(cfg["theme"], cfg["lang"], cfg["page_size"], len(cfg), sorted(cfg), cfg.get("x", "dflt"))
child = cfg.new_child({"theme": "dark"})
child["extra"] = 1
print(child["theme"], child.maps[0], cfg.maps[0], child.parents["theme"], "extra" in cfg)
del child["extra"]
try:
    del child["lang"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cfg) == {"theme": "light", "lang": "de", "page_size": 50})

c1 = Counter("mississippi")
c2 = Counter(s=2, i=1, x=5)
print(c1.most_common(2), c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(sorted(c1.elements()), c1.total(), c1["zzz"], +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c1.subtract("sss")
c1.update({"m": 2})
print(c1, c1 == Counter(i=4, m=3, p=2, s=1))
print(Counter(a=3) < Counter(a=3, b=1), Counter(a=1) <= Counter(a=1), Counter("ab") == Counter("ba"))

jobs = []
for prio, name in [(3, "backup"), (1, "email"), (2, "report"), (1, "alert"), (5, "cleanup")]:
    heapq.heappush(jobs, (prio, name))
print(jobs[0], heapq.nsmallest(2, jobs), heapq.nlargest(2, jobs), heapq.nlargest(2, jobs, key=lambda j: j[1]))
order = [heapq.heappop(jobs) for _ in range(len(jobs))]
print(order)
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))

slots = [9, 10, 12, 14, 16]
for t in [8, 9, 11, 16, 17]:
    print(t, bisect.bisect_left(slots, t), bisect.bisect_right(slots, t), bisect.bisect(slots, t))
bisect.insort(slots, 13)
bisect.insort_left(slots, 10)
print(slots)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), people)
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
