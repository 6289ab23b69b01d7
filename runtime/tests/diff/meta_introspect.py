class Meta(type):
    meta_attr = "from meta"
    @property
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__dict__)} entries"
    def mro(cls):
        default = super().mro()
        print("  custom mro for", cls.__name__)
        return default
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack") or super().__instancecheck__(obj)
    def __subclasscheck__(cls, sub):
        return getattr(sub, "duck_like", False) or super().__subclasscheck__(sub)
    def __dir__(cls):
        return ["custom", "dir"]

class Duck(metaclass=Meta):
    class_attr = "from class"
    def quack(self): return "Quack"

class Robot:
    def quack(self): return "beep"
class Fake:
    duck_like = True

print(Duck.meta_attr, Duck.class_attr, Duck.describe)
try:
    Duck().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Robot(), Duck), isinstance(3, Duck), issubclass(Fake, Duck), issubclass(int, Duck), issubclass(Duck, Duck))
print(dir(Duck))
print("meta_attr" in dir(Meta), "mro" in dir(Duck))

# mappingproxy
mp = Duck.__dict__
print(type(mp).__name__, "quack" in mp, sorted(k for k in mp if not k.startswith("__")))
try:
    mp["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Duck.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(mp.get("nope", "dflt"), len(mp) > 3, type(mp.copy()).__name__)

# instance __dict__ manipulation
class Rec:
    def __init__(self):
        self.a = 1
r = Rec()
r.__dict__.update(b=2, c=3)
print(vars(r), r.b)
r.__dict__ = {"z": 26}
print(vars(r), hasattr(r, "a"))
try:
    r.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# dir on instances includes class and bases, sorted
class P:
    x = 1
    def m(self): pass
class Q(P):
    y = 2
q = Q(); q.z = 3
print([n for n in dir(q) if not n.startswith("__")])
print(len([n for n in dir(object) if n.startswith("__")]) > 20)
print("__dict__" in dir(q), "__weakref__" in dir(q), "__module__" in dir(q))

# __mro__ walking to find attribute owners
class A:
    def go(self): return "A"
    def only_a(self): pass
class B(A):
    def go(self): return "B>" + super().go()
class C(A):
    def go(self): return "C>" + super().go()
class D(B, C):
    def go(self): return "D>" + super().go()
print(D().go(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
def owner(cls, name):
    for k in cls.__mro__:
        if name in vars(k):
            return k.__qualname__
print(owner(D, "go"), owner(D, "only_a"), owner(D, "__init__"), owner(D, "nothing"))
try:
    class Bad(A, D): pass
except TypeError as e:
    print(type(e).__name__, e)

# super() forms
class Base:
    def __init__(self, tag): self.tag = tag
    @classmethod
    def make(cls): return f"make:{cls.__name__}"
    def who(self): return "Base"
class Derived(Base):
    def __init__(self):
        super(Derived, self).__init__("derived")
    @classmethod
    def make(cls): return "D+" + super().make()
    def who(self):
        return "Derived/" + super().who()
d = Derived()
print(d.tag, Derived.make(), d.who(), super(Derived, d).who(), super(Derived, Derived).make())
sp = super(Derived, d)
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self_class__.__name__, sp.__self__ is d)
try:
    super(Derived, 5)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Derived, d).missing
except AttributeError as e:
    print(type(e).__name__, e)

# __class__ cell
class Cell:
    def get(self):
        return __class__
    def name(self):
        return __class__.__name__
class SubCell(Cell): pass
print(SubCell().get().__name__, SubCell().name())

# __init_subclass__ vs __set_name__ vs metaclass order
log = []
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
class M2(type):
    def __new__(mcls, name, bases, ns):
        log.append(f"meta new {name} begin")
        cls = super().__new__(mcls, name, bases, ns)
        log.append(f"meta new {name} end")
        return cls
    def __init__(cls, *a):
        log.append(f"meta init {cls.__name__}")
        super().__init__(*a)
class Root(metaclass=M2):
    def __init_subclass__(cls):
        log.append(f"init_subclass {cls.__name__}")
class Leaf(Root):
    d1 = Desc()
    d2 = Desc()
print("\n".join(log))

# format/str/repr defaults on classes
print(repr(Leaf).startswith("<class '__main__.Leaf'"), str(type(Leaf)), format(Leaf, ""))
try:
    format(Leaf(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(Leaf.__module__, Leaf.__doc__, Cell.get.__module__, type(Leaf).__qualname__)
