from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
import collections.abc as cabc

class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self): return "circle"

class Half(Shape):
    def area(self): return 0

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
for s in [Square(2), Circle(1.5)]:
    print(s.describe())
print(sorted(Shape.registry), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Half.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Circle, ABC), type(Shape) is ABCMeta)

class Serializer(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Serializer:
            if any("dumps" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class JsonLike:
    def dumps(self): return "{}"
class Nope:
    pass
print(issubclass(JsonLike, Serializer), isinstance(Nope(), Serializer), issubclass(dict, Serializer))

class Plugin(ABC):
    @abstractmethod
    def run(self, x): ...
class External:
    def run(self, x): return x * 2
Plugin.register(External)
print(issubclass(External, Plugin), isinstance(External(), Plugin), External.__mro__[-1].__name__)
@Plugin.register
class Ext2:
    pass
print(Ext2.__name__, issubclass(Ext2, Plugin))

class Base(ABC):
    @abstractmethod
    def f(self):
        return "base-f"
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
class Impl(Base):
    def f(self):
        return "impl+" + super().f()
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 42
print(Impl.make().f(), Impl.util(), sorted(Base.__abstractmethods__))

class MyMapping(cabc.Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMapping({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2}, len(m))

class MySeq(cabc.Sequence):
    def __init__(self, *x): self.x = x
    def __getitem__(self, i): return self.x[i]
    def __len__(self): return len(self.x)
sq = MySeq(3, 1, 4, 1)
print(sq.index(4), sq.count(1), list(reversed(sq)), 4 in sq, sq[1:3])

class Bag(cabc.MutableSet):
    def __init__(self, it=()): self.items = []; [self.add(i) for i in it]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
b = Bag([1, 2, 3])
b |= {4}
b -= {1}
print(sorted(b), b & {2, 9} if False else sorted(Bag([2, 3]) & Bag([3, 4])), b.isdisjoint([7]), sorted(b | Bag([10])))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), isinstance((x for x in []), cabc.Iterator), isinstance(3, cabc.Hashable))
print(issubclass(list, cabc.Reversible), isinstance("s", cabc.Collection), isinstance(len, cabc.Callable), issubclass(set, cabc.Sequence))
class D(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k.lower()]
    def __setitem__(self, k, v): self.d[k.lower()] = v
    def __delitem__(self, k): del self.d[k.lower()]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D()
d["A"] = 1
d.update(B=2, c=3)
print(d["a"], d.pop("b"), d.setdefault("x", 9), sorted(d.items()), d.popitem(), len(d))
try:
    class Bad(cabc.Sequence): pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
print(abc.get_cache_token() is not None, hasattr(Shape, "_abc_impl") or True)
