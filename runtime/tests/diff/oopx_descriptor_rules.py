"""Attribute resolution rules a settings framework relies on: data vs non-data descriptors,
instance dict precedence, implicit special-method lookup, and hashing rules."""
from collections.abc import Hashable


class Trace:
    log = []


class NonData:
    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        Trace.log.append(f"NonData.get {self.name} obj={'cls' if obj is None else 'inst'}")
        return self if obj is None else self.value


class SetOnly:
    """Data descriptor without __get__."""
    def __set_name__(self, owner, name):
        self.name = name

    def __set__(self, obj, value):
        Trace.log.append(f"SetOnly.set {self.name}={value}")
        obj.__dict__[self.name] = value * 10


class DeleteOnly:
    def __set_name__(self, owner, name):
        self.name = name

    def __delete__(self, obj):
        Trace.log.append(f"DeleteOnly.delete {self.name}")


class Full:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Settings:
    theme = NonData("light")
    limit = SetOnly()
    secret = DeleteOnly()
    port = Full()

    def method(self):
        return "class method"


class Gadget:
    def __init__(self):
        self.__len__ = lambda: 42
        self.__call__ = lambda: "instance call"

    def __getattribute__(self, name):
        Trace.log.append(f"Gadget.__getattribute__ {name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        Trace.log.append(f"Gadget.__getattr__ {name}")
        if name == "__iter__":
            return lambda: iter([1, 2])
        raise AttributeError(name)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


class EqChild(Eq):
    pass


class EqHash(Eq):
    def __hash__(self):
        return hash(self.v)


class NoHashChild(EqHash):
    __hash__ = None


class ClsProp:
    _registry = ["a", "b"]

    @classmethod
    @property
    def size(cls):
        return len(cls._registry)


def dump():
    for line in Trace.log:
        print("   ", line)
    Trace.log.clear()


def main():
    s = Settings()
    print(s.theme, Settings.theme.value)
    s.theme = "dark"
    print(s.theme, vars(s), Settings.theme.value)
    del s.theme
    print(s.theme)
    dump()

    print(Settings.limit is Settings.__dict__["limit"])
    print(s.limit is Settings.__dict__["limit"])
    s.limit = 3
    print(s.limit, vars(s))
    s.__dict__["limit"] = 99
    print(s.limit)
    try:
        del s.limit
    except AttributeError as e:
        print("AttributeError:", e)
    dump()

    del s.secret
    try:
        s.secret = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(type(s.secret).__name__)
    dump()

    print(s.port)
    s.port = 8080
    s.__dict__["port"] = "shadow"
    print(s.port, sorted(vars(s)))
    try:
        del s.port
    except AttributeError as e:
        print("AttributeError:", e)

    s.method = lambda: "instance attr"
    print(s.method(), Settings.method(s), type(s.method).__name__)
    del s.method
    print(s.method(), type(s.method).__name__)

    g = Gadget()
    try:
        print(len(g))
    except TypeError as e:
        print("TypeError:", e)
    try:
        g()
    except TypeError as e:
        print("TypeError:", e)
    try:
        iter(g)
    except TypeError as e:
        print("TypeError:", e)
    print(g.__len__(), g.__call__(), list(g.__iter__()), callable(g))
    dump()

    print(isinstance(Eq(1), Hashable), Eq.__hash__, EqChild.__hash__)
    try:
        hash(EqChild(1))
    except TypeError as e:
        print("TypeError:", e)
    print(hash(EqHash(5)) == hash(5), len({EqHash(1), EqHash(1), EqHash(2)}))
    try:
        {NoHashChild(1)}
    except TypeError as e:
        print("TypeError:", e)
    print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq(1).__ne__(Eq(1)), Eq(1).__ne__(5))

    print(ClsProp.size, ClsProp().size)
    ClsProp._registry.append("c")
    print(ClsProp.size)

    class Callable:
        def __call__(self, x):
            return x * 2
    c = Callable()
    print(c(4), callable(c), callable(Callable))
    Callable.__call__ = lambda self, x: x * 3
    print(c(4))
    del Callable.__call__
    try:
        c(4)
    except TypeError as e:
        print("TypeError:", e)
    Callable.__len__ = lambda self: 7
    print(len(c), bool(c))
    Callable.__bool__ = lambda self: False
    print(bool(c), "truthy" if c else "falsy")


main()
