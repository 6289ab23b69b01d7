# Dynamic changes under hot loops: monkeypatching, class attribute changes, __class__ swaps,
# descriptors added later, globals and builtins shadowed mid-loop.
class A:
    kind = "A"
    def who(self):
        return "A.who"

class B:
    kind = "B"
    def who(self):
        return "B.who"

def probe(obj):
    return obj.kind, obj.who()

a = A()
out = []
for i in range(12):
    if i == 3:
        A.who = lambda self: "patched"
    if i == 5:
        a.__class__ = B
    if i == 7:
        a.__class__ = A
        del A.who
    if i == 8:
        A.kind = "A2"
    if i == 9:
        a.kind = "instance"
    if i == 10:
        del a.kind
        A.who = property(lambda self: lambda: "via property")
    try:
        out.append(probe(a))
    except AttributeError as e:
        out.append(("AttributeError", str(e)))
for row in out:
    print(row)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

c = Counter()
results = []
for i in range(10):
    if i == 4:
        c.bump = lambda: "instance override"
    if i == 6:
        del c.bump
    if i == 8:
        Counter.bump = lambda self: -1
    results.append(c.bump())
print(results)

def add(x, y):
    return x + y

class Weird(int):
    def __add__(self, other):
        return "weird add"

vals = [1, 2.5, "s", [1], Weird(3), 10**30, True]
for v in vals:
    try:
        print(type(v).__name__, add(v, v))
    except TypeError as e:
        print("TypeError", e)

def use_len(seq):
    return len(seq)

print([use_len(s) for s in ["ab", [1, 2, 3], (), {"k": 1}, range(5), b"xyz"]])
len_backup = len
results = []
for i in range(6):
    if i == 3:
        len = lambda s: -1
    results.append(use_len("abc"))
print(results)
del len
print(use_len("abc"), len_backup is len)

import builtins
orig_abs = builtins.abs
def fn(v):
    return abs(v)
r = []
for i in range(6):
    if i == 2:
        builtins.abs = lambda v: "fake abs"
    if i == 4:
        builtins.abs = orig_abs
    r.append(fn(-3))
print(r)

G = 1
def read_g():
    return G
r = []
for i in range(5):
    if i == 2:
        G = "two"
    if i == 3:
        globals()["G"] = 3.0
    r.append(read_g())
print(r)

class Slot:
    __slots__ = ("x",)
class Dyn:
    pass
def get_x(o):
    return o.x
objs = [Slot(), Dyn(), Slot(), Dyn()]
for i, o in enumerate(objs):
    o.x = i * 10
print([get_x(o) for o in objs] * 2)
class Desc:
    def __get__(self, obj, cls):
        return "from descriptor"
r = []
for i in range(5):
    if i == 2:
        Dyn.x = Desc()
    if i == 3:
        class DataDesc:
            def __get__(self, obj, cls):
                return "data descriptor wins"
            def __set__(self, obj, v):
                pass
        Dyn.x = DataDesc()
    r.append(get_x(objs[1]))
print(r)

def attr_loop(objs):
    return [o.val for o in objs]
class P1:
    val = 1
class P2:
    @property
    def val(self):
        return 2
class P3:
    def __getattr__(self, name):
        return 3
class P4:
    __slots__ = ("val",)
    def __init__(self):
        self.val = 4
print(attr_loop([P1(), P2(), P3(), P4()] * 3))
P2.val = 22
P4.extra = "class attr"
print(attr_loop([P1(), P2(), P3(), P4()]), P4().extra)
def call_site(f, *args):
    return f(*args)
print([call_site(f, 3) for f in (str, abs, lambda v: v * 2, int.bit_length, Counter.bump.__class__ and hex, float)])
