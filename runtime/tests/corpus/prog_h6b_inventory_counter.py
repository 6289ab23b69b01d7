from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

orders = [
    ("alice", "apple", 3), ("bob", "pear", 1), ("carol", "apple", 2),
    ("alice", "kiwi", 5), ("bob", "apple", 1), ("dave", "plum", 7),
    ("carol", "kiwi", 2), ("alice", "apple", 1), ("erin", "pear", 4),
]

totals = Counter()
for _, item, qty in orders:
    totals[item] += qty
print(totals)
print(totals.most_common(2))
print(totals.most_common())
print(sorted(totals.elements())[:6])
print(totals.total())

c2 = Counter("mississippi")
print(c2)
print(c2 - Counter("sip"))
print(c2 + Counter("map"))
print(c2 & Counter("spam"))
print(c2 | Counter("ssss"))
c3 = Counter(a=3, b=-2, c=0)
print(+c3, -c3)
c3.subtract(a=1, b=1, d=4)
print(c3)
c3.update({"a": 10})
print(c3, c3["zzz"])
print(Counter(a=1) == Counter(a=1, b=0))
print(repr(Counter()))

by_person = defaultdict(list)
for who, item, qty in orders:
    by_person[who].append((item, qty))
for who in sorted(by_person):
    print(who, by_person[who])
print(dict(by_person).keys())

nested = defaultdict(lambda: defaultdict(int))
for who, item, qty in orders:
    nested[who][item] += qty
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(int, {"x": 1})
print(dd, dd.default_factory)
print(repr(defaultdict(None)))

od = OrderedDict()
for k in "abcde":
    od[k] = ord(k)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od)
print(od.popitem(), od.popitem(last=False))
print(list(od.items()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

dq = deque(range(10), maxlen=5)
print(dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
dq.appendleft(-1)
print(dq, dq.maxlen)
dq.extend([100, 200])
print(dq, dq[0], dq[-1], len(dq))
print(dq.index(100), dq.count(100))
dq2 = deque("abc")
dq2.extendleft("xyz")
print(dq2, list(reversed(dq2)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", "x y z", defaults=(0,))
p = Point(1, 2)
print(p, p._asdict(), p._replace(y=9), Point._fields, Point._field_defaults)
print(Point._make([4, 5, 6]))
Emp = namedtuple("Emp", ["name", "dept", "salary"])
staff = [Emp("ann", "eng", 120), Emp("bo", "ops", 90), Emp("cy", "eng", 110)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for d, es in sorted(by_dept.items()):
    print(d, sum(e.salary for e in es), [e.name for e in es])
print(max(staff, key=lambda e: e.salary))
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
R = namedtuple("R", "a b", rename=False)
print(R(1, b=2))
Bad = namedtuple("Bad", ["ok", "def", "_x"], rename=True)
print(Bad._fields)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
cm2 = cm.new_child({"c": 4})
print(cm2, cm2.parents)
