# super() forms: zero-arg, two-arg, in classmethods, staticmethod workarounds, properties.
class Base:
    def greet(self):
        return f"Base.greet({type(self).__name__})"
    @classmethod
    def create(cls):
        return f"Base.create -> {cls.__name__}"
    @property
    def kind(self):
        return "base-kind"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
    @property
    def kind(self):
        return "mid/" + super().kind
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super().greet()
    def skip_mid(self):
        return super(Mid, self).greet()
    @staticmethod
    def static_super(obj):
        return super(Leaf, obj).greet()
obj = Leaf()
print(obj.greet())
print(obj.skip_mid())
print(Leaf.create(), Mid.create())
print(obj.kind)
print(Leaf.static_super(obj))
print(super(Leaf, obj).greet(), super(Mid, Leaf).create())
s = super(Leaf, obj)
print(type(s).__name__)
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_with = args
        return inst
    def __init__(self, *args):
        self.initialized = True
w = WithNew(1, 2)
print(w.created_with, w.initialized)
class ListLogger(list):
    def append(self, item):
        print("  appending", item)
        super().append(item)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
ll = ListLogger()
ll.append(5)
ll.append(6)
print(ll, ll[0], len(ll))
class Attr:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
a = Attr()
a.x = 5
a.s = "s"
print(a.magic, a.x, a.s)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
def outside():
    try:
        super()
    except RuntimeError as e:
        return f"RuntimeError {e}"
print(outside())
class NoArgs:
    def m(self):
        def inner():
            return super().m
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError {e}"
print(NoArgs().m())
try:
    super(int, "str")
except TypeError as e:
    print("TypeError", e)
class Cooperative:
    def __init_subclass__(cls, **kwargs):
        cls.tag = kwargs.pop("tag", "none")
        super().__init_subclass__(**kwargs)
class Tagged(Cooperative, tag="special"):
    pass
print(Tagged.tag)
