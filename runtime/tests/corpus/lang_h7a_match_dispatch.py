from dataclasses import dataclass
from enum import Enum
@dataclass
class Pt: x: int; y: int
class Color(Enum): RED = 1; GREEN = 2
class Circle:
    __match_args__ = ("r",)
    def __init__(s, r): s.r = r
    def __repr__(s): return f"Circle({s.r})"
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 0.0: return "zero"
        case int(n) if n < 0: return f"neg int {n}"
        case int() | float() as num: return f"number {num}"
        case "": return "empty str"
        case str(s) if s.isdigit(): return f"digits {s}"
        case str(): return f"str {v!r}"
        case []: return "empty list"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts 1, rest {rest}"
        case [x, y, *_] if x == y: return f"pair-eq {x}"
        case (a, b): return f"2-seq {a},{b}"
        case {"type": "user", "name": str(name), **rest}: return f"user {name} {rest}"
        case {"type": t}: return f"typed {t}"
        case Pt(x=0, y=0): return "origin"
        case Pt(x=0, y=yy): return f"on y {yy}"
        case Pt(xx, yy): return f"pt {xx},{yy}"
        case Circle(r) if r > 10: return f"big circle {r}"
        case Circle(r=rad): return f"circle {rad}"
        case Color.RED: return "red!"
        case Color(): return f"color {v.name}"
        case {1: _, 2: _}: return "has 1 and 2"
        case set() | frozenset(): return f"a set of {len(v)}"
        case _: return f"other {type(v).__name__}"
tests = [None, True, False, 0, 0.0, -5, 7, 2.5, "", "123", "abc", [], [9], [1, 2, 3], [4, 4, 5], (3, 4), [5, 6, 7],
         {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"type": "user", "name": 5}, Pt(0, 0), Pt(0, 3), Pt(1, 2),
         Circle(20), Circle(2), Color.RED, Color.GREEN, {1: "a", 2: "b", 3: "c"}, {1, 2}, b"x", "ab"]
for t in tests: print(repr(t), "->", describe(t))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]: return f"going {d}"
        case ["go", d]: return f"unknown direction {d}"
        case ["take", *items] if items: return f"take {', '.join(items)}"
        case ["quit" | "exit"]: return "bye"
        case [verb, *_]: return f"unknown verb {verb}"
        case []: return "nothing"
for l in ["go north", "go up", "take a b c", "take", "quit", "exit", "dance now", ""]: print(repr(l), cmd(l))
def ev(node):
    match node:
        case ("num", v): return v
        case ("add", l, r): return ev(l) + ev(r)
        case ("mul", l, r): return ev(l) * ev(r)
        case ("neg", e): return -ev(e)
        case _: raise ValueError(f"bad node {node!r}")
print(ev(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
try: ev(("div", 1, 2))
except ValueError as e: print(e)
class C2:
    __match_args__ = ("a", "b")
    def __init__(s): s.a = 1
match C2():
    case C2(a, b): print("both")
    case C2(a): print("only a", a)
try:
    match Pt(1, 2):
        case Pt(1, 2, 3): pass
except TypeError as e: print("TypeError:", e)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}: print(kw)
match "hello":
    case str(x) if (n := len(x)) > 3: print("long", n)
x = 5
match 5:
    case y: print("captured", y)
