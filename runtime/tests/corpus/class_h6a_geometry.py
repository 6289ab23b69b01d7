# Geometry class hierarchy: abstract base with a registry, cached properties, __slots__,
# rich comparisons by area, __hash__/__eq__ consistency, and polymorphic dispatch.
import math
from abc import ABC, abstractmethod

class Shape(ABC):
    registry = {}
    __slots__ = ("_cache",)

    def __init_subclass__(cls, *, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    def __init__(self):
        self._cache = {}

    def _cached(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    @property
    def area(self):
        return self._cached("area", self._area)

    @property
    def perimeter(self):
        return self._cached("perimeter", self._perimeter)

    @abstractmethod
    def _area(self): ...

    @abstractmethod
    def _perimeter(self): ...

    def _key(self):
        return (type(self).__name__,) + tuple(getattr(self, s) for s in type(self).__slots__)

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return (self.area, self._key()) < (other.area, other._key())

    def __repr__(self):
        fields = ", ".join(f"{s}={getattr(self, s)!r}" for s in type(self).__slots__)
        return f"{type(self).__name__}({fields})"

    def describe(self):
        return f"{self!r:<32} area={self.area:>9.3f} perimeter={self.perimeter:>8.3f}"

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape kind {kind!r}; known: {', '.join(sorted(cls.registry))}") from None

class Circle(Shape, kind="circle"):
    __slots__ = ("r",)
    def __init__(self, r):
        super().__init__()
        if r <= 0:
            raise ValueError(f"radius must be positive, got {r}")
        self.r = r
    def _area(self):
        return math.pi * self.r ** 2
    def _perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape, kind="rect"):
    __slots__ = ("w", "h")
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def _area(self):
        return self.w * self.h
    def _perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect, kind="square"):
    __slots__ = ()
    def __init__(self, side):
        super().__init__(side, side)

class Triangle(Shape, kind="triangle"):
    __slots__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        super().__init__()
        s = sorted((a, b, c))
        if s[0] + s[1] <= s[2]:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.a, self.b, self.c = a, b, c
    def _area(self):
        s = self.perimeter / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def _perimeter(self):
        return self.a + self.b + self.c

specs = [("circle", 1), ("rect", 2, 3.5), ("square", 2), ("triangle", 3, 4, 5), ("circle", 0.5), ("rect", 2, 2), ("hexagon", 1), ("triangle", 1, 2, 3), ("circle", -1)]
shapes = []
for kind, *args in specs:
    try:
        shapes.append(Shape.create(kind, *args))
    except ValueError as e:
        print("ValueError:", e)
for s in sorted(shapes):
    print(s.describe())
print(sorted(Shape.registry), Square.__mro__[1].__name__, Square(2) == Rect(2, 2), Square(2) == Square(2), len(set(shapes)))
print(max(shapes).__class__.__name__, min(shapes), sum(s.area for s in shapes) > 20)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    __slots__ = ()
    def _area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
c = Circle(2)
print(c.area == c.area, "area" in c._cache, sorted(c._cache))
try:
    c.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Square(1), Rect), issubclass(Triangle, Shape), Shape.__abstractmethods__ == frozenset({"_area", "_perimeter"}))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area, 2))
print(by_type)
print(Circle(1) < Rect(1, 4), Rect(1, 4) > Circle(1), Circle(1).__lt__(5), sorted([Square(3), Circle(1.7), Rect(1, 9)]))
