# Metaclasses: __new__/__init__/__call__, registries, class creation hooks, __prepare__.
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"  Registry.__new__({name}, bases={[b.__name__ for b in bases]}, kwargs={kwargs})")
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"  Registry.__init__({name})")
        super().__init__(name, bases, ns)
class Plugin(metaclass=Registry):
    pass
class AudioPlugin(Plugin, flavor="audio"):
    pass
print(sorted(Registry.classes), type(AudioPlugin).__name__, isinstance(AudioPlugin, Registry))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"  creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print(f"  __prepare__ for {name}")
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__") and k != "injected"]
        return super().__new__(mcls, name, bases, ns)
class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Record.fields, Record.injected)
class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        params = ns.get("params", ())
        def __init__(self, *args):
            for p, a in zip(params, args):
                setattr(self, p, a)
        def __repr__(self):
            inner = ", ".join(f"{p}={getattr(self, p, None)!r}" for p in params)
            return f"{name}({inner})"
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        return cls
class Pt(metaclass=AutoRepr):
    params = ("x", "y")
print(Pt(1, "two"), Pt(3))
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 99
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Fancy(metaclass=Meta):
    pass
print(repr(Fancy), len(Fancy), Fancy["int"], Fancy.upper_name)
try:
    Fancy().upper_name
except AttributeError as e:
    print("AttributeError", e)
print(type(Fancy), type(type(Fancy)), type(type))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1): pass
class A3(metaclass=M3): pass
class Fine(A1, A3): pass
print(type(Fine).__name__)
Dyn = Meta("Dyn", (), {"x": 1})
print(repr(Dyn), Dyn.x)
class Validate(type):
    def __new__(mcls, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"{name} must define run()")
        return super().__new__(mcls, name, bases, ns)
class Job(metaclass=Validate):
    pass
class GoodJob(Job):
    def run(self):
        return "ran"
try:
    class BadJob(Job):
        pass
except TypeError as e:
    print("TypeError", e)
print(GoodJob().run())
