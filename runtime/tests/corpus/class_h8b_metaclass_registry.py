"""Metaclass-driven command registry with validation and ordering."""


class CommandMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = {}
        ns["__defined_order__"] = []
        return _OrderedNS(ns)

    def __new__(mcls, name, bases, ns, *, verb=None, hidden=False):
        ns = dict(ns.data)
        cls = super().__new__(mcls, name, bases, ns)
        cls.verb = verb or name.lower()
        cls.hidden = hidden
        if bases:
            if cls.verb in mcls.registry:
                raise ValueError(f"duplicate verb {cls.verb!r}")
            mcls.registry[cls.verb] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst

    def __repr__(cls):
        return f"<command {cls.verb}>"

    def __len__(cls):
        return len(cls.registry)

    def __contains__(cls, verb):
        return verb in cls.registry

    def __iter__(cls):
        return iter(sorted(cls.registry))


class _OrderedNS:
    def __init__(self, data):
        self.data = data

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.data["__defined_order__"].append(key)
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]


class Command(metaclass=CommandMeta):
    def __init__(self, *args):
        self.args = args

    def run(self):
        raise NotImplementedError(type(self).__name__)


class Add(Command):
    help = "add numbers"
    def run(self):
        return sum(map(int, self.args))


class Mul(Command, verb="times"):
    help = "multiply numbers"
    def run(self):
        out = 1
        for a in self.args:
            out *= int(a)
        return out


class Echo(Command, hidden=True):
    z_last = 1
    a_first = 2
    def run(self):
        return " ".join(self.args)


class Shout(Echo):
    def run(self):
        return super().run().upper() + "!"


print(repr(Add), repr(Mul), repr(Echo), repr(Shout))
print(len(Command), "times" in Command, "mul" in Command)
print(list(Command))
print(Echo.__defined_order__)
print(Add.__defined_order__, Command.__defined_order__)
print(type(Add).__name__, type(Command) is CommandMeta, isinstance(Add, CommandMeta))

def dispatch(line):
    verb, *args = line.split()
    cls = CommandMeta.registry.get(verb)
    if cls is None:
        return f"unknown command {verb!r}"
    cmd = cls(*args)
    try:
        return f"{cmd.created_by}: {cmd.run()!r}"
    except NotImplementedError as e:
        return f"not implemented: {e}"
    except ValueError as e:
        return f"bad input: {e}"

for line in ["add 1 2 3", "times 4 5 6", "echo hi there", "shout hi there",
             "add 1 x", "nope 1", "times"]:
    print(line, "->", dispatch(line))

for verb in Command:
    cls = CommandMeta.registry[verb]
    print(f"{verb:6} hidden={cls.hidden!s:5} help={getattr(cls, 'help', '-')}")

try:
    class Add2(Command, verb="add"):
        pass
except ValueError as e:
    print("ValueError:", e)


# metaclass conflict
class M1(type):
    pass

class M2(type):
    pass

class P1(metaclass=M1):
    pass

class P2(metaclass=M2):
    pass

try:
    class Both(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1, M2):
    pass

class Both(P1, P2, metaclass=M3):
    pass
print(type(Both).__name__, [k.__name__ for k in type(Both).__mro__])


# Singleton metaclass and class-level __call__ overriding
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        print("  Config init", env)
        self.env = env

class Cache(metaclass=Singleton):
    pass

a = Config("prod")
b = Config("test")
print(a is b, a.env, Cache() is Cache(), Cache() is a)


# type() with three args and dynamic methods
def make_point_class(dims):
    names = "xyzw"[:dims]
    def __init__(self, *coords):
        if len(coords) != dims:
            raise TypeError(f"expected {dims} coordinates, got {len(coords)}")
        for n, c in zip(names, coords):
            setattr(self, n, c)
    def __repr__(self):
        return f"P{dims}(" + ", ".join(f"{n}={getattr(self, n)}" for n in names) + ")"
    def norm1(self):
        return sum(abs(getattr(self, n)) for n in names)
    return type(f"Point{dims}", (), {"__init__": __init__, "__repr__": __repr__,
                                     "norm1": norm1, "__slots__": tuple(names)})

for d in (1, 2, 3):
    P = make_point_class(d)
    p = P(*range(-1, d - 1))
    print(P.__name__, p, p.norm1(), P.__slots__)
try:
    make_point_class(2)(1)
except TypeError as e:
    print("TypeError:", e)

# class keyword arguments and __init_subclass__ with metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__({name}, kw={sorted(kw)})")
        return super().__new__(mcls, name, bases, ns, **kw)

class Root(metaclass=Meta):
    def __init_subclass__(cls, flavor="plain", **kw):
        print(f"  __init_subclass__({cls.__name__}, {flavor})")
        cls.flavor = flavor
        super().__init_subclass__(**kw)

class Leaf(Root, flavor="spicy"):
    pass

class Leaf2(Leaf):
    pass
print(Leaf.flavor, Leaf2.flavor)
print(Meta.__name__, Root.__class__.__name__, type(Meta).__name__)
