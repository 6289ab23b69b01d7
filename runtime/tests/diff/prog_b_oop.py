import abc

class Validated:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        self.check(value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"  deleting {self.owner}.{self.name}")
        delattr(obj, self.private)
    def check(self, value):
        pass

class Positive(Validated):
    def check(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0, got {value!r}")

class NonEmpty(Validated):
    def check(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.name} must be a non-empty string")

registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.instances = 0
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perim={self.perimeter():.2f}"
    def __init_subclass__(cls, sides=None, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class HalfShape(Shape, sides=0):
    def area(self):
        return 0

try:
    HalfShape()
except TypeError as e:
    print("TypeError:", e)

@register
class Rect(Shape, sides=4):
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
    @classmethod
    def square(cls, side):
        return cls(side, side)
    def area(self):
        return self.width * self.height
    def perimeter(self):
        return 2 * (self.width + self.height)
    def __repr__(self):
        return f"{type(self).__name__}({self.width!r}, {self.height!r})"

@register
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @property
    def side(self):
        return self.width
    @side.setter
    def side(self, v):
        self.width = self.height = v
    @side.deleter
    def side(self):
        del self.width
        del self.height

r = Rect(3, 4.5)
print(r, r.describe(), Rect.sides, Square.sides, HalfShape.sides)
s = Rect.square(2); s = Square(2)
print(s, s.describe(), type(s).__mro__[1].__name__)
s.side = 5
print(s.side, s.area())
del s.side
print(s.width, s.__dict__)
for bad in [(-1, 2), ("x", 2), (2, 0)]:
    try:
        Rect(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(registry), isinstance(Rect.__dict__["width"], Positive), Rect.width.owner)

class Named(metaclass=Meta, tag="x"):
    def __init__(self, name):
        self.name = name

class Child(Named):
    pass

a, b, c = Named("a"), Child("b"), Child("c")
print(Named.instances, Child.instances, Child.kind, Named.kind, type(Child).__name__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.__slots__, p)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class Matrix:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, tuple) else (item,)}]"
print(Matrix[int], Matrix[int, float])

class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Diamond(Left, Right):
    def hello(self):
        return ["Diamond"] + super().hello()
print(Diamond().hello(), [k.__name__ for k in Diamond.__mro__])
try:
    class Bad(Left, Diamond):
        pass
except TypeError as e:
    print("TypeError:", e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), HalfShape.__abstractmethods__)
print(issubclass(Square, Shape), isinstance(s, abc.ABC), Rect.square.__func__.__qualname__)
