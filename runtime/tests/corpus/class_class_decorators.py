# Class decorators that add methods, wrap methods, register and validate classes.
def add_repr(cls):
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({attrs})"
    cls.__repr__ = __repr__
    return cls
def trace_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(self, *args):
                    result = fn(self, *args)
                    print(f"  {cls.__name__}.{name}{args} -> {result!r}")
                    return result
                return wrapper
            setattr(cls, name, make(val))
    return cls
def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.__wrapped__ = cls
    return get
def validate_fields(**types):
    def deco(cls):
        orig_init = cls.__init__
        def __init__(self, *args, **kwargs):
            orig_init(self, *args, **kwargs)
            for field, t in types.items():
                v = getattr(self, field)
                if not isinstance(v, t):
                    raise TypeError(f"{cls.__name__}.{field} must be {t.__name__}, not {type(v).__name__}")
        cls.__init__ = __init__
        return cls
    return deco
@add_repr
@trace_methods
class Calculator:
    def __init__(self, start=0):
        self.value = start
    def add(self, n):
        self.value += n
        return self.value
    def mul(self, n):
        self.value *= n
        return self.value
c = Calculator(2)
c.add(3)
c.mul(4)
print(c)
@singleton
class Settings:
    def __init__(self, env="dev"):
        self.env = env
s1, s2 = Settings("prod"), Settings("test")
print(s1 is s2, s1.env, Settings.__wrapped__.__name__)
@validate_fields(name=str, age=int)
@add_repr
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
print(Person("ann", 30))
try:
    Person("bob", "thirty")
except TypeError as e:
    print("TypeError", e)
def with_ordering(cls):
    lt = cls.__lt__
    cls.__gt__ = lambda a, b: lt(b, a)
    cls.__le__ = lambda a, b: not lt(b, a)
    cls.__ge__ = lambda a, b: not lt(a, b)
    return cls
@with_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, o):
        return self.kg < o.kg
    def __repr__(self):
        return f"{self.kg}kg"
a, b = Weight(3), Weight(5)
print(a < b, a > b, a <= b, a >= b, a <= Weight(3), sorted([b, a, Weight(1)]), max(a, b))
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), Circle.registered_as, registry["square"] is Square)
def auto_str(cls):
    cls.__str__ = lambda self: f"<{cls.__name__} " + " ".join(f"{k}={v}" for k, v in vars(self).items()) + ">"
    return cls
def counted(cls):
    orig = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        type(self).created += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@auto_str
@counted
class Item:
    def __init__(self, name, qty=1):
        self.name, self.qty = name, qty
items = [Item("pen"), Item("cup", 2), Item("lamp", 5)]
for it in items:
    print(it)
print("created", Item.created)
def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    orig = cls.__init__
    def __init__(self, *a, **k):
        orig(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
c = Coord(1, 2)
print(c.x, c.y)
for attr in ["x", "z"]:
    try:
        setattr(c, attr, 9)
    except AttributeError as e:
        print("AttributeError", e)
def method_names(cls):
    cls.method_names = sorted(k for k, v in vars(cls).items() if callable(v) and not k.startswith("_"))
    return cls
@method_names
class Api:
    def get(self): pass
    def put(self): pass
    def delete(self): pass
    def _private(self): pass
    version = "1.0"
print(Api.method_names, Api.version)
