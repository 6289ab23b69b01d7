from collections import Counter, defaultdict, namedtuple, deque, ChainMap, OrderedDict

words = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs".split()
c = Counter(words)
print(c.most_common(3))
print(c["the"], c["cat"], len(c), c.total())
c2 = Counter("the fox the cat".split())
print(sorted((c - c2).items()))
print(sorted((c & c2).items()))
print(sorted((c2 | Counter(cat=5)).items()))
print(sorted((c2 + Counter(fox=-3)).items()))
c3 = Counter(a=3, b=-1, c=0)
print(+c3, -c3)
c3.subtract({"a": 5, "d": 2})
print(c3)
c3.update(["a", "a", "e"])
print(c3, sorted(c3.elements()))
print(Counter("abracadabra").most_common())
print(Counter("abracadabra").most_common(0), Counter().most_common(1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))

dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
for k in sorted(dd):
    print(k, dd[k])
print(dd.default_factory, "zz" in dd, len(dd["zz"]), "zz" in dd)
nested = defaultdict(lambda: defaultdict(int))
for i, w in enumerate(words):
    nested[len(w)][w] += i
print({k: dict(v) for k, v in sorted(nested.items())})
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(int, {"a": 1})))

Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "x y z", defaults=[0])
p = Point(3, 4)
print(p, p._asdict(), p._replace(y=10), p._fields, P3._field_defaults)
print(P3(1, 2), P3._make([7, 8, 9]), Point(*p) == p, p + (5,))
x, y = p
print(x, y, p[0], p.x, sum(p), len(p))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
R = namedtuple("R", "a def b", rename=True)
print(R._fields, R(1, 2, 3))

d = deque(range(10), maxlen=7)
print(d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.appendleft(-1); print(d)
d.extend([100, 200]); print(d)
d.extendleft("ab"); print(d)
print(d.pop(), d.popleft(), d.count(8), d.index(8), d[0], d[-1], d.maxlen)
d.remove(8); print(d)
d.reverse(); print(d)
d.insert(2, "ins"); print(d)
dq = deque()
for i in range(6):
    dq.append(i)
    if len(dq) > 3:
        dq.popleft()
    print(list(dq))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

defaults = {"color": "red", "size": "M", "qty": 1}
env = {"size": "L"}
cli = {"qty": 5}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], cm["qty"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, defaults["color"])
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0])
del cm["color"]
print(cm["color"])
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("d", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
od["z"] = 1; od["a"] = 2
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return None
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            old = next(iter(self))
            del self[old]
            print("  evict", old)
cache = LRU(3)
for op in ["p1", "p2", "p3", "g1", "p4", "g2", "g3", "p5", "g4"]:
    k = int(op[1])
    if op[0] == "p":
        cache.put(k, k * 10)
    else:
        print("  get", k, cache.get(k))
    print(op, list(cache.items()))
