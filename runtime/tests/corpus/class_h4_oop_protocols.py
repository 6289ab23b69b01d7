class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Meta.registry[name.lower()] = cls
        cls.tag = kw.get("tag", name[:3])
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"

class Plugin(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x

class Alpha(Plugin, tag="A!"):
    pass

class Beta(Plugin):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("subclassed", cls.__name__)

class Gamma(Beta):
    pass

print(sorted(Meta.registry), Alpha, Beta, Gamma.tag, Alpha().created_by_meta, type(Alpha))
class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f"{self.public} must be a non-negative int, got {value!r}")
        setattr(obj, self.name, value)

class Product:
    qty = Validated()
    price = Validated()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

p = Product(3, 10)
print(p.qty, p.price, vars(p), type(Product.qty).__name__, Product.qty.public)
try:
    p.qty = -1
except ValueError as e:
    print(e)
try:
    Product("x", 1)
except ValueError as e:
    print(e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
print(Slotted.__slots__, hasattr(s, "__dict__"))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** .5
    def __bool__(self): return bool(self.x or self.y)
    def __call__(self, scale): return self * scale
v = Vec(3, 4)
w = v
v += Vec(1, 1)
print(v, w, v is w, 2 * v, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), v(10), list(v), v[1], Vec(1, 2) == (1, 2))
for obj in [Vec(0, 0), Vec(1, 0), Vec(2, 3), 5, "s", [1, 2], {"k": 1}]:
    match obj:
        case Vec(0, 0): print("origin")
        case Vec(x, 0): print("on x axis", x)
        case Vec(x=x, y=y) if x < y: print("above diag", x, y)
        case int() | float() as n: print("number", n)
        case [a, b]: print("pair", a, b)
        case {"k": val}: print("mapping", val)
        case _: print("other", obj)
print(callable(v), callable(Vec), Vec.__dict__["__rmul__"] is Vec.__dict__["__mul__"])
class Temp:
    def __init__(self): self._c = 0
    def __getattribute__(self, n):
        if n == "f":
            return object.__getattribute__(self, "_c") * 9 / 5 + 32
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        if n == "f":
            n, v = "_c", (v - 32) * 5 / 9
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("del", n)
t = Temp(); t.f = 212; print(t._c, t.f); del t.x
print(type("Dyn", (A,), {"z": 1, "who": lambda self: "dyn"})().who(), type(3), type(type))
print(isinstance(True, int), issubclass(bool, (str, int)), A.__subclasses__()[:2] if False else [c.__name__ for c in A.__subclasses__()])
print(Product.__init__.__qualname__, Vec.__add__.__name__, D.who.__qualname__)
