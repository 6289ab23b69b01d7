# Exceptions raised from dunder methods propagate through builtins and syntax.
class BadEq:
    def __eq__(self, o):
        raise ValueError("eq failed")
    __hash__ = object.__hash__
class BadHash:
    def __hash__(self):
        raise TypeError("no hash for you")
class BadIter:
    def __iter__(self):
        raise RuntimeError("iter failed")
class BadLen:
    def __len__(self):
        raise KeyError("len failed")
class BadGet:
    def __getitem__(self, i):
        if i > 1:
            raise ZeroDivisionError("getitem failed")
        return i
class BadStr:
    def __str__(self):
        raise AttributeError("str failed")
    def __repr__(self):
        return "BadStr()"
class BadBool:
    def __bool__(self):
        raise OverflowError("bool failed")
class BadProp:
    @property
    def value(self):
        raise IndexError("property failed")
cases = [
    ("== ", lambda: BadEq() == 1), ("in list", lambda: 1 in [BadEq()]), ("list.index", lambda: [BadEq()].index(0)),
    ("list.count", lambda: [BadEq()].count(0)), ("hash", lambda: hash(BadHash())), ("dict key", lambda: {BadHash(): 1}),
    ("set add", lambda: set().add(BadHash())), ("list()", lambda: list(BadIter())), ("for", lambda: [x for x in BadIter()]),
    ("len", lambda: len(BadLen())), ("bool via len", lambda: bool(BadLen())), ("getitem iter", lambda: list(BadGet())),
    ("str", lambda: str(BadStr())), ("print fmt", lambda: f"{BadStr()}"), ("repr ok", lambda: repr(BadStr())),
    ("if", lambda: 1 if BadBool() else 0), ("not", lambda: not BadBool()), ("and", lambda: BadBool() and 1),
    ("property", lambda: BadProp().value), ("hasattr", lambda: hasattr(BadProp(), "value")),
    ("getattr default", lambda: getattr(BadProp(), "value", "default")), ("sorted", lambda: sorted([BadEq(), BadEq()])),
    ("dict in", lambda: BadHash() in {}), ("str.join", lambda: "".join(BadIter())), ("max", lambda: max(BadIter())),
]
for name, fn in cases:
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
class CountingEq:
    calls = 0
    def __eq__(self, o):
        CountingEq.calls += 1
        return False
    __hash__ = object.__hash__
x = CountingEq()
lst = [x, 1, 2]
print(x in lst, CountingEq.calls)
print(lst.count(x), CountingEq.calls)
print(lst.index(x), CountingEq.calls)
class InitFails:
    def __init__(self):
        raise ValueError("init failed")
try:
    InitFails()
except ValueError as e:
    print("ValueError", e)
class NewFails:
    def __new__(cls):
        raise TypeError("new failed")
try:
    NewFails()
except TypeError as e:
    print("TypeError", e)
