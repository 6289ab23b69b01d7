# A hand-written dataclass-style decorator using __annotations__ and generated methods.
MISSING = object()
def dataclass(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f in defaults:
                        values[f] = defaults[f]
                    else:
                        raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                object.__setattr__(self, f, values[f])
            if hasattr(self, "__post_init__"):
                self.__post_init__()
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__match_args__ = tuple(fields)
        cls._fields = tuple(fields)
        if order:
            def key(s):
                return tuple(getattr(s, f) for f in fields)
            cls.__lt__ = lambda s, o: key(s) < key(o)
            cls.__le__ = lambda s, o: key(s) <= key(o)
            cls.__gt__ = lambda s, o: key(s) > key(o)
            cls.__ge__ = lambda s, o: key(s) >= key(o)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda s: hash(tuple(getattr(s, f) for f in fields))
        else:
            cls.__hash__ = None
        return cls
    return wrap if cls is None else wrap(cls)
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
@dataclass
class Inventory:
    name: str
    qty: int = 0
    price: float = 0.0
    def __post_init__(self):
        self.total = self.qty * self.price
print(Point(1, 2), Point(3), Point(y=5, x=4), Point(1) == Point(1, 0), Point(1) == (1, 0))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1))
c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), len({c, Color(255, 128, 0)}))
try:
    c.r = 0
except AttributeError as e:
    print("AttributeError", e)
inv = Inventory("widget", 3, 2.5)
print(inv, inv.total, Inventory._fields, Point.__match_args__)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError", e)
match Point(0, 7):
    case Point(0, y):
        print("on y axis at", y)
