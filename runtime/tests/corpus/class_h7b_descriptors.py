class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = '_' + name
        owner._fields = getattr(owner, '_fields', ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        if not hasattr(obj, self.private):
            raise AttributeError(self.name)
        delattr(obj, self.private)

class Ranged(Typed):
    def __init__(self, lo, hi, **kw):
        super().__init__(int, **kw)
        self.lo, self.hi = lo, hi
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            delattr(obj, self.private)
            raise ValueError(f"{self.name}={value} out of [{self.lo}, {self.hi}]")

class Item:
    name = Typed(str, 'unnamed')
    qty = Ranged(0, 1000, default=0)
    price = Typed(float, 0.0)
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price
    @property
    def total(self):
        return round(self.qty * self.price, 2)

print(Item._fields, type(Item.__dict__['qty']).__name__, Item.name.private)
it = Item('bolt', 10, 0.25)
print(it.name, it.qty, it.price, it.total, sorted(vars(it)))
for bad in [('qty', 5000), ('qty', 'x'), ('price', 3), ('name', None)]:
    try:
        setattr(it, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(it.qty)
it.qty = 7
print(it.qty)
del it.qty
print(it.qty)
try:
    del it.qty
except AttributeError as e:
    print('AttributeError', e)
total = 0
for i in range(300):
    it.qty = i % 1000
    total += it.qty + it.total
print(total)

class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        """degrees C"""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, lambda self, f: setattr(self, 'celsius', (f - 32) * 5 / 9), doc="deg F")

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
del t.celsius
print(t.celsius)
ro = property(lambda self: 1)
class R:
    x = ro
try:
    R().x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del R().x
except AttributeError as e:
    print('AttributeError', e)
print(type(ro.fget).__name__, ro.fset, ro.fdel)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        self.calls += 1
        v = self.fn(obj)
        obj.__dict__[self.attr] = v
        return v

class Data:
    def __init__(self, n): self.n = n
    @Lazy
    def squares(self):
        return [i * i for i in range(self.n)]
d = Data(6)
for _ in range(200):
    s = d.squares
print(s, Data.squares.calls, 'squares' in vars(d))

class Bound:
    def __get__(self, obj, cls):
        return (type(obj).__name__ if obj is not None else None, cls.__name__)
class Host:
    b = Bound()
class Child(Host):
    pass
print(Host.b, Host().b, Child.b, Child().b)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
s = Slotted(3)
try:
    print(s.y)
except AttributeError as e:
    print('AttributeError', e)
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError', e)
print(type(Slotted.__dict__['x']).__name__, Slotted.x.__get__(s), hasattr(s, '__dict__'))
class SlotChild(Slotted):
    __slots__ = ('z',)
sc = SlotChild(1); sc.z = 2; sc.y = 3
print(sc.x, sc.y, sc.z, SlotChild.__slots__)
class Free(Slotted):
    pass
f = Free(1); f.w = 9
print(vars(f))
