class Weird:
    def __new__(cls, kind):
        print(f"  __new__({cls.__name__}, {kind!r})")
        if kind == "int":
            return 42
        if kind == "sub":
            return super().__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print(f"  __init__ on {type(self).__name__} with {kind!r}")
        self.kind = kind

class Sub(Weird):
    pass

for k in ["plain", "int", "sub"]:
    r = Weird(k)
    print(k, "->", type(r).__name__, getattr(r, "kind", None))
r = Sub("sub")
print(type(r).__name__, r.kind)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs:
    pass
for call in [lambda: NoArgs(1), lambda: NoArgs(x=1), lambda: object.__new__(NoArgs, 1)]:
    try:
        call()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)

class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        self.a = a
print(OnlyInit(1, 2).a)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with args accepted when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(OnlyInit(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)

# bad protocol return values
class Liar:
    def __init__(self, **r): self.r = r
    def __bool__(self): return self.r["bool"]
    def __len__(self): return self.r["len"]
    def __hash__(self): return self.r["hash"]
    def __index__(self): return self.r["index"]
    def __str__(self): return self.r["str"]
    def __repr__(self): return self.r["repr"]
    def __int__(self): return self.r["int"]
    def __float__(self): return self.r["float"]
    def __iter__(self): return self.r["iter"]

checks = [
    ("bool", 1, bool), ("len", -1, len), ("len", "3", len), ("hash", 1.5, hash), ("hash", 2**70, hash),
    ("index", 2.0, lambda o: [1, 2, 3][o]), ("str", 5, str), ("repr", None, repr), ("int", "4", int),
    ("float", 3, float), ("iter", [1], iter), ("len", 2**70, len),
]
for key, val, fn in checks:
    try:
        out = fn(Liar(**{key: val}))
        print(key, "ok", type(out).__name__, out if key != "hash" else out == hash(2**70))
    except (TypeError, ValueError, OverflowError) as e:
        print(key, type(e).__name__, e)

class BoolFromLen:
    def __len__(self): return 0
print(bool(BoolFromLen()), "yes" if BoolFromLen() else "no")

# eq without hash
class EqOnly:
    def __eq__(self, other): return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class EqKeepHash(EqOnly):
    __hash__ = object.__hash__
print(len({EqKeepHash(), EqKeepHash()}))

# reflected ops and subclass priority
class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print(f"  {type(self).__name__}.__add__")
        return type(self)(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        print(f"  {type(self).__name__}.__radd__")
        return type(self)(self.v + (o.v if isinstance(o, Money) else o))
    def __repr__(self): return f"{type(self).__name__}({self.v})"
class Euro(Money):
    def __radd__(self, o):
        print("  Euro.__radd__")
        return Euro((o.v if isinstance(o, Money) else o) + self.v)
print(Money(1) + Euro(2))
print(Euro(1) + Money(2))
print(5 + Money(1), sum([Money(1), Money(2)]))
try:
    Money(1) - Money(2)
except TypeError as e:
    print(type(e).__name__, e)

class Acc:
    def __init__(self): self.items = []
    def __add__(self, o):
        n = Acc(); n.items = self.items + [o]; return n
a = Acc(); orig = a
a += 1
print(a is orig, a.items)
class InPlace(Acc):
    def __iadd__(self, o):
        self.items.append(o); return self
b = InPlace(); orig = b
b += 1
print(b is orig, b.items)
class NoneIadd:
    def __iadd__(self, o): return None
n = NoneIadd(); n += 1
print(n)

# sequence protocol via __getitem__
class Squares:
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

class Defaults(dict):
    def __missing__(self, key):
        self[key] = v = key.upper()
        return v
d = Defaults(a="x")
print(d["a"], d["b"], d.get("c"), sorted(d.items()))

class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, z=2), callable(Callable()), callable(Callable), callable(5))
try:
    x = 5
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoArgs()()
except TypeError as e:
    print(type(e).__name__, e)
