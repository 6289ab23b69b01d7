import functools

class Field:
    def __init__(self, kind, *, default=None, minimum=None):
        self.kind = kind
        self.default = default
        self.minimum = minimum
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__qualname__
        self.storage = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}={value!r} below minimum {self.minimum}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        try:
            delattr(obj, self.storage)
        except AttributeError:
            raise AttributeError(f"{self.name} not set") from None

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class lazy:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.attr] = val
        return val


class Product:
    name = Field(str, default="?")
    price = Field(float, minimum=0.0)
    qty = Field(int, default=0, minimum=0)

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @lazy
    def total(self):
        """Computed once."""
        print("  computing total for", self.name)
        return self.price * self.qty

p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty)
print(p.total, p.total)
print(sorted(k for k in vars(p)))
print(Product.name, Product.qty, Product.total.__doc__, Product.total.__name__)
print(type(Product.__dict__["total"]).__name__)

for bad in [("qty", "3"), ("qty", -1), ("price", 1), ("name", 5)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

del p.qty
print("after del qty:", p.qty)
try:
    del p.qty
except AttributeError as e:
    print(type(e).__name__, e)

# non-data descriptor shadowed by instance dict
class NonData:
    def __get__(self, obj, cls):
        return "from descriptor"

class DataDesc:
    def __get__(self, obj, cls):
        return "data descriptor"
    def __set__(self, obj, v):
        raise AttributeError("read-only!")

class Holder:
    nd = NonData()
    dd = DataDesc()

h = Holder()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance value"
h.__dict__["dd"] = "instance value"
print(h.nd, h.dd)
try:
    h.dd = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del h.dd
except AttributeError as e:
    print(type(e).__name__, e)

# __set_name__ called for late-added attributes? No
class Late:
    pass
f = Field(int)
Late.x = f
print("late name:", f.name)
f.__set_name__(Late, "x")
print("late name now:", f.name, f.owner)

# __set_name__ errors get wrapped
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class UsesBad:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

# property subclass and chaining
class logged_property(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("  get", self.fget.__name__)
        return super().__get__(obj, cls)

class Temp:
    def __init__(self):
        self._c = 0.0
    @logged_property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
print(type(Temp.celsius).__name__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

# classmethod / staticmethod descriptors manually
class K:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def util(x):
        return x * 2
cm = K.__dict__["make"]
sm = K.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__get__(None, K)(), sm.__get__(None, K)(21))
print(cm.__func__.__qualname__, sm.__func__.__qualname__)
bound = K.make
print(bound.__self__ is K, bound.__func__ is cm.__func__)
fn = K.__dict__["make"].__func__
print(fn.__get__(K(), K).__self__.__class__.__name__)
