# match: class patterns, __match_args__, builtin class patterns, keyword patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Rect:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "circle"
        case Rect(a=a, b=b) if a == b:
            return "square"
        case Rect():
            return "rect"
        case int(n) if n < 0:
            return "negative int"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict():
            return "a dict"
        case bool():
            return "unreachable bool"
        case _:
            return "unknown"

objs = [Point(0, 0), Point(0, 3), Point(5, 0), Point(2, 2), Point(1, 2),
        Circle(Point(0, 0), 4), Circle(Point(7, 1), 20), Circle(Point(1, 1), 1),
        Rect(2, 2), Rect(2, 3), -5, 7, 2.5, True, "hi", [9, 8], [], {"a": 1}, None, (1, 2)]
for o in objs:
    print(type(o).__name__, where(o))

# positional subpatterns without __match_args__ raise TypeError
try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("no")
except TypeError as e:
    print("TypeError", e)

# too many positional subpatterns
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            print("no")
except TypeError as e:
    print("TypeError", e)

# keyword attribute that doesn't exist just fails to match
match Point(1, 2):
    case Point(z=1):
        print("no z")
    case Point(x=1, y=2):
        print("kw match")

# dataclass-like with inheritance of __match_args__
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

match Point3(1, 2, 3):
    case Point3(a, b, c):
        print("p3", a, b, c)
match Point3(1, 2, 3):
    case Point(a, b):
        print("p3 as Point", a, b)

# builtins that match self
for v in [3, "s", b"b", 1.5, (1,), frozenset([1]), bytearray(b"x")]:
    match v:
        case int(x):
            print("int", x)
        case str(x):
            print("str", x)
        case bytes(x):
            print("bytes", x)
        case float(x):
            print("float", x)
        case tuple(x):
            print("tuple", x)
        case frozenset(x):
            print("frozenset", sorted(x))
        case bytearray(x):
            print("bytearray", x)

# match with a tree of expressions
class Num:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
class Add:
    __match_args__ = ("l", "r")
    def __init__(self, l, r): self.l, self.r = l, r
class Mul:
    __match_args__ = ("l", "r")
    def __init__(self, l, r): self.l, self.r = l, r

def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return f"({show(l)} + {show(r)})"
        case Mul(l, r):
            return f"{show(l)} * {show(r)}"

exprs = [Add(Num(1), Num(2)), Mul(Add(Num(1), Num(2)), Num(4)), Add(Num(0), Mul(Num(3), Num(3))), Mul(Num(5), Num(0))]
for e in exprs:
    print(show(e), "=", ev(e))
