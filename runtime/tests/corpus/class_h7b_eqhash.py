class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        if type(o) is not type(self): return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"

class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y); self.z = z
    def __eq__(self, o):
        r = super().__eq__(o)
        return r if r is NotImplemented else r and self.z == o.z
    __hash__ = Point.__hash__

pts = [Point(i % 4, i % 3) for i in range(24)]
print(len(set(pts)), sorted(set(pts), key=lambda p: (p.x, p.y))[:5])
d = {}
for p in pts:
    d[p] = d.get(p, 0) + 1
print(sorted((k.x, k.y, v) for k, v in d.items()))
print(Point(1, 2) == Point3(1, 2), Point3(1, 2) == Point(1, 2), Point3(1, 2, 3) == Point3(1, 2, 3), Point3(1, 2, 3) == Point3(1, 2, 4))
print(Point(1, 2) in {Point3(1, 2)}, hash(Point3(1, 2)) == hash(Point(1, 2)))

class Weird:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return True
    def __hash__(self): return self.v % 2
ws = {Weird(1), Weird(3), Weird(2), Weird(4)}
print(len(ws), sorted(w.v for w in ws))
print(Weird(5) in ws, [1, 2, Weird(0)].index(Weird(9)), [Weird(0)].count(1))
class HashCounter:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        HashCounter.calls += 1
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, HashCounter) and o.v == self.v
hs = {}
for i in range(100):
    hs[HashCounter(i % 10)] = i
print(len(hs), HashCounter.calls, hs[HashCounter(3)])
x = HashCounter(7)
_ = {x: 1}; _ = {x, x}; _ = frozenset([x])
print(HashCounter.calls)

print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0})
print({(1, 2): 'x'}[(1.0, 2.0)], hash((1, 'a')) == hash((1, 'a')), frozenset([1, 2]) == {1, 2}, {frozenset([1]): 1}[frozenset({1})])
nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan, lst.count(nan), {nan: 1}.get(nan), float('nan') in {nan})
try:
    {[]: 1}
except TypeError as e:
    print('TypeError', e)
try:
    {{}}
except TypeError as e:
    print('TypeError', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)

def classify(obj):
    match obj:
        case Point3(x, y, z=0) if False:
            return 'never'
        case Point3(x=0, y=0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(x, y) if x == y:
            return f'diag {x}'
        case Point(x=xx):
            return f'point x={xx}'
        case [Point() as a, Point() as b, *rest]:
            return f'pair {a} {b} +{len(rest)}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle r={r} extra={sorted(others)}'
        case (1 | 2 | 3) as small:
            return f'small {small}'
        case str() | bytes():
            return 'text'
        case float(v) if v != v:
            return 'nan'
        case _:
            return 'other'
tests = [Point(0, 0), Point3(0, 0, 5), Point(2, 2), Point(3, 1), [Point(1, 1), Point(2, 2), 7, 8], {'kind': 'circle', 'r': 2, 'c': 'red', 'z': 0},
         2, 'hi', b'x', nan, 4.5, (Point(1, 1),)]
for _ in range(100):
    res = [classify(t) for t in tests]
print(res)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
