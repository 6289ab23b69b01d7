"""Lazy-loading proxy, attribute tracing and read-only views via __getattr__/__getattribute__."""


class LazyProxy:
    __slots__ = ("_factory", "_target", "_log")

    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)
        object.__setattr__(self, "_log", [])

    def _resolve(self):
        target = object.__getattribute__(self, "_target")
        if target is None:
            factory = object.__getattribute__(self, "_factory")
            target = factory()
            object.__setattr__(self, "_target", target)
            object.__getattribute__(self, "_log").append("resolved")
        return target

    def __getattr__(self, name):
        object.__getattribute__(self, "_log").append(f"get {name}")
        return getattr(self._resolve(), name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_log").append(f"set {name}")
        setattr(self._resolve(), name, value)

    def __delattr__(self, name):
        object.__getattribute__(self, "_log").append(f"del {name}")
        delattr(self._resolve(), name)

    def __repr__(self):
        if object.__getattribute__(self, "_target") is None:
            return "<LazyProxy unresolved>"
        return f"<LazyProxy {self._resolve()!r}>"

    def __len__(self):
        return len(self._resolve())

    def __getitem__(self, key):
        return self._resolve()[key]

    def __iter__(self):
        return iter(self._resolve())

    def __eq__(self, other):
        return self._resolve() == other

    __hash__ = None


class Settings:
    def __init__(self):
        self.debug = False
        self.level = 3
        self.items = ["a", "b", "c"]

    def describe(self):
        return f"Settings(debug={self.debug}, level={self.level})"

    def __repr__(self):
        return self.describe()

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Traced:
    def __init__(self):
        self.calls = []
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "calls":
            object.__getattribute__(self, "calls").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r} (custom)")

    def double(self):
        return self.value * 2


class ReadOnly:
    def __init__(self, obj):
        self.__dict__["_obj"] = obj

    def __getattr__(self, name):
        value = getattr(self._obj, name)
        if callable(value):
            raise AttributeError(f"method {name!r} hidden by ReadOnly view")
        return value

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: view is read-only")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: view is read-only")

    def __dir__(self):
        return sorted(k for k in vars(self._obj) if not k.startswith("_"))


class PropertyFails:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"fallback for {name}"


class Chain:
    """Builds dotted paths: Chain().a.b.c -> 'a.b.c'."""
    def __init__(self, path=()):
        self._path = path

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self._path + (name,))

    def __call__(self, *args):
        return f"{'.'.join(self._path)}({', '.join(map(repr, args))})"

    def __str__(self):
        return ".".join(self._path)


def main():
    created = []

    def make():
        created.append(1)
        return Settings()

    p = LazyProxy(make)
    print(repr(p), created)
    print(p.level, created)
    print(repr(p), p.describe())
    p.debug = True
    print(p.describe(), len(p), p[1], list(p), p == p._resolve())
    del p.level
    try:
        p.level
    except AttributeError as e:
        print("AttributeError:", e)
    print(object.__getattribute__(p, "_log"))
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    print(type(p).__name__, isinstance(p, Settings), p.__class__.__name__)

    t = Traced()
    print(t.double(), t.value, t.dyn_hello)
    try:
        t.missing
    except AttributeError as e:
        print("AttributeError:", e)
    print(getattr(t, "nothing", "default"), hasattr(t, "dyn_x"), hasattr(t, "zzz"))
    print(t.calls)

    s = Settings()
    ro = ReadOnly(s)
    print(ro.level, ro.items, dir(ro))
    for action in (lambda: setattr(ro, "level", 5), lambda: delattr(ro, "debug"), lambda: ro.describe, lambda: ro.nope):
        try:
            action()
        except AttributeError as e:
            print("AttributeError:", e)
    s.level = 9
    print(ro.level)

    pf = PropertyFails()
    print(pf.broken, pf.other)

    c = Chain()
    print(str(c.os.path.join), c.db.users.find("x", 1), c.a())
    try:
        c.__missing_dunder__
    except AttributeError as e:
        print("AttributeError:", e)

    class Slotted:
        __slots__ = ("x",)

    sl = Slotted()
    try:
        sl.x
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del sl.x
    except AttributeError as e:
        print("AttributeError:", e)
    sl.x = 1
    del sl.x
    print(hasattr(sl, "x"), Slotted.x.__name__, type(Slotted.x).__name__)
    try:
        object.__setattr__(1, "real", 3)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        object().foo = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        setattr(str, "upper2", None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        del Settings.nothing_here
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Settings().describe.extra = 1
    except AttributeError as e:
        print("AttributeError:", e)


main()
