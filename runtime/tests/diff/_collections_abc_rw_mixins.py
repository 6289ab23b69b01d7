# collections.abc: hierarchy, abstract method sets, mixin methods, hooks and registrations.
import collections.abc as cabc
import _collections_abc
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cabc.__all__)
print(_collections_abc.__name__, cabc.Iterable.__module__, cabc.Sequence.__qualname__)
for name in cabc.__all__:
    cls = getattr(cabc, name)
    print(name, [b.__name__ for b in cls.__mro__], sorted(cls.__abstractmethods__),
          cls.__dict__.get("__slots__", "-"), "__class_getitem__" in cls.__dict__)
    own = sorted(k for k, v in cls.__dict__.items()
                 if k not in ("__module__", "__doc__", "__abstractmethods__", "_abc_impl", "__slots__",
                              "__dict__", "__weakref__", "_MutableMapping__marker")
                 and not k.startswith("_abc"))
    print("   ", own)

# Builtin registrations and structural hooks.
kinds = {
    "bytes_iter": iter(b""), "bytearray_iter": iter(bytearray()), "keyiter": iter({}.keys()),
    "valiter": iter({}.values()), "itemiter": iter({}.items()), "list_iter": iter([]),
    "list_rev": iter(reversed([])), "range_iter": iter(range(0)), "set_iter": iter(set()),
    "str_iter": iter(""), "tuple_iter": iter(()), "zip_iter": iter(zip()), "keys": {}.keys(),
    "values": {}.values(), "items": {}.items(), "mappingproxy": type.__dict__, "memoryview": memoryview(b""),
    "frozenset": frozenset(), "set": set(), "dict": {}, "list": [], "tuple": (), "str": "", "range": range(0),
    "bytes": b"", "bytearray": bytearray(), "int": 0, "None": None, "type": type, "rev_range": reversed(range(2)),
}
abcs = [getattr(cabc, n) for n in cabc.__all__]
for label, obj in kinds.items():
    print(label.ljust(15), "".join("1" if isinstance(obj, a) else "." for a in abcs))


def gen():
    yield 1


async def co():
    return 1


async def agen():
    yield 1


g, c, ag = gen(), co(), agen()
print([isinstance(g, a) for a in (cabc.Generator, cabc.Iterator, cabc.Coroutine)],
      [isinstance(c, a) for a in (cabc.Coroutine, cabc.Awaitable, cabc.Generator)],
      [isinstance(ag, a) for a in (cabc.AsyncGenerator, cabc.AsyncIterator, cabc.AsyncIterable)])
c.close()


class Blocked(list):
    __iter__ = None


class HashNone:
    __hash__ = None


class Rev:
    def __reversed__(self):
        return iter([])

    def __iter__(self):
        return iter([])


class OnlyRev:
    def __reversed__(self):
        return iter([])


class Aw:
    def __await__(self):
        yield


class CoLike(Aw):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass


print(issubclass(Blocked, cabc.Iterable), issubclass(HashNone, cabc.Hashable), issubclass(Rev, cabc.Reversible),
      issubclass(OnlyRev, cabc.Reversible), issubclass(Aw, cabc.Awaitable), issubclass(CoLike, cabc.Coroutine),
      issubclass(Aw, cabc.Coroutine), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))
print(issubclass(Rev, cabc.Collection), issubclass(dict, cabc.Collection), issubclass(type(len), cabc.Callable),
      issubclass(Rev, cabc.Sequence), issubclass(Aw, cabc.Iterable))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = MySeq(1, 2, 3, 2, float("nan"))
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.count(2), s.index(2), s.index(2, 2), s.index(1, -5))
show("index missing", lambda: s.index(7))
show("index stop", lambda: s.index(3, 0, 2))
show("index neg stop", lambda: s.index(3, 0, -3))
print(s.index(3, -3, -1), s.index(2, -2), s.count(float("nan")), isinstance(s, cabc.Reversible))
show("abstract", lambda: cabc.Sequence())
show("abstract2", lambda: cabc.MutableMapping())
show("abstract3", lambda: cabc.Set())


class MyList(cabc.MutableSequence):
    def __init__(self, items=()):
        self._d = list(items)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def __len__(self):
        return len(self._d)

    def insert(self, i, v):
        self._d.insert(i, v)

    def __repr__(self):
        return f"MyList({self._d})"


ml = MyList([1, 2, 3])
ml.append(4)
ml.extend([5, 6])
ml.extend(ml)
print(ml, ml.pop(), ml.pop(0), ml)
ml.remove(3)
show("remove missing", lambda: ml.remove(99))
ml.reverse()
print(ml)
ml += (7, 8)
print(ml)
ml.clear()
print(ml, len(ml))
show("pop empty", lambda: ml.pop())


class MySet(cabc.Set):
    def __init__(self, it=()):
        self._s = []
        for v in it:
            if v not in self._s:
                self._s.append(v)

    def __contains__(self, v):
        return v in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return f"MySet({self._s})"


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [3, 9], [3, 9] & a if False else a | [9], [1, 9] - a, a - [1])
print(a <= b, a < MySet([1, 2, 3, 4]), a >= MySet([1]), a > a, a == MySet([3, 2, 1]), a != b, a == {1, 2, 3},
      a <= {1, 2, 3}, {1, 2, 3} >= a, a.isdisjoint([7]), a.isdisjoint([1]))
show("and int", lambda: a & 5)
show("le list", lambda: a <= [1])
print(MySet([])._hash() == hash(frozenset()), MySet([1, 2])._hash() == hash(frozenset([1, 2])),
      MySet("abc")._hash() == hash(frozenset("abc")), MySet([-1, 2 ** 70])._hash() == hash(frozenset([-1, 2 ** 70])))
