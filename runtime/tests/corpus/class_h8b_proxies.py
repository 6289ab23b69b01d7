"""Attribute proxies: recording, read-only views and lazy loading."""


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        value = getattr(self._target, name)
        if callable(value):
            def wrapper(*args, **kwargs):
                self._log.append(("call", name, args, tuple(sorted(kwargs.items()))))
                return value(*args, **kwargs)
            return wrapper
        return value

    def __setattr__(self, name, value):
        self._log.append(("set", name, value))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, note=""):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


acct = Account("ann", 10)
rec = Recorder(acct)
print(rec.owner)
print(rec.deposit(5, note="gift"))
rec.balance = 100
print(rec.withdraw(30))
try:
    rec.withdraw(1000)
except ValueError as e:
    print("ValueError:", e)
rec.nickname = "a"
del rec.nickname
try:
    rec.missing
except AttributeError as e:
    print("AttributeError:", e)
for entry in rec._log:
    print(entry)


class ReadOnly:
    __slots__ = ("_obj",)

    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    def __getattribute__(self, name):
        if name.startswith("__") and name.endswith("__"):
            return object.__getattribute__(self, name)
        obj = object.__getattribute__(self, "_obj")
        if name == "_obj":
            raise AttributeError("hidden")
        return getattr(obj, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r} on read-only view")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r} on read-only view")

    def __repr__(self):
        return f"ReadOnly({object.__getattribute__(self, '_obj').owner})"


view = ReadOnly(acct)
print(view, view.owner, view.balance)
for action in (lambda: setattr(view, "balance", 0),
               lambda: delattr(view, "owner"),
               lambda: view._obj,
               lambda: view.nothing):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(view, "deposit"), hasattr(view, "_obj"), hasattr(view, "zzz"))
print(getattr(view, "zzz", "default"))


class LazyModule:
    loads = 0

    def __init__(self, name, factory):
        self.__dict__["_name"] = name
        self.__dict__["_factory"] = factory
        self.__dict__["_real"] = None

    def _load(self):
        if self._real is None:
            LazyModule.loads += 1
            print(f"  loading {self._name}")
            self.__dict__["_real"] = self._factory()
        return self._real

    def __getattr__(self, name):
        return getattr(self._load(), name)

    def __dir__(self):
        return sorted(set(dir(self._load())) | {"_name"})


class FakeMath:
    pi = 3.14159
    e = 2.71828

    @staticmethod
    def square(x):
        return x * x


lm = LazyModule("fakemath", FakeMath)
print("created", LazyModule.loads)
print(lm.pi)
print(lm.square(12))
print(lm.e, LazyModule.loads)
print([n for n in dir(lm) if not n.startswith("__")])


# __getattr__ fallback interplay with properties raising AttributeError
class Tricky:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"fallback:{name}"

t = Tricky()
print(t.broken)
print(t.anything)
print(getattr(t, "x"))


# Attribute dict with attribute access
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"'AttrDict' has no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug)
print(sorted(cfg.items()))
del cfg.debug
try:
    cfg.debug
except AttributeError as e:
    print("AttributeError:", e, e.__cause__, e.__suppress_context__)
try:
    del cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(cfg.keys is dict.keys.__get__(cfg) or "bound-method", type(cfg.keys).__name__)


# __getattribute__ counting every access including methods
class Counted:
    def __init__(self):
        self.counts = {}
        self.value = 1

    def __getattribute__(self, name):
        if name != "counts":
            counts = object.__getattribute__(self, "counts")
            counts[name] = counts.get(name, 0) + 1
        return object.__getattribute__(self, name)

    def bump(self):
        self.value += 1
        return self.value

c = Counted()
for _ in range(3):
    c.bump()
print(c.value)
print(sorted(c.counts.items()))
