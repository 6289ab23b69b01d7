# __init_subclass__, __set_name__, __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print(f"  registered {cls.plugin_name}")
class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class StrictYaml(Yaml, name="strict-yaml"):
    pass
print(Plugin.registry, StrictYaml.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    id = Field(0)
    title = Field("untitled")
    tags = Field(())
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"
m = Model()
print(m, Model._fields)
m.title = "Hello"
m.tags = ("a", "b")
print(m)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["T"], Box[int, str] if False else Box[3])
class Typed:
    def __class_getitem__(cls, item):
        return type(f"{cls.__name__}_{item.__name__}", (cls,), {"item_type": item})
IntTyped = Typed[int]
print(IntTyped.__name__, IntTyped.item_type, issubclass(IntTyped, Typed))
print(list[int], dict[str, list[int]], tuple[()], type[int] if hasattr(type, "__class_getitem__") else "")
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
class Base:
    subclasses = []
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
class C(Base): pass
print(Base.subclasses)
class Counter:
    def __init_subclass__(cls, start=0):
        cls.count = start
class C1(Counter): pass
class C2(Counter, start=10): pass
print(C1.count, C2.count)
class Described:
    def __set_name__(self, owner, name):
        print(f"  {type(self).__name__} named {name} in {owner.__name__}")
class Holder:
    first = Described()
    second = Described()
    not_descriptor = 5
