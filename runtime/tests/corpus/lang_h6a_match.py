# Structural pattern matching over a small command language and AST.
from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def evaluate(node):
    match node:
        case Num(value=v) if isinstance(v, int):
            return v
        case Num(v):
            return float(v)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, Num(0)):
            return evaluate(l)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op=op):
            raise ValueError(f"unknown op {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")

tree = BinOp("+", Num(2), BinOp("*", Num(3), BinOp("-", Num(10), Num(4))))
print(evaluate(tree), evaluate(BinOp("-", Num("2.5"), Num(0))))
for bad in [BinOp("/", Num(1), Num(2)), "oops"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["drop", item, *rest]:
            return f"drop {item} (+{len(rest)})"
        case [single]:
            return f"single word {single!r}"
        case _:
            return "unknown"

for c in ["", "go north", "go up", "take lamp key", "take", "drop a b c", "look", "dance wildly now"]:
    print(repr(c), "->", command(c))

def describe(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if len(s) > 5:
            return f"long string {s[:5]}..."
        case str(s):
            return f"string {s}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case (x, y) if x == y:
            return f"pair of equal {x}"
        case (x, y, *_):
            return f"seq starting {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return f"other {type(obj).__name__}"

tests = [None, True, False, 0, 0.0, -3, 7, 2.5, "hi", "longer text", {"type": "user", "name": "ann", "age": 3},
         {"type": "admin"}, {"name": "x"}, (1, 1), [1, 2, 3], (4, 5), Point(0, 0), Point(0, 5), Point(3, 4), {1, 2}, b"xy", "abc"]
for t in tests:
    print(repr(t), "=>", describe(t))

RED, GREEN = "red", "green"
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(color("red"), color("green"), color("blue"))

def nested(data):
    match data:
        case {"points": [Point(x=x1), Point(x=x2)], "label": str() as lbl}:
            return f"{lbl}: {x1}->{x2}"
        case {"points": [*pts]}:
            return f"{len(pts)} points"
    return "no match"
print(nested({"points": [Point(1, 2), Point(3, 4)], "label": "seg"}), nested({"points": [Point(1, 2)]}), nested({}))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
match 42:
    case int(x) if x > 100:
        print("big")
    case x:
        print("captured", x)
match (1, [2, 3]):
    case (a, [b, *c]):
        print(a, b, c)
