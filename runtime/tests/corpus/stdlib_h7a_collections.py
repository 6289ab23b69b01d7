from collections import Counter, deque, OrderedDict, ChainMap, defaultdict, namedtuple

text = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(text)
print(c.most_common(3), c["the"], c["missing"], len(c), sum(c.values()))
c2 = Counter("abracadabra")
print(sorted(c2.items()), c2.most_common(2))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
a.update(b)
print(a)
a.subtract({"a": 10})
print(a, sorted(a.elements()))
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter({"x": 2}).total(), list(Counter("zyx").keys()))
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
d.appendleft(0)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d.popleft(), d.pop(), d.count(1), d.index(3))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), end=" ")
print(m.maxlen)
m.appendleft(99)
print(m)
print(deque("abc", 2), deque(reversed(range(3))), len(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).index(5)
except ValueError as e:
    print("ValueError:", e)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
base = {"color": "red", "size": "M"}
user = {"color": "blue"}
cm = ChainMap(user, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("x", "-"))
child = cm.new_child({"size": "L"})
print(child["size"], child.parents["size"], child.maps[0])
cm["new"] = 1
print(user, "new" in base, dict(sorted(cm.items())))
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)
dd = defaultdict(list)
for w in text:
    dd[w[0]].append(w)
print(sorted(dd.items())[:3], dd.default_factory is list)
dc = defaultdict(int)
for ch in "mississippi":
    dc[ch] += 1
print(sorted(dc.items()), dc["zz"], len(dc))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in sorted(nested.items())})
plain = defaultdict(None)
try:
    plain["q"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"a": 1})))
P = namedtuple("P", "x y z", defaults=[0])
print(P(1, 2), P(1, 2, 3)._replace(x=9), P._field_defaults)
R = namedtuple("R", ["cls", "def"], rename=True)
print(R._fields, R(1, 2))
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
