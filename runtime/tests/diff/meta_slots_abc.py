import abc
from collections.abc import Sized, Iterable, Container, Mapping, MutableSequence, Hashable

class Base:
    __slots__ = ("a",)

class Child(Base):
    __slots__ = ("b", "__weakref__")

class Loose(Child):
    pass

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), Child.__slots__, type(Child.__dict__["b"]).__name__)
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Child().a
except AttributeError as e:
    print(type(e).__name__, e)
del c.a
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
l = Loose()
l.z = 5
l.a = 7
print(vars(l), l.a, "__dict__" in dir(l))
try:
    vars(c)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

class S:
    __slots__ = "single"
print(S.__slots__, [k for k in S.__dict__ if k == "single"])

class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1; w.y = 2
print(w.x, vars(w))

try:
    class BadSlot:
        __slots__ = ("ok", 3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class DupDict(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

class Mangled:
    __slots__ = ("__private", "public")
    def __init__(self):
        self.__private = "hidden"
print(sorted(k for k in Mangled.__dict__ if "private" in k), Mangled()._Mangled__private)

# ABCs
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def unit(cls): ...
    def describe(self):
        return f"{self.name} area={self.area():.2f} {self.unit()}"

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"

try:
    Square(2)
except TypeError as e:
    print(type(e).__name__, e)

class RealSquare(Square):
    @classmethod
    def unit(cls): return "m2"
print(RealSquare(3).describe(), RealSquare.__abstractmethods__)

class Circle:
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2

Shape.register(Circle)
print(isinstance(Circle(1), Shape), issubclass(Circle, Shape), Circle in Shape.__subclasses__())
ret = Shape.register(int)
print(ret is int, isinstance(5, Shape))

class Measurable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Measurable:
            if any("measure" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Tape:
    def measure(self): return 1
class SubTape(Tape): pass
print(issubclass(Tape, Measurable), issubclass(SubTape, Measurable), isinstance("x", Measurable))

class Bag:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
    __hash__ = None
b = Bag([1, 2])
print(isinstance(b, Sized), isinstance(b, Iterable), isinstance(b, Container), isinstance(b, Hashable), isinstance(b, Mapping))

class MyList(MutableSequence):
    def __init__(self): self._d = []
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v): self._d.insert(i, v)
ml = MyList()
ml.extend([5, 3, 8]); ml.append(1); ml.reverse(); ml += [0]
print(list(ml), ml.index(8), ml.count(3), ml.pop(), 3 in ml, list(reversed(ml)))
ml.remove(3)
print(list(ml))
try:
    ml.remove(42)
except ValueError as e:
    print(type(e).__name__, e)

class Incomplete(MutableSequence):
    def __len__(self): return 0
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

# abstractmethod update after class creation
class Later(abc.ABC):
    pass
def todo(self): ...
Later.todo = abc.abstractmethod(todo)
print(Later.__abstractmethods__)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)

class ViaMeta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): pass
print(type(ViaMeta).__name__, getattr(ViaMeta.run, "__isabstractmethod__", False))
