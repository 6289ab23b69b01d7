# Classes built with the three-argument type() call and with class statements,
# where the bases bring their own metaclasses, plus __slots__ layouts.

def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "-> TypeError:", e)
    else:
        print(label, "->", r)


class Registry(type):
    registered = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.registered.append(name)


class Tracing(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns = dict(ns)
        ns["traced"] = True
        return super().__new__(mcls, name, bases, ns, **kw)


class Plugin(metaclass=Registry):
    pass


class Traced(metaclass=Tracing):
    pass


class SubRegistry(Registry):
    pass


class Special(metaclass=SubRegistry):
    pass


Dyn = type("Dyn", (Plugin,), {"x": 1})
print("Dyn metaclass:", type(Dyn).__name__, Dyn.x, Dyn.__mro__[1].__name__)
Dyn2 = type("Dyn2", (Traced,), {})
print("Dyn2 metaclass:", type(Dyn2).__name__, getattr(Dyn2, "traced", None))
print("Dyn2 own traced:", "traced" in Dyn2.__dict__)
Mixed = type("Mixed", (Plugin, Special), {})
print("Mixed metaclass:", type(Mixed).__name__)
print("registered:", Registry.registered)

attempt("type conflict", lambda: type("Bad", (Plugin, Traced), {}))
attempt("Registry conflict", lambda: Registry("Bad", (Plugin, Traced), {}))
attempt("Tracing conflict", lambda: Tracing("Bad", (Traced, Plugin), {}))
attempt("int base", lambda: type("Bad", (Plugin, 5), {}))


def make_conflict():
    class Both(Plugin, Traced):
        pass
    return Both


attempt("class statement conflict", make_conflict)


def make_ok():
    class Fine(Plugin, Special):
        pass
    return type(Fine).__name__


attempt("class statement derived", make_ok)
attempt("explicit type.__new__", lambda: type(type.__new__(type, "N", (Plugin,), {})).__name__)
attempt("metaclass call", lambda: type(Registry("R", (Special,), {})).__name__)

# __slots__ layouts


class Point:
    __slots__ = ("x", "y")


class Point3(Point):
    __slots__ = ("x", "z")


class Named:
    __slots__ = ("name",)


class Empty:
    __slots__ = ()


print(Point3.x, Point.x)
p = Point3()
p.x, p.y, p.z = 1, 2, 3
print(p.x, p.y, p.z)
try:
    print(Point.x.__get__(p))
except AttributeError as e:
    print("AttributeError", e)
attempt("two slotted bases", lambda: type("PN", (Point, Named), {}))
attempt("slotted and empty", lambda: type("PE", (Point, Empty), {}).__mro__[1].__name__)


def plain_sub():
    class P2(Point):
        pass

    class N2(Named):
        pass

    return type("Both", (P2, N2), {})


attempt("slotted via subclasses", plain_sub)


def same_root():
    class A(Point):
        pass

    class B(Point):
        pass

    c = type("C", (A, B), {})()
    c.x = 5
    c.y = 6
    return (c.x, c.y, sorted(vars(c)))


attempt("same slotted root", same_root)


def chain():
    class C(Point, Point3):
        pass
    return C


attempt("bad mro", chain)


def chain2():
    class C(Point3, Point):
        __slots__ = ("w",)
    c = C()
    c.w = 1
    c.x = 2
    return (c.w, c.x, C.w)


attempt("slot chain", chain2)
attempt("list and slots", lambda: type("LS", (list, Named), {}))
