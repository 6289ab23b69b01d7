# copy and deepcopy through every path: per-type copiers, hooks, reductions, state, memo.
import copy
import copyreg


a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[1] == [2, 3])
s = copy.copy(a)
print(s is not a, s[1] is a[1], s[2] is a)

t = (1, "x", (2.5, None))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is not t2, d2[1] is not t2[1])

d = {"k": [1], 2: (3, [4])}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd["k"] is not d["k"], dd[2][1] is not d[2][1])

for v in (None, 3, 2.5, 1j, True, "s", b"b", range(3), len, print, Ellipsis, NotImplemented,
          frozenset({1}), slice(1, 2), property(), int):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v or type(v).__name__)

ba = bytearray(b"xy")
print(copy.copy(ba) == ba, copy.copy(ba) is not ba, copy.deepcopy(ba) == ba)
st = {1, 2}
print(copy.copy(st) == st, copy.copy(st) is not st, copy.deepcopy(st) == st)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Hooks(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooks(copy.deepcopy(self.v, memo))


h = Hooks([1])
print(copy.copy(h).v is h.v, copy.deepcopy(h).v is not h.v)


class Plain:
    def __init__(self):
        print("init runs")
        self.items = [1, 2]


p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc.items is p.items, pd.items is not p.items, pd.items, type(pd).__name__)


class Slotted:
    __slots__ = ("a", "b", "__c")

    def __init__(self):
        self.a = [1]
        self.__c = 3


sl = Slotted()
sc = copy.deepcopy(sl)
print(sc.a, sc.a is not sl.a, hasattr(sc, "b"), sc._Slotted__c)


class State:
    def __init__(self, n):
        self.n = n

    def __getstate__(self):
        print("getstate")
        return {"n": self.n * 10}

    def __setstate__(self, state):
        print("setstate", state)
        self.n = state["n"] + 1


print(copy.copy(State(2)).n, copy.deepcopy(State(3)).n)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b})


r = copy.deepcopy(Reduced([5], 7))
print(r.a, r.b)


class Shared:
    def __reduce__(self):
        return "Shared"


o = Shared()
print(copy.copy(o) is o, copy.deepcopy(o) is o)


class ListSub(list):
    pass


class DictSub(dict):
    pass


ls = ListSub([[1], 2])
ls.tag = "t"
lc = copy.deepcopy(ls)
print(type(lc).__name__, lc, lc[0] is not ls[0], lc.tag)
ds = DictSub(a=[1])
dc = copy.copy(ds)
print(type(dc).__name__, dc, dc["a"] is ds["a"])


class NewArgs(int):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return (int(self), self.extra)


na = copy.deepcopy(NewArgs(4, "e"))
print(na, na.extra, type(na).__name__)


class Point:
    def __init__(self, x):
        self.x = x


copyreg.pickle(Point, lambda p: (Point, (p.x * 2,)))
print(copy.copy(Point(4)).x, copy.deepcopy(Point(5)).x)


class Meth:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


m = Meth()
bm = copy.deepcopy(m.get)
print(bm() == [1], bm() is not m.data, bm.__self__ is not m)

memo = {}
inner = [1]
outer = [inner, inner]
c1 = copy.deepcopy(outer, memo)
print(c1[0] is c1[1], id(inner) in memo, memo[id(inner)] is c1[0], id(memo) in memo)


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

print(copy.Error is copy.error, issubclass(copy.Error, Exception), sorted(copy.__all__))
