import collections.abc as cabc, functools, numbers, abc, typing
class MySeq(cabc.Sequence):
    def __init__(s, d): s.d = d
    def __getitem__(s, i): return s.d[i]
    def __len__(s): return len(s.d)
class MyMap(cabc.Mapping):
    def __init__(s, **k): s.k = k
    def __getitem__(s, x): return s.k[x]
    def __iter__(s): return iter(s.k)
    def __len__(s): return len(s.k)
class MySet(cabc.MutableSet):
    def __init__(s, it=()): s.s = list(dict.fromkeys(it))
    def __contains__(s, x): return x in s.s
    def __iter__(s): return iter(s.s)
    def __len__(s): return len(s.s)
    def add(s, x):
        if x not in s.s: s.s.append(x)
    def discard(s, x):
        if x in s.s: s.s.remove(x)
    def __repr__(s): return f"MySet({s.s})"
sq = MySeq([3, 1, 2, 3])
print(list(sq), 3 in sq, sq.index(2), sq.count(3), list(reversed(sq)), len(sq), sorted(sq), sq[1:3])
mm = MyMap(a=1, b=2)
print(dict(mm), mm.get("c", 0), list(mm.items()), list(mm.keys()), "a" in mm, mm == {"a": 1, "b": 2}, dict(**mm), {**mm})
ms = MySet([1, 2, 3])
ms |= {4}; ms -= {1}; print(ms, ms & {2, 9}, ms | [7], ms ^ {2, 8}, ms <= {2, 3, 4, 5}, ms.isdisjoint([9]), ms.pop(), ms)
print(isinstance(sq, cabc.Iterable), isinstance(mm, cabc.Collection), issubclass(list, cabc.MutableSequence), isinstance({}, cabc.MutableMapping), isinstance(range(1), cabc.Sequence), isinstance("x", cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), issubclass(dict, cabc.Reversible), isinstance({}.keys(), cabc.Set), isinstance({}.items(), cabc.ItemsView))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(float, numbers.Rational))
@functools.singledispatch
def kind(x): return "object"
@kind.register
def _(x: cabc.Mapping): return "mapping"
@kind.register
def _(x: cabc.Sequence): return "sequence"
@kind.register
def _(x: numbers.Integral): return "integral"
@kind.register(cabc.Set)
def _(x): return "set"
print([kind(v) for v in [{}, mm, [], sq, "s", 3, True, 2.5, {1}, ms, frozenset(), range(2), b"x", None]])
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("x", Reg), Reg.__subclasshook__(int))
class Sized2:
    def __len__(s): return 0
print(isinstance(Sized2(), cabc.Sized), isinstance(Sized2(), cabc.Container), issubclass(Sized2, typing.Sized))
try:
    class Bad(cabc.Sequence): pass
    Bad()
except TypeError as e: print(e)
try:
    MyMap()["x"]
except KeyError as e: print("KeyError", e)
print(cabc.Sequence.index.__qualname__ if hasattr(cabc.Sequence.index, "__qualname__") else "", sorted(cabc.MutableMapping.__abstractmethods__))
