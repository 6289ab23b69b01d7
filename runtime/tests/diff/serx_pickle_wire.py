"""Wire-format snapshots: what the pickler emits for common application types."""
import pickle, io, copyreg, functools, datetime, enum, collections, operator

class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __reduce__(self):
        return (Bag, (), {"n": len(self.items)}, iter(self.items), None, Bag._set)
    @staticmethod
    def _set(obj, state):
        obj.count = state["n"]
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)

for p in range(6):
    try:
        b = pickle.loads(pickle.dumps(Bag([1,2,3]), p))
        print(p, b.items, getattr(b, "count", None))
    except Exception as e:
        print(p, type(e).__name__, e)

class Reg(dict):
    def __reduce__(self):
        return (Reg, (), None, None, iter(self.items()))
r = pickle.loads(pickle.dumps(Reg(a=1), 2)); print(type(r).__name__, r)

class Color(enum.Enum):
    R = 1
class Flag(enum.IntFlag):
    A = 1; B = 2
for p in (0, 2, 4):
    print(pickle.loads(pickle.dumps([Color.R, Flag.A | Flag.B], p)))
    print(pickle.dumps(Color.R, p))
part = functools.partial(max, 3)
print(pickle.loads(pickle.dumps(part))(4))
print(pickle.dumps(part, 0))
tz = datetime.timezone(datetime.timedelta(hours=2), "X")
d = datetime.datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=tz)
for p in range(6):
    print(pickle.loads(pickle.dumps(d, p)) == d, pickle.dumps(d.date(), p))

class CustomPickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Color:
            return (str, ("replaced",))
        return NotImplemented
b = io.BytesIO(); CustomPickler(b).dump([Color, 1]); print(pickle.loads(b.getvalue()))

class Cplx: 
    def __init__(self, v): self.v = v
b = io.BytesIO(); pk = pickle.Pickler(b); pk.dispatch_table = {Cplx: lambda o: (str, (f"C{o.v}",))}; pk.dump(Cplx(5)); print(pickle.loads(b.getvalue()))

print(pickle.dumps(collections.OrderedDict(a=1), 2))
print(pickle.dumps(Bag([1]), 2))
class Plain:
    pass
o = Plain(); o.x = 1; o.y = [o]
print(pickle.dumps(o, 0))
print(pickle.dumps(o, 1))
print(pickle.dumps(o, 2))
print(pickle.dumps(o, 4))
print(pickle.dumps({1,2,3}, 4), pickle.dumps(frozenset([1]), 2))
print(pickle.dumps("x"*300, 0)[:10], pickle.dumps(b"abc", 0), pickle.dumps(b"abc", 2))
print(pickle.dumps([1.5, -1, 2**40, 2**70], 0))
print(pickle.dumps((1,2,3,4), 1), pickle.dumps(u"\u20ac\n", 0))
