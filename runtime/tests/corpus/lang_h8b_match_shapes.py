"""Geometry command interpreter using match statements with class patterns."""
from dataclasses import dataclass
import math


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


class Polygon:
    __match_args__ = ("points", "closed")

    def __init__(self, *points, closed=True):
        self.points = list(points)
        self.closed = closed


def area(shape):
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return round(math.pi * r * r, 3)
        case Rect(w=0) | Rect(h=0):
            return 0
        case Rect(Point(x, y), w, h):
            return w * h
        case Polygon(points, False):
            return 0.0
        case Polygon(points=[_, _]):
            return 0.0
        case Polygon([*pts]):
            s = 0.0
            for (a, b) in zip(pts, pts[1:] + pts[:1]):
                s += a.x * b.y - b.x * a.y
            return abs(s) / 2
        case _:
            raise TypeError(f"unknown shape {type(shape).__name__}")


shapes = [
    Circle(Point(0, 0), 1),
    Circle(Point(1, 1), 2.5),
    Rect(Point(0, 0), 3, 4),
    Rect(Point(1, 1), 0, 9),
    Polygon(Point(0, 0), Point(4, 0), Point(4, 3)),
    Polygon(Point(0, 0), Point(1, 1)),
    Polygon(Point(0, 0), Point(1, 0), Point(1, 1), closed=False),
    Polygon(Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)),
    Circle(Point(0, 0), -1),
    "square",
]
for s in shapes:
    try:
        print(type(s).__name__, area(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def execute(cmd, state):
    match cmd.split():
        case []:
            return "empty"
        case ["move", ("up" | "down" | "left" | "right") as d]:
            dx, dy = {"up": (0, 1), "down": (0, -1), "left": (-1, 0), "right": (1, 0)}[d]
            state["x"] += dx
            state["y"] += dy
            return f"moved {d}"
        case ["move", d, n] if n.isdigit():
            return execute(" ".join(["move", d] * 0 + ["go", d, n]), state)
        case ["go", d, n]:
            for _ in range(int(n)):
                execute(f"move {d}", state)
            return f"went {d} x{n}"
        case ["set", key, value] if key in state:
            state[key] = int(value)
            return f"{key}={value}"
        case ["set", key, _]:
            return f"no such key {key!r}"
        case ["say", *words] if words:
            return " ".join(words).upper()
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *rest]:
            return f"unknown {verb} ({len(rest)} args)"


state = {"x": 0, "y": 0}
for c in ["", "move up", "move left", "move 3", "move right 3", "set x 10", "set z 1",
          "say hello world", "say", "exit", "jump high now"]:
    print(repr(c), "->", execute(c, state))
print(state)


def classify(value):
    match value:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if len(s) > 5:
            return "long str"
        case str(s):
            return f"str {s!r}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, *rest] if isinstance(x, list):
            return f"nested list, rest {len(rest)}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case {**kw} if not kw:
            return "empty dict"
        case set() | frozenset():
            return f"set of {len(value)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, False, -5, 7, 2.5, "hi", "longer text", (1, 2), [1, 2], [[1], 2, 3],
          {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "admin"}, {},
          {"other": 1}, {1, 2}, frozenset(), Point(0, 0), Point(2, 2), Point(1, 2),
          b"bytes", (1, 2, 3), "abc"[1:]]:
    print(repr(v), "=>", classify(v))


class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    out = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(Token("num", src[i:j]))
            i = j
        else:
            out.append(Token("op", ch))
            i += 1
    return out


def evaluate(tokens):
    stack = []
    for t in tokens:
        match t:
            case Token("num", text):
                stack.append(int(text))
            case Token("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case Token("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case Token("op", "-"):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case Token("op", op):
                raise SyntaxError(f"bad operator {op!r}")
    match stack:
        case [result]:
            return result
        case []:
            return None
        case [*_, last]:
            return f"leftover {stack}"


for expr in ["3 4 +", "2 3 4 * +", "10 2 - 5 *", "", "1 2", "1 2 /"]:
    try:
        print(f"{expr!r}: {evaluate(tokenize(expr))}")
    except SyntaxError as e:
        print(f"{expr!r}: SyntaxError {e}")

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)


class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match 42:
    case int(x):
        print("int self-match", x)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
