import copy

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# atomic and containers
for v in [1, 2.5, "s", b"b", None, True, (1, 2), frozenset([1]), range(3), len, 3j, Ellipsis]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
l = [1, [2, 3], {"a": [4]}]
c = copy.copy(l)
d = copy.deepcopy(l)
print(c == l, c is l, c[1] is l[1], d == l, d[1] is l[1], d[2]["a"] is l[2]["a"])
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t)[1] is t[1])
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({"k": {1, 2}}), copy.deepcopy(frozenset([1, 2])))
class MySet(set):
    pass
ms = MySet([1, 2])
ms.tag = "t"
print(type(copy.deepcopy(ms)).__name__, sorted(copy.deepcopy(ms)), copy.deepcopy(ms).tag, type(copy.copy(ms)).__name__)
print(copy.deepcopy(slice(1, [2], 3)), copy.deepcopy(bytearray(b"q")))
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba)

# shared references and cycles
shared = [1]
obj = [shared, shared]
dc = copy.deepcopy(obj)
print(dc, dc[0] is dc[1], dc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dcyc = {}
dcyc["self"] = dcyc
print(copy.deepcopy(dcyc)["self"] is not dcyc)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] == x)

# plain instances: no __init__ call
class Plain:
    def __init__(self, a):
        print("init called")
        self.a = a
        self.items = [a]
p = Plain(5)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(type(p2).__name__, p2.a, p2.items is p.items, p3.items is p.items, p3.items, vars(p3))

class Slotted:
    __slots__ = ("x", "y")
s1 = Slotted()
s1.x = [1]
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.x is s1.x, s3.x == s1.x, s3.x is s1.x, hasattr(s2, "y"))

class Both:
    __slots__ = ("x", "__dict__")
b = Both()
b.x = 1
b.z = 2
b2 = copy.copy(b)
print(b2.x, b2.z)

# __copy__ / __deepcopy__
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Custom(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(self.v + "-deep")
print(copy.copy(Custom("a")).v, copy.deepcopy(Custom("b")).v, copy.deepcopy([Custom("c")])[0].v)

# __reduce_ex__ / __reduce__ / __getstate__ / __setstate__
class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        print("__reduce__")
        return (Red, (self.a, self.b))
r = copy.copy(Red(1, [2]))
print(r.a, r.b)
class RedEx:
    def __reduce_ex__(self, proto):
        print("__reduce_ex__", proto)
        return (RedEx, ())
print(type(copy.deepcopy(RedEx())).__name__)
class State:
    def __init__(self):
        self.x = 1
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None
st = copy.deepcopy(State())
print(st.x, st.cache)
class StrReduce:
    def __reduce__(self):
        return "global_name"
sr = StrReduce()
print(copy.copy(sr) is sr)

# subclasses of builtins
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = "a"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, md, md[1] is ml[1], mc[1] is ml[1])
class MyDict(dict):
    pass
mdd = MyDict(a=[1])
print(type(copy.copy(mdd)).__name__, copy.deepcopy(mdd), copy.deepcopy(mdd)["a"] is mdd["a"])
class MyInt(int):
    pass
mi = MyInt(7)
print(type(copy.copy(mi)).__name__, copy.copy(mi), copy.deepcopy(mi) + 1)
class MyTuple(tuple):
    pass
mt = MyTuple([1, [2]])
print(type(copy.deepcopy(mt)).__name__, copy.deepcopy(mt))

# functions, classes, methods
def fn():
    pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.copy(Plain) is Plain, copy.deepcopy(Plain) is Plain)
class HasMethod:
    def __init__(self):
        self.v = [1]
    def m(self):
        return self.v
hm = HasMethod()
bm = copy.deepcopy(hm.m)
print(bm(), bm.__self__ is hm, bm() is hm.v)

# collections
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
od = OrderedDict(b=[1], a=[2])
print(copy.copy(od), copy.deepcopy(od)["b"] is od["b"])
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2["k"] is dd["k"], dd2.default_factory)
print(copy.copy(Counter("aab")), copy.deepcopy(Counter(x=2)))
NT = namedtuple("NT", "a b")
nt = NT([1], 2)
print(copy.copy(nt) is nt, copy.deepcopy(nt), copy.deepcopy(nt).a is nt.a)
print(copy.deepcopy(deque([[1]], 3)))

# errors
show("generator", lambda: copy.deepcopy((i for i in range(3))))
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
