import collections

class OrderedMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} bases={[b.__name__ for b in bases]} kw={sorted(kwargs)}")
        ns = collections.OrderedDict()
        ns["_prepared_by"] = mcls.__name__
        return ns

    def __new__(mcls, name, bases, ns, *, tag=None, abstract=False):
        print(f"new {name} ns-type={type(ns).__name__} keys={[k for k in ns if not k.startswith('__')]}")
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._field_order = [k for k in ns if not k.startswith("_") and not callable(ns[k])]
        cls._tag = tag
        if not abstract:
            mcls.registry[tag or name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print(f"init {name} kwargs={kwargs}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"call {cls.__name__} args={args} kwargs={kwargs}")
        inst = super().__call__(*args, **kwargs)
        inst._created_via_meta = True
        return inst

    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __len__(cls):
        return len(cls._field_order)

    def __iter__(cls):
        return iter(cls._field_order)

    def __contains__(cls, item):
        return item in cls._field_order


class Base(metaclass=OrderedMeta, abstract=True):
    def __init__(self, **kw):
        for k in type(self)._field_order:
            setattr(self, k, kw.get(k, getattr(type(self), k)))

    def __repr__(self):
        parts = ", ".join(f"{k}={getattr(self, k)!r}" for k in type(self)._field_order)
        return f"{type(self).__name__}({parts})"


class User(Base, tag="user"):
    zeta = ""
    alpha = 0
    mid = None
    def greet(self):
        return "hi " + str(self.zeta)


class Admin(User):
    level = 1


print(OrderedMeta.registry)
print(list(User), len(Admin), "alpha" in User, "level" in User)
print(User._prepared_by, Admin._tag, User._tag)
u = User(zeta="z", alpha=3)
print(u, u._created_via_meta, u.greet())
a = Admin(level=9)
print(a)
print(repr(User), type(User).__name__, type(User).__mro__)
print(isinstance(User, OrderedMeta), issubclass(OrderedMeta, type))

try:
    class Broken(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# singleton via metaclass __call__
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **kw)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        print("Config init", env)
        self.env = env

c1 = Config("prod")
c2 = Config("test")
print(c1 is c2, c1.env)


# caching instances keyed by args
class Interned(type):
    def __init__(cls, *a, **kw):
        super().__init__(*a, **kw)
        cls._cache = {}
    def __call__(cls, *args):
        try:
            return cls._cache[args]
        except KeyError:
            obj = cls._cache[args] = super().__call__(*args)
            return obj

class Point(metaclass=Interned):
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2) is Point(1, 2), Point(1, 2) is Point(2, 1), len(Point._cache))
try:
    Point([1], 2)
except TypeError as e:
    print(type(e).__name__, e)


# metaclass conflict
class MA(type): pass
class MB(type): pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class MAB(MA, MB): pass
class C(A, B, metaclass=MAB): pass
print(type(C).__name__, [k.__name__ for k in C.__mro__])

# metaclass derived automatically
class D(A): pass
print(type(D).__name__)

# __prepare__ returning non-dict
class WeirdMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class W(metaclass=WeirdMeta): pass
except TypeError as e:
    print(type(e).__name__, e)

# function as metaclass
def upper_meta(name, bases, ns):
    ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
    return type(name, bases, ns)

class Shout(metaclass=upper_meta):
    hello = 1
    def world(self): return 2
print(sorted(k for k in vars(Shout) if not k.startswith("__")), Shout().WORLD())
