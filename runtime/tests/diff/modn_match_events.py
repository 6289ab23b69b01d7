"""Event interpreter using structural pattern matching on typed events."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import NoReturn, assert_never, Literal, Union


class Button(Enum):
    LEFT = auto()
    RIGHT = auto()


@dataclass(frozen=True)
class Click:
    x: int
    y: int
    button: Button = Button.LEFT


@dataclass(frozen=True)
class Key:
    key: str
    mods: frozenset[str] = frozenset()


class Scroll:
    __match_args__ = ("dy", "dx")

    def __init__(self, dy: int, dx: int = 0) -> None:
        self.dy, self.dx = dy, dx


@dataclass
class Resize:
    width: int
    height: int


Event = Union[Click, Key, Scroll, Resize]


def describe(ev: Event | dict | list | tuple | str | None) -> str:
    match ev:
        case Click(0, 0):
            return "click at origin"
        case Click(x, y, Button.RIGHT) if x > 100:
            return f"context menu at far right {x},{y}"
        case Click(x=x, y=y, button=Button.RIGHT):
            return f"context menu {x},{y}"
        case Click(x, y):
            return f"click {x},{y}"
        case Key("q" | "Q", mods) if "ctrl" in mods:
            return "quit"
        case Key(key=k, mods=m) if m:
            return f"key {'+'.join(sorted(m))}+{k}"
        case Key(k):
            return f"key {k}"
        case Scroll(0, dx):
            return f"hscroll {dx}"
        case Scroll(dy) if dy < 0:
            return f"scroll up {-dy}"
        case Scroll(dy, _):
            return f"scroll down {dy}"
        case Resize(width=w, height=h) if w * h == 0:
            return "minimised"
        case Resize(w, h):
            return f"resize {w}x{h}"
        case {"type": "click", "pos": [x, y], **rest}:
            return f"raw click {x},{y} extra={sorted(rest)}"
        case {"type": "batch", "events": [first, *others]}:
            return f"batch of {1 + len(others)} starting with ({describe(first)})"
        case {"type": str(t)}:
            return f"unknown raw type {t!r}"
        case [("move" | "drag") as verb, int(dx), int(dy)]:
            return f"{verb} by {dx},{dy}"
        case [str() as cmd, *args] if args:
            return f"command {cmd} args={args}"
        case (a, b):
            return f"pair {a!r},{b!r}"
        case str() as s if s.startswith("#"):
            return "comment"
        case str(s):
            return f"text {s!r}"
        case None:
            return "nothing"
        case _:
            return f"unhandled {type(ev).__name__}"


def handle_level(level: Literal["low", "high"]) -> int:
    match level:
        case "low":
            return 1
        case "high":
            return 2
        case _:
            assert_never(level)


events: list = [
    Click(0, 0), Click(150, 20, Button.RIGHT), Click(50, 60, Button.RIGHT), Click(5, 6),
    Key("q", frozenset({"ctrl"})), Key("s", frozenset({"ctrl", "shift"})), Key("a"),
    Scroll(0, 3), Scroll(-4), Scroll(7, 1), Resize(0, 600), Resize(800, 600),
    {"type": "click", "pos": [1, 2], "ts": 9, "src": "mouse"},
    {"type": "batch", "events": [Key("x"), Scroll(2)]},
    {"type": "ping"}, {"kind": "other"},
    ["move", 3, -4], ["drag", 1, "2"], ["open", "file.txt"], ("a", 1), ["solo"],
    "# note", "hello", None, 3.5, [],
]
for ev in events:
    print(describe(ev))

print(handle_level("low"), handle_level("high"))
try:
    handle_level("mid")  # type: ignore[arg-type]
except AssertionError as e:
    print("AssertionError:", e)

print(Click.__match_args__, Scroll.__match_args__, Resize.__match_args__)


class Weird:
    __match_args__ = ("a", "a")
    a = 1

try:
    match Weird():
        case Weird(x, y):
            print("matched", x, y)
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

point = {"x": 1, "y": 2}
match point:
    case {"x": 1, **kw}:
        print("x one, rest", kw)

for value in [0, 1, 2.0, True, "1", b"1", (1, 2, 3), [1, [2, 3]]]:
    match value:
        case bool(b):
            r = f"bool {b}"
        case int(1) | float(2.0):
            r = "one-or-two"
        case int():
            r = "other int"
        case bytes() | str():
            r = "stringish"
        case [1, [2, *tail]]:
            r = f"nested tail {tail}"
        case (1, *mid, 3):
            r = f"mid {mid}"
        case _:
            r = "?"
    print(repr(value), "->", r)
