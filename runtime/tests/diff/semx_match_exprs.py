"""Symbolic expression simplifier using match with class patterns and guards."""
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = "+"
    MUL = "*"
    SUB = "-"
    POW = "^"


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Bin:
    op: Op
    left: object
    right: object


class Call:
    __match_args__ = ("fn", "args")

    def __init__(self, fn, *args):
        self.fn = fn
        self.args = list(args)

    def __repr__(self):
        return f"Call({self.fn}, {self.args})"


def show(e):
    match e:
        case Num(value=v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Bin(op, l, r):
            return f"({show(l)} {op.value} {show(r)})"
        case Call(fn, [*args]):
            return f"{fn}({', '.join(map(show, args))})"
        case _:
            raise TypeError(f"not an expression: {e!r}")


def simplify(e):
    match e:
        case Bin(op, l, r):
            l, r = simplify(l), simplify(r)
            e = Bin(op, l, r)
    match e:
        case Bin(Op.ADD, Num(0), x) | Bin(Op.ADD, x, Num(0)):
            return x
        case Bin(Op.MUL, Num(0), _) | Bin(Op.MUL, _, Num(0)):
            return Num(0)
        case Bin(Op.MUL, Num(1), x) | Bin(Op.MUL, x, Num(1)):
            return x
        case Bin(Op.SUB, x, y) if x == y:
            return Num(0)
        case Bin(Op.POW, _, Num(0)):
            return Num(1)
        case Bin(Op.POW, x, Num(1)):
            return x
        case Bin(op, Num(a), Num(b)):
            return Num(fold(op, a, b))
        case Bin(Op.ADD, Var(a) as x, Var(b)) if a == b:
            return Bin(Op.MUL, Num(2), x)
        case Call("neg", [Num(v)]):
            return Num(-v)
        case Call(name, [arg]) if name in ("id", "ident"):
            return simplify(arg)
        case Call(name, args):
            return Call(name, *[simplify(a) for a in args])
        case _:
            return e


def fold(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.MUL:
            return a * b
        case Op.SUB:
            return a - b
        case Op.POW:
            return a ** b


def parse(tokens):
    """Parse a nested list/tuple structure into expressions."""
    match tokens:
        case int() | float() as n:
            return Num(n)
        case str() as s if s.isidentifier():
            return Var(s)
        case [("+" | "*" | "-" | "^") as sym, a, b]:
            return Bin(Op(sym), parse(a), parse(b))
        case [str(fn), *rest] if fn.isidentifier():
            return Call(fn, *map(parse, rest))
        case {"num": n}:
            return Num(n)
        case {"var": str(name), **extra} if not extra:
            return Var(name)
        case {"var": _, **extra}:
            raise ValueError(f"unexpected keys {sorted(extra)}")
        case _:
            raise ValueError(f"cannot parse {tokens!r}")


samples = [
    ["+", 0, "x"],
    ["*", ["+", 1, 2], "y"],
    ["*", 1, ["^", "z", 1]],
    ["-", ["+", "a", 0], "a"],
    ["+", "q", "q"],
    ["^", ["*", 3, 3], 0],
    ["sin", ["+", 0, ["neg", 2]]],
    ["id", ["*", 2.5, 2]],
    ["max", 1, ["+", 2, 3], {"var": "k"}],
    ["+", {"num": 1.5}, {"num": 2}],
    {"var": "w", "extra": 1},
    ["+", 1],
    ("*", 0, "anything"),
    "not an identifier!",
]
for s in samples:
    try:
        e = parse(s)
        print(f"{show(e):30} => {show(simplify(e))}")
    except (ValueError, TypeError) as exc:
        print("error:", type(exc).__name__, exc)

print(simplify(Bin(Op.ADD, Num(1), Num(2))) == Num(3), Num(3) == Num(3.0))
try:
    show(object)
except TypeError as exc:
    print("show:", exc)


def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y, *_):
            return f"point with {len(point)} coords"
        case Var() | Num():
            return "expr"
        case _:
            return "unknown"


for p in [(0, 0), (5, 0), (0, -2), (3, 3), (1, 2, 3), [4, 4], Var("a"), "xy", 7, ()]:
    print(repr(p), "->", classify(p))
