import functools

class LoggingProxy:
    __slots__ = ("_target", "_log")
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        attr = getattr(self._target, name)
        if callable(attr):
            @functools.wraps(attr)
            def wrapper(*a, **kw):
                self._log.append(("call", name, a))
                return attr(*a, **kw)
            return wrapper
        return attr

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(type(self._target))) | set(vars(self._target)))

    def __repr__(self):
        return f"Proxy({self._target!r})"

class Account:
    """A bank account."""
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        """Add money."""
        self.balance += amount
        return self.balance
    def __len__(self):
        return 1
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("bob", 10)
p = LoggingProxy(acct)
print(p.owner, p.deposit(5), p.deposit.__name__, p.deposit.__doc__, p.deposit.__wrapped__.__qualname__)
p.balance = 100
del p.owner
print(acct.__dict__)
acct.owner = "carol"
print(p)
del acct.owner
try:
    p.owner
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
print([x for x in dir(p) if not x.startswith("_")])
for entry in p._log:
    print(" ", entry)
try:
    p.extra = 1
    print("extra set on target:", acct.extra)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(p, "other", 1)
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__ overriding everything
class Audited:
    def __init__(self):
        self.x = 1
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits" and not name.startswith("__"):
            d = object.__getattribute__(self, "__dict__")
            d["hits"] = d.get("hits", 0) + 1
        if name == "secret":
            raise AttributeError(f"access to {name!r} denied")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<fallback {name}>"
    def method(self):
        return self.x + 1

a = Audited()
print(a.x, a.method(), a.missing, a.secret, a.hits)
print(getattr(a, "nothing", "default"), hasattr(a, "zzz"), a.hits)

# __getattr__ raising AttributeError -> getattr default; other errors propagate
class Strict:
    def __getattr__(self, name):
        if name.startswith("k_"):
            raise KeyError(name)
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

s = Strict()
print(getattr(s, "abc", "dflt"), hasattr(s, "abc"))
try:
    hasattr(s, "k_1")
except KeyError as e:
    print(type(e).__name__, e)

# property raising AttributeError falls back to __getattr__
class Fallback:
    @property
    def value(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "fallback for " + name
print(Fallback().value)

# delegation by generating methods
class ListWrapper:
    def __init__(self, data):
        self._data = list(data)

for _name in ("append", "pop", "__len__", "__getitem__", "__iter__", "__contains__"):
    def _make(n):
        def method(self, *args):
            return getattr(self._data, n)(*args)
        method.__name__ = n
        method.__qualname__ = "ListWrapper." + n
        return method
    setattr(ListWrapper, _name, _make(_name))

w = ListWrapper([3, 1, 2])
w.append(9)
print(len(w), w[1], list(w), 9 in w, w.pop(), w[-1], ListWrapper.__len__.__qualname__)
try:
    w[10]
except IndexError as e:
    print(type(e).__name__, e)

# implicit special method lookup bypasses instance / __getattr__
class Meta(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
class Dyn(metaclass=Meta):
    pass
print(Dyn.anything, Dyn.__name__)
d = Dyn()
d.__len__ = lambda: 5
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__())
try:
    d.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dyn.__foo__
    print("dunder via meta getattr:", Dyn.__foo__)
except AttributeError as e:
    print(type(e).__name__, e)
