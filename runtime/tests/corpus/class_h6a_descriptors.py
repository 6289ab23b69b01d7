# Hand-written descriptors, properties, __slots__ and validation.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.storage):
            raise AttributeError(self.name)
        delattr(obj, self.storage)

    def __repr__(self):
        return f"<Typed {self.name}:{self.kind.__name__}>"


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            delattr(obj, self.storage)
            raise ValueError(f"{self.name} must be positive: {value!r}")


class Item:
    name = Typed(str, "?")
    price = Positive((int, float).__class__ and float)
    qty = Positive(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self):
        return self.price * self.qty

    @total.setter
    def total(self, value):
        self.price = value / self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price!r}, {self.qty!r})"


it = Item("pen", 1.5, 4)
print(it, it.total)
it.total = 10.0
print(it, it.total)
print(Item.__dict__["name"], Item.name, Item.qty.storage)
for bad in [("pen", 1, 2), ("pen", -1.0, 2), (3, 1.0, 1), ("x", 2.0, 0)]:
    try:
        Item(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

del it.name
print(it.name)
try:
    del it.name
except AttributeError as e:
    print("AttributeError", e)

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError", e)
print(type(Point.x).__name__)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

q = Point3(1, 2, 3)
print(q, hasattr(q, "__dict__"))

class Loose(Point):
    pass

l = Loose(5, 6)
l.extra = 7
print(l, l.__dict__)

# property without setter / deleter
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
        self._c = 0.0

t = Temp()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
del t.fahrenheit
print(t.celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(Temp.celsius.__doc__, Temp.fahrenheit.fget.__name__)
print(isinstance(Temp.celsius, property), Temp.celsius.fset)

# non-data descriptor overridden by instance dict
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val

class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(10))

d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in vars(d))
