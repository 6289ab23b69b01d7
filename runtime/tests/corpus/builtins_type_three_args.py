# type() with three arguments, dynamic classes, __name__/__bases__/__dict__.
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point()
p.x = 3
print(p, Point.__name__, Point.__bases__, Point.x, type(p) is Point)
def area(self):
    return self.w * self.h
Rect = type("Rect", (object,), {"__init__": lambda self, w, h: setattr(self, "w", w) or setattr(self, "h", h), "area": area})
r = Rect(3, 4)
print(r.area(), Rect.__qualname__, sorted(k for k in Rect.__dict__ if not k.startswith("__")))
Square = type("Square", (Rect,), {"__init__": lambda self, s: Rect.__init__(self, s, s), "kind": "square"})
sq = Square(5)
print(sq.area(), sq.kind, isinstance(sq, Rect), [c.__name__ for c in Square.__mro__])
Dyn = type("Dyn", (), {})
print(Dyn.__name__, Dyn.__module__, type(Dyn).__name__, Dyn.__doc__)
Doc = type("Doc", (), {"__doc__": "dynamic doc", "__module__": "custom_module"})
print(Doc.__doc__, Doc.__module__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError", e)
print(type(5).__name__, type(type).__name__, type("x")("abc"), type(3)(4.7))
classes = {}
for name in ["Alpha", "Beta", "Gamma"]:
    classes[name] = type(name, (), {"greet": lambda self, n=name: "I am " + n})
print([classes[n]().greet() for n in sorted(classes)])
Counter = type("Counter", (), {"count": 0, "inc": lambda self: setattr(type(self), "count", type(self).count + 1)})
c1, c2 = Counter(), Counter()
c1.inc(); c2.inc(); c2.inc()
print(Counter.count)
IntSub = type("IntSub", (int,), {"double": lambda self: self * 2})
print(IntSub(21).double(), IntSub(5) + 1, type(IntSub(5) + 1).__name__, isinstance(IntSub(1), int))
Named = type("Named", (), {"__slots__": ("a",)})
n = Named()
n.a = 1
try:
    n.b = 2
except AttributeError as e:
    print("AttributeError", e)
Sub = type("Sub", (Exception,), {})
try:
    raise Sub("dynamic exception")
except Exception as e:
    print(type(e).__name__, e)
