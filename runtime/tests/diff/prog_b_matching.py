"""Structural pattern matching over an event log and a small shape algebra."""
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    CLICK = "click"
    KEY = "key"
    SCROLL = "scroll"


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
    tags: list = field(default_factory=list)


class Segment:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), r=r) if r <= 0:
            return f"degenerate circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle at ({c.x}, {c.y}) r={r}"
        case Rect(_, w, h) if w == h:
            return f"square side {w}"
        case Rect(Point(x, y), w, h, tags=["hidden", *_]):
            return f"hidden rect at {x},{y}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Segment(Point(x1, y1), Point(x2, y2)) if x1 == x2 or y1 == y2:
            return "axis-aligned segment"
        case Segment(a, b):
            return f"segment length {((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5:.3f}"
        case [Point() as p, *rest]:
            return f"polyline from {p} with {len(rest)} more"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case Point():
            return "point"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [
    Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(3, 4), 1.5),
    Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5, ["hidden", "x"]), Rect(Point(1, 2), 4, 5, ["shown"]),
    Segment(Point(0, 0), Point(0, 5)), Segment(Point(0, 0), Point(3, 4)),
    [Point(1, 1), Point(2, 2), Point(3, 3)], Point(0, 7), Point(2, 3), "square", [],
]
for s in shapes:
    print(describe(s))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest} if not rest:
            return f"click at {x},{y}"
        case {"type": "click", "pos": [x, y], "button": "left" | "right" as b}:
            return f"{b} click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"char {k!r}"
        case {"type": "key", "key": "Enter" | "Return"}:
            return "newline"
        case {"type": "key", "mods": [*mods, "ctrl"], "key": k}:
            return f"ctrl+{k} (other mods {mods})"
        case {"type": "scroll", "delta": int(d) | float(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll", "delta": 0}:
            return "no scroll"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t, **rest}:
            return f"unhandled {t} with {sorted(rest)}"
        case []:
            return "empty batch"
        case [single]:
            return "one: " + handle(single)
        case [first, *_, last]:
            return f"batch {handle(first)} .. {handle(last)}"
        case str() | bytes() as raw:
            return f"raw {raw!r}"
        case _:
            return "garbage"


events = [
    {"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [5, 6], "button": "right"},
    {"type": "click", "pos": (1, 2), "button": "middle"}, {"type": "key", "key": "q"},
    {"type": "key", "key": "Return"}, {"type": "key", "key": "s", "mods": ["shift", "ctrl"]},
    {"type": "scroll", "delta": -2.5}, {"type": "scroll", "delta": 0}, {"type": "scroll", "delta": 3},
    {"type": "resize", "w": 10, "h": 20}, [], [{"type": "key", "key": "x"}],
    [{"type": "scroll", "delta": 0}, 1, {"type": "key", "key": "Enter"}], "ping", b"\x00", 42, {"no": "type"},
]
for ev in events:
    print(handle(ev))


def classify(value):
    match value:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n > 1000:
            return "big int"
        case int() | float() as n:
            return f"number {n}"
        case Kind.CLICK:
            return "click kind"
        case Kind():
            return f"other kind {value.value}"
        case (a, b) if a == b:
            return "twin"
        case (a, (b, c)):
            return f"nested {a} {b} {c}"
        case {**kw} if not kw:
            return "empty mapping"
        case _:
            return "other"


for v in [None, True, 0, 0.0, False, 5000, 7, 2.5, Kind.CLICK, Kind.SCROLL, (1, 1), (1, (2, 3)), {}, {"a": 1}, "ab", range(2)]:
    print(repr(v), "->", classify(v))

command = "move north 3"
match command.split():
    case ["move", ("north" | "south" | "east" | "west") as direction, steps] if steps.isdigit():
        print("moving", direction, int(steps))
    case _:
        print("??")
for cmd in ["go", "take lamp key", "drop", "quit now"]:
    match cmd.split():
        case ["go"]:
            print("go where?")
        case ["take", first, *others]:
            print("take", first, "and", others)
        case ["drop", *objs] if not objs:
            print("drop what?")
        case [verb, *_]:
            print("unknown verb", verb)

class Strict:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
for pat in ("too many", "bad attr"):
    try:
        match Strict():
            case Strict(x, y) if pat == "too many":
                pass
            case Strict(b=1):
                print("matched b?")
            case _:
                print(pat, "fell through")
    except TypeError as e:
        print("TypeError:", e)