print({1, 2} ^ MySet([2, 3]), type({1, 2} & MySet([2])).__name__)


class MyMSet(MySet, cabc.MutableSet):
    def add(self, v):
        if v not in self._s:
            self._s.append(v)

    def discard(self, v):
        if v in self._s:
            self._s.remove(v)


ms = MyMSet([1, 2, 3])
ms |= [4]
ms &= [1, 2, 4, 8]
ms ^= [2, 9]
ms -= [9]
print(ms, ms.pop(), ms)
ms.remove(4)
show("remove missing", lambda: ms.remove(4))
ms.add(5)
ms ^= ms
print(ms)
ms.add(1)
ms -= ms
print(ms)
show("pop empty", lambda: ms.pop())
ms.add(3)
ms.clear()
print(ms, MyMSet.__abstractmethods__)


class MyMap(cabc.MutableMapping):
    def __init__(self, **kw):
        self._d = dict(kw)

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

    def __repr__(self):
        return "MyMap"


mm = MyMap(a=1, b=2)
print(mm.get("a"), mm.get("z"), mm.get("z", 0), "a" in mm, "z" in mm, mm == {"a": 1, "b": 2}, mm == MyMap(b=2, a=1))
print(mm.keys(), mm.values(), mm.items(), list(mm.keys()), list(mm.values()), list(mm.items()))
print(mm.keys() & {"a"}, mm.items() | {("c", 3)}, ("a", 1) in mm.items(), ("a", 2) in mm.items(), 2 in mm.values(),
      len(mm.keys()), mm.keys() == {"a", "b"}, mm.items() == {("a", 1), ("b", 2)}, mm.keys() - ["a"])
print(type(mm.keys() & {"a"}).__name__, type(mm.items() | set()).__name__)
print(mm.pop("a"), mm.pop("q", 0), mm.setdefault("c", 3), mm.setdefault("c", 4), mm.popitem(), dict(mm.items()))
show("pop missing", lambda: mm.pop("q"))
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])


class KeysOnly:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k * 2


mm.update(KeysOnly())
print(dict(mm.items()))
mm.clear()
show("popitem empty", lambda: mm.popitem())
show("update bad", lambda: mm.update(5))
show("update kw self", lambda: mm.update(self=1, other=2) or dict(mm.items()))
show("reversed", lambda: reversed(mm))
print(cabc.Mapping.__reversed__, cabc.Mapping.__hash__ if "__hash__" in cabc.Mapping.__dict__ else "inherit")
print(cabc.KeysView({"a": 1}), cabc.ItemsView({"a": 1}), cabc.ValuesView({"a": 1}), repr(cabc.MappingView([1, 2])))
print(len(cabc.MappingView({1: 1})), list(cabc.ValuesView({"a": 1})), list(cabc.ItemsView({"a": 1})))
print(cabc.KeysView._from_iterable([1]), cabc.ItemsView._from_iterable([1]), cabc.MappingView.__slots__)
show("views not hashable", lambda: hash(cabc.KeysView({})))


class MyGen(cabc.Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


mg = MyGen()
print(list(mg), iter(mg) is mg)
show("gen throw", lambda: MyGen().throw(ValueError))
show("gen throw val", lambda: MyGen().throw(ValueError, ValueError("v")))
show("gen throw inst", lambda: MyGen().throw(KeyError("k")))
print(MyGen().close())


class Stubborn(MyGen):
    def throw(self, *a):
        return 1


show("stubborn close", lambda: Stubborn().close())


class MyCo(cabc.Coroutine):
    def __await__(self):
        return iter([])

    def send(self, v):
        raise StopIteration(v)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(MyCo().close())
show("co throw", lambda: MyCo().throw(TypeError, "x"))


class StubbornCo(MyCo):
    def throw(self, *a):
        return 0


show("co stubborn", lambda: StubbornCo().close())


class MyAGen(cabc.AsyncGenerator):
    def __init__(self):
        self.n = 0

    async def asend(self, v):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


ag2 = MyAGen()
print(drive(ag2.__anext__()), drive(ag2.__anext__()), ag2.__aiter__() is ag2, drive(ag2.aclose()))
show("athrow", lambda: drive(MyAGen().athrow(ValueError)))


class StubbornAG(MyAGen):
    async def athrow(self, *a):
        return 5


show("ag stubborn", lambda: drive(StubbornAG().aclose()))

# Generic aliases.
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Awaitable[int], cabc.Container[int], cabc.MappingView[int])
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None])
ca = cabc.Callable[[int], str]
print(ca.__args__, ca.__origin__, type(ca).__name__, ca.__parameters__)
show("callable bad", lambda: cabc.Callable[int])
show("callable bad2", lambda: cabc.Callable[int, str])
import typing
T = typing.TypeVar("T")
gen_c = cabc.Callable[[T], T]
print(gen_c, gen_c.__parameters__, gen_c[int], gen_c[int].__args__)
print(cabc.Callable[[int], str] == cabc.Callable[[int], str], type(cabc.Callable[[int], str].__reduce__()[1][1][0]).__name__)
import pickle
print(pickle.loads(pickle.dumps(cabc.Callable[[int], str])))


class Reg:
    pass


cabc.Sequence.register(Reg)
print(issubclass(Reg, cabc.Sequence), issubclass(Reg, cabc.Iterable), issubclass(Reg, cabc.MutableSequence),
      isinstance(Reg(), cabc.Collection), cabc.Hashable.register(Reg) is Reg)
print(cabc.Coroutine.close.__doc__ is None or True, hasattr(cabc, "_check_methods"),
      _collections_abc._check_methods(list, "__len__", "__iter__"),
      _collections_abc._check_methods(list, "__hash__"), _collections_abc._check_methods(int, "nope"))
