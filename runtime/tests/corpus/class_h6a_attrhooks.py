# __getattr__/__getattribute__/__setattr__/__delattr__: proxies, records, frozen objects.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._log.append(("set", name))
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        if name not in self._fields:
            raise AttributeError(name)
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)

r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, getattr(r, "zz", "dflt"), hasattr(r, "b"), hasattr(r, "nope"))
del r.a
for action in [lambda: r.a, lambda: delattr(r, "a"), lambda: setattr(r, "_x", 1)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(r._log, dir(r))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_hits", {})
    def __getattribute__(self, name):
        if name.startswith("_") and name not in ("__class__", "__dict__"):
            return object.__getattribute__(self, name)
        hits = object.__getattribute__(self, "_hits")
        hits[name] = hits.get(name, 0) + 1
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
    def __len__(self):
        return len(self._target)

lst = [3, 1, 2]
p = Proxy(lst)
p.append(0)
p.sort()
print(lst, len(p), p._hits, p.count(1), p.__class__)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError", e)
try:
    p.attr = 5
except AttributeError as e:
    print("AttributeError", e)

class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    __delattr__ = __setattr__ if False else (lambda self, name: (_ for _ in ()).throw(AttributeError(f"cannot delete field {name!r}")))
    def __eq__(self, o):
        return type(o) is Frozen and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((Frozen, self.x, self.y))
    def __repr__(self):
        return f"Frozen(x={self.x!r}, y={self.y!r})"
    def replace(self, **kw):
        return Frozen(kw.get("x", self.x), kw.get("y", self.y))

f = Frozen(1, "a")
for action in [lambda: setattr(f, "x", 2), lambda: delattr(f, "y"), lambda: setattr(f, "z", 0)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
print(f, f.replace(y="b"), f == Frozen(1, "a"), len({f, Frozen(1, "a"), f.replace(x=2)}))

class Chain:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self._path + (name,))
    def __call__(self, *args):
        return f"call {'.'.join(self._path)}{args}"
    def __repr__(self):
        return f"<Chain {'.'.join(self._path) or '-'}>"
api = Chain()
print(api.users.list(1, 2), api.a.b.c, repr(api), getattr(api, "x-y"))

class Defaults:
    color = "red"
    def __init__(self):
        self.size = 1
d = Defaults()
print(d.color, vars(d), Defaults.__dict__["color"])
d.color = "blue"
print(d.color, Defaults.color, vars(d))
del d.color
print(d.color)
try:
    del d.color
except AttributeError as e:
    print("AttributeError", e)
try:
    Defaults().missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Defaults.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del Defaults.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).real = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    len.__name__ = "x"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
def fn():
    pass
fn.custom = 5
fn.__name__ = "renamed"
print(fn.custom, fn.__name__, fn.__qualname__, sorted(fn.__dict__))
try:
    fn.__name__ = 5
except TypeError as e:
    print("TypeError", e)
class WithGetattr:
    def __getattr__(self, name):
        return name.upper()
    @property
    def broken(self):
        raise AttributeError("inner failure")
w = WithGetattr()
print(w.anything, w.broken, getattr(w, "other"))
print(setattr(w, "real", 1), w.real, w.__dict__)
