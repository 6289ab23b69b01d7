import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# builtin types against the ABCs
names = ["Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Collection",
         "Callable", "Hashable", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
         "Set", "MutableSet", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
         "ByteString"]
def gen():
    yield 1
async def coro():
    pass
samples = [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
           ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(1)),
           ("int", 1), ("None", None), ("gen", gen()), ("list_iter", iter([])), ("dict_keys", {}.keys()),
           ("dict_items", {}.items()), ("dict_values", {}.values()), ("deque", deque()),
           ("OrderedDict", OrderedDict()), ("defaultdict", defaultdict()), ("Counter", Counter()),
           ("ChainMap", ChainMap()), ("func", len), ("lambda", lambda: 0), ("type", int),
           ("object", object())]
for label, v in samples:
    print(label.ljust(12), "".join("1" if isinstance(v, getattr(cabc, n)) else "." for n in names))
c = coro()
print("coroutine", isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable))
c.close()
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Mapping), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))
print(cabc.Mapping.__module__, cabc.Sequence.__name__, type(cabc.Iterable).__name__, cabc.Set.__mro__[1].__name__)

# __subclasshook__ structural checks
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class OnlyIter:
    def __iter__(self):
        return iter([])
class NoHash:
    __hash__ = None
class Call:
    def __call__(self):
        pass
class Sz:
    def __len__(self):
        return 0
print(isinstance(It(), cabc.Iterator), isinstance(OnlyIter(), cabc.Iterator), isinstance(OnlyIter(), cabc.Iterable))
print(isinstance(NoHash(), cabc.Hashable), isinstance(Call(), cabc.Callable), isinstance(Sz(), cabc.Sized), isinstance(Sz(), cabc.Container))
class NotIter(OnlyIter):
    __iter__ = None
print(isinstance(NotIter(), cabc.Iterable))

# ABC registration
class MyABC(ABC):
    @abstractmethod
    def run(self):
        ...
    def helper(self):
        return "helper"
print(MyABC.__abstractmethods__, type(MyABC).__name__, isinstance(MyABC, ABCMeta))
show("instantiate abstract", lambda: MyABC())
class Partial(MyABC):
    pass
show("instantiate partial", lambda: Partial())
class Concrete(MyABC):
    def run(self):
        return "ran"
c = Concrete()
print(c.run(), c.helper(), isinstance(c, MyABC), Concrete.__abstractmethods__)
class Two(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
show("two abstract", lambda: Two())
class Registered:
    pass
print(isinstance(Registered(), MyABC), MyABC.register(Registered) is Registered, isinstance(Registered(), MyABC), issubclass(Registered, MyABC))
print(MyABC.register(Concrete) is Concrete)
show("register non-class", lambda: MyABC.register(5))
show("register cycle", lambda: Concrete.register(MyABC))
print(issubclass(int, MyABC), isinstance(3, MyABC))
MyABC.register(int)
print(issubclass(int, MyABC), isinstance(3, MyABC), issubclass(bool, MyABC))
class Sub(Registered):
    pass
print(issubclass(Sub, MyABC))
print(abc.get_cache_token() >= 0)

class Meta(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Meta:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Meta), isinstance(Duck(), Meta), issubclass(int, Meta))
show("issubclass non-class", lambda: issubclass(1, MyABC))

# mixin methods
class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap(a=1, b=2)
print(m["a"], m.get("z"), m.get("z", 0), "a" in m, "z" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m == {"a": 1}, m != MyMap(a=1, b=2), len(m.keys()), ("a", 1) in m.items(), 2 in m.values())
print(m.keys() & {"a", "q"}, m.keys() | {"q"} == {"a", "b", "q"}, sorted(m.keys() - {"a"}))
class MyMutMap(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
mm = MyMutMap()
mm.update({"a": 1}, b=2)
mm.update([("c", 3)])
print(dict(mm), mm.pop("a"), mm.pop("zz", "dflt"), mm.setdefault("d", 4), mm.setdefault("d", 5), mm.popitem(), dict(mm))
show("pop missing", lambda: mm.pop("nope"))
mm.clear()
print(len(mm))
show("popitem empty", lambda: mm.popitem())
class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self._i = list(items)
    def __getitem__(self, i):
        return self._i[i]
    def __len__(self):
        return len(self._i)
sq = MySeq(3, 1, 3, 2)
print(list(sq), list(reversed(sq)), 1 in sq, 9 in sq, sq.index(3), sq.index(3, 1), sq.count(3))
show("index missing", lambda: sq.index(9))
class MyMutSeq(cabc.MutableSequence):
    def __init__(self):
        self._i = []
    def __getitem__(self, i):
        return self._i[i]
    def __setitem__(self, i, v):
        self._i[i] = v
    def __delitem__(self, i):
        del self._i[i]
    def __len__(self):
        return len(self._i)
    def insert(self, i, v):
        self._i.insert(i, v)
ms = MyMutSeq()
ms.append(1)
ms.extend([2, 3])
ms += [4]
ms.reverse()
print(list(ms), ms.pop(), ms.pop(0), list(ms))
ms.remove(2)
print(list(ms))
class MySet(cabc.Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it)) if hasattr(dict, "fromkeys") else list(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))
print(type(a & b).__name__, sorted(a & {2}), a._hash() == MySet([3, 1, 2])._hash())
class MyMutSet(cabc.MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
s = MyMutSet([1, 2])
s |= {3}
s -= {1}
print(sorted(s), s.pop(), sorted(s))
s.remove(3)
show("remove missing", lambda: s.remove(99))
s ^= {7, 8}
s &= {7}
print(sorted(s))
