"""Lazy-loading proxies, attribute access hooks and __slots__ hierarchies."""
import weakref


class LoadCounter:
    loads = 0


class Lazy:
    """Proxy that builds the real object on first attribute access."""
    __slots__ = ("_factory", "_target", "_name")

    def __init__(self, name, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)
        object.__setattr__(self, "_name", name)

    def _resolve(self):
        target = object.__getattribute__(self, "_target")
        if target is None:
            LoadCounter.loads += 1
            target = object.__getattribute__(self, "_factory")()
            object.__setattr__(self, "_target", target)
        return target

    def __getattr__(self, name):
        return getattr(self._resolve(), name)

    def __setattr__(self, name, value):
        if name in Lazy.__slots__:
            raise AttributeError(f"cannot overwrite proxy field {name}")
        setattr(self._resolve(), name, value)

    def __delattr__(self, name):
        delattr(self._resolve(), name)

    def __repr__(self):
        state = "loaded" if object.__getattribute__(self, "_target") is not None else "pending"
        return f"<Lazy {self._name} {state}>"

    def __len__(self):
        return len(self._resolve())

    def __getitem__(self, k):
        return self._resolve()[k]

    def __iter__(self):
        return iter(self._resolve())

    def __eq__(self, other):
        return self._resolve() == other

    __hash__ = None


class Settings:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"<default {name}>"

    def __eq__(self, other):
        return isinstance(other, Settings) and vars(self) == vars(other)


class Audited:
    def __init__(self):
        self._log = []

    def __getattribute__(self, name):
        if not name.startswith("_"):
            object.__getattribute__(self, "_log").append(f"get {name}")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if not name.startswith("_"):
            self._log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)

    @property
    def total(self):
        return sum(v for k, v in vars(self).items() if not k.startswith("_"))


cfg = Lazy("settings", lambda: Settings(debug=True, level=3))
print(repr(cfg), LoadCounter.loads)
print(cfg.debug, cfg.level, cfg.colour, repr(cfg), LoadCounter.loads)
cfg.level = 4
print(cfg.level, LoadCounter.loads, cfg == Settings(debug=True, level=4))
del cfg.debug
print(cfg.debug)
for bad in (lambda: cfg._private, lambda: setattr(cfg, "_target", 1),
            lambda: hash(cfg), lambda: cfg.__dict__):
    try:
        print("unexpected", bad())
    except Exception as e:
        print(type(e).__name__, e)

nums = Lazy("numbers", lambda: list(range(5)))
print(len(nums), nums[2], list(nums), sum(nums), 3 in nums, nums == [0, 1, 2, 3, 4], LoadCounter.loads)
print(nums.index(4), nums.count(1))

a = Audited()
a.x = 1
a.y = 2
a.x += 10
print(a.total, a.x, a._log)


class Shape:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(type(self).__name__)

    def __repr__(self):
        fields = []
        for cls in type(self).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if slot not in fields:
                    fields.append(slot)
        vals = ", ".join(f"{f}={getattr(self, f, '?')!r}" for f in fields)
        return f"{type(self).__name__}({vals})"


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    __slots__ = ()

    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Tagged(Rect):
    def __init__(self, w, h, **tags):
        super().__init__(w, h)
        self.__dict__.update(tags)


class Watched(Square):
    __slots__ = ("__weakref__",)


shapes = [Rect(2, 3), Square(4), Tagged(1, 5, color="red")]
for s in shapes:
    print(s, s.area(), hasattr(s, "__dict__"), getattr(s, "color", None))
print([type(Rect.__dict__[n]).__name__ for n in Rect.__slots__])
print(Shape.__slots__, Rect.__slots__, Square.__slots__, "__dict__" in dir(Tagged(1, 1)))
try:
    Square(2).color = "blue"
except AttributeError as e:
    print("AttributeError", e)
half = Rect.__new__(Rect)
print(repr(half))
try:
    half.area()
except AttributeError as e:
    print("AttributeError", e)
try:
    Shape("s").area()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    weakref.ref(Square(1))
except TypeError as e:
    print("TypeError", e)
w = Watched(3)
r = weakref.ref(w)
print(r() is w, r().area(), type(r).__name__)
cache = weakref.WeakValueDictionary()
cache["w"] = w
print(sorted(cache.keys()), cache["w"].area())
print(sorted(k for k in Watched.__dict__ if k != "__doc__"))
