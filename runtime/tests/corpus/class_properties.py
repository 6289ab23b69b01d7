# property: getter/setter/deleter, validation, computed attributes, property objects.
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        print("  deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError", e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print("AttributeError", e)
print(type(Circle.radius).__name__, Circle.area.fget.__name__, Circle.radius.fset is not None, Circle.area.fset)
class Legacy:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 10
    v = property(get_v, set_v, doc="the v property")
l = Legacy()
l.v = 4
print(l.v, Legacy.v.__doc__)
class ReadOnly:
    x = property(lambda self: "computed")
r = ReadOnly()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    def __init__(self):
        self.computations = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computations += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computations)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name)
class Override(Base):
    name = "plain attribute"
print(Override().name)
class InstanceShadow:
    @property
    def p(self):
        return "property wins"
isd = InstanceShadow()
isd.__dict__["p"] = "instance dict"
print(isd.p)
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temp()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
p = property()
try:
    p.__get__(object())
except AttributeError as e:
    print("AttributeError", e)
print(Circle.radius.__get__(None, Circle) is Circle.radius)
class Counted:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return type(self)._count
cc = Counted()
print(cc.count, cc.count, Counted().count)
