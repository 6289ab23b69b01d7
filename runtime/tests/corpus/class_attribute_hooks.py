# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 2
del p.x
print(vars(t), p._log)
try:
    p.nope
except AttributeError as e:
    print("AttributeError", e)
class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name})")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"  __getattr__({name}) fallback")
        return f"default-{name}"
tr = Tracing()
print(tr.a)
print(tr.b)
class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
class Point(Frozen):
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
pt = Point(1, 2)
print(pt.x, pt.y)
try:
    pt.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Computed:
    def __getattr__(self, name):
        if name.startswith("double_"):
            base = getattr(self, name[len("double_"):])
            return base * 2
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    value = 21
    text = "ab"
c = Computed()
print(c.double_value, c.double_text, c.double_double_value)
try:
    c.double_missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "double_value"), hasattr(c, "zzz"), getattr(c, "zzz", "dflt"))
class RaisesInGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaisesInGetattr(), "x")
except KeyError as e:
    print("KeyError propagates from hasattr:", e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError", e, v.age)
class Dirs:
    def __init__(self):
        self.visible = 1
    def __dir__(self):
        return ["b_custom", "a_custom"] + list(self.__dict__)
print(dir(Dirs()))
class History:
    def __init__(self):
        super().__setattr__("_hist", {})
    def __setattr__(self, name, value):
        self._hist.setdefault(name, []).append(value)
        super().__setattr__(name, value)
h = History()
h.x = 1; h.x = 2; h.y = "a"; h.x = 3
print(h.x, h.y, h._hist)
class GetattrOnClass:
    attr = "class attr"
    def __getattr__(self, name):
        return "fallback"
g = GetattrOnClass()
print(g.attr, g.other)
try:
    GetattrOnClass.other
except AttributeError as e:
    print("AttributeError", e)
