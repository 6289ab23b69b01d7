"""A pretty-printer for nested structures compared with pprint and reprlib."""
import pprint
import reprlib
import io
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from types import SimpleNamespace, MappingProxyType


class Pretty:
    """Wadler-style: try flat, break if too wide."""

    def __init__(self, width=40, indent=2):
        self.width, self.indent = width, indent
        self._seen = set()

    def flat(self, obj):
        match obj:
            case dict():
                return "{" + ", ".join(f"{self.flat(k)}: {self.flat(v)}" for k, v in obj.items()) + "}"
            case list():
                return "[" + ", ".join(map(self.flat, obj)) + "]"
            case tuple() if len(obj) == 1:
                return "(" + self.flat(obj[0]) + ",)"
            case tuple():
                return "(" + ", ".join(map(self.flat, obj)) + ")"
            case set() | frozenset() if not obj:
                return f"{type(obj).__name__}()"
            case set():
                return "{" + ", ".join(sorted(map(self.flat, obj))) + "}"
            case _:
                return repr(obj)

    def fmt(self, obj, level=0):
        if id(obj) in self._seen:
            return f"<Recursion on {type(obj).__name__} with id=...>"
        text = self.flat(obj) if not self._is_recursive(obj) else None
        if text is not None and len(text) + level * self.indent <= self.width:
            return text
        pad = " " * (self.indent * (level + 1))
        end = " " * (self.indent * level)
        self._seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                items = [f"{pad}{self.flat(k)}: {self.fmt(v, level + 1)}" for k, v in obj.items()]
                return "{\n" + ",\n".join(items) + f"\n{end}}}"
            if isinstance(obj, (list, tuple)):
                o, c = ("[", "]") if isinstance(obj, list) else ("(", ")")
                items = [pad + self.fmt(v, level + 1) for v in obj]
                return o + "\n" + ",\n".join(items) + f"\n{end}{c}"
            return repr(obj)
        finally:
            self._seen.discard(id(obj))

    def _is_recursive(self, obj, stack=None):
        stack = stack or set()
        if isinstance(obj, (list, dict, tuple)):
            if id(obj) in stack:
                return True
            stack = stack | {id(obj)}
            children = obj.values() if isinstance(obj, dict) else obj
            return any(self._is_recursive(c, stack) for c in children)
        return False


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    hidden: int = field(default=0, repr=False)


Pair = namedtuple("Pair", "left right")

data = {
    "name": "config",
    "version": (3, 11, 2),
    "servers": [{"host": f"node{i}.example.com", "ports": list(range(8000, 8000 + i)), "tags": {"a", "b"} if i % 2 else set()} for i in range(3)],
    "empty": {}, "single": (1,), "nums": list(range(25)),
    "nested": [[1, [2, [3, [4, [5, [6]]]]]]],
}

pp = Pretty(width=50)
print(pp.fmt(data))
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
print(pp.fmt(cyc), pp.fmt(d))

print("--- pprint")
pprint.pprint(data, width=60)
pprint.pprint(data, width=100, compact=True, sort_dicts=False)
pprint.pprint(data, depth=2, indent=4)
import re
noid = lambda s: re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(cyc)), noid(pprint.pformat(d)))
print(pprint.isrecursive(cyc), pprint.isreadable(data), pprint.isreadable(cyc), noid(pprint.saferepr(cyc)))
shape = Shape("tri", [Point(0, 0), Point(1.5, 0), Point(0.75, 1.299)], {"color": "red", "fill": True}, 9)
pprint.pprint(shape, width=40)
pprint.pprint([Pair(1, 2), Pair("a" * 30, ["b" * 20, "c" * 20])], width=50)
pprint.pprint({"big": 12345678901, "f": 1234567.5}, underscore_numbers=True)
pprint.pprint(OrderedDict(zip("zyx", range(3))), width=20)
pprint.pprint(defaultdict(list, {"k": [1] * 15, "j": []}), width=30)
pprint.pprint(Counter("mississippi"), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(SimpleNamespace(alpha=1, beta=[1, 2, 3] * 6, gamma="g"), width=40)
pprint.pprint(MappingProxyType({"ro": 1, "list": list(range(12))}), width=30)
pprint.pprint("a long string that will need to be wrapped across several lines " * 2, width=40)
pprint.pprint([b"bytes " * 10], width=30)
buf = io.StringIO()
printer = pprint.PrettyPrinter(stream=buf, width=30, indent=2)
printer.pprint({"x": list(range(12)), "y": {"z": ("p", "q") * 5}})
print(buf.getvalue(), end="")
print(pprint.pformat(frozenset({3, 1, 2})), pprint.pformat(set(range(20)), width=30))

print("--- reprlib")
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxlevel, r.maxdict = 4, 20, 2, 3
print(r.repr(list(range(100))))
print(r.repr("x" * 100))
print(r.repr({i: [i] * 10 for i in range(10)}))
print(r.repr([[[[1]]]]), r.repr((1, 2, 3, 4, 5, 6)), r.repr(set(range(10))), r.repr(frozenset("abcdefg")))
print(reprlib.repr(list(range(1000))), reprlib.repr("y" * 50), reprlib.repr(10 ** 50))


class Tree:
    def __init__(self, label, *kids):
        self.label, self.kids = label, list(kids)

    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return f"Tree({self.label!r}, {self.kids!r})"


t = Tree("root", Tree("a"), Tree("b", Tree("c")))
t.kids[1].kids.append(t)
print(repr(t))
