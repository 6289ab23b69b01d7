"""Metaclass toolkit: singletons, interface checks, strict namespaces, dynamic classes."""
import types


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in SingletonMeta._instances:
            print(f"  creating {cls.__name__}{args}")
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        return SingletonMeta._instances[cls]


class AppConfig(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        self.env = env


class StrictNamespace(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__") and not callable(value) is False:
            pass
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"  __prepare__({name!r}, kwargs={kwargs})")
        return StrictNamespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Service(metaclass=StrictMeta, retries=3):
    def start(self):
        return "started"


class InterfaceMeta(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(callable(getattr(sub, m, None)) for m in cls.required)


class Drawable(metaclass=InterfaceMeta):
    required = ("draw", "area")


class Square:
    def __init__(self, s):
        self.s = s

    def draw(self):
        return "#" * self.s

    def area(self):
        return self.s ** 2


class Line:
    def draw(self):
        return "-"


class Validated:
    def __set_name__(self, owner, name):
        if name.startswith("bad"):
            raise ValueError(f"refusing name {name}")
        self.name = name


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


class Entries:
    def __mro_entries__(self, bases):
        return (Cat,)


def main():
    a = AppConfig("prod")
    b = AppConfig("test")
    print(a is b, a.env, type(AppConfig).__name__)
    print(Service.options, Service().start(), type(Service).__mro__)
    try:
        class Twice(metaclass=StrictMeta):
            def run(self):
                pass

            def run(self):
                pass
    except TypeError as e:
        print("TypeError:", e)
    print(isinstance(Square(2), Drawable), isinstance(Line(), Drawable), issubclass(Square, Drawable), issubclass(int, Drawable))
    try:
        class Holder:
            bad_field = Validated()
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))

    Point = type("Point", (), {"__init__": lambda self, x, y: setattr(self, "xy", (x, y)),
                               "__repr__": lambda self: f"Point{self.xy}", "dims": 2})
    print(Point(1, 2), Point.__name__, Point.__qualname__, Point.__module__, Point.dims)
    Point3 = type("Point3", (Point,), {"dims": 3})
    print(Point3(4, 5), Point3.__mro__, Point3.dims)
    try:
        type("X", (1,), {})
    except TypeError as e:
        print("TypeError:", e)
    try:
        type("X")
    except TypeError as e:
        print("TypeError:", e)
    try:
        type("X", (), {}, 5)
    except TypeError as e:
        print("TypeError:", e)
    print(type(5), type("X", (), {})().__class__.__name__)

    def body(ns):
        ns["greet"] = lambda self: f"hi from {type(self).__name__}"
    Greeter = types.new_class("Greeter", (Cat,), {}, body)
    print(Greeter().greet(), Greeter().speak(), Greeter.__mro__)
    resolved = types.resolve_bases((Entries(), object))
    print(resolved)

    class Kitten(Entries()):
        pass
    print(Kitten.__bases__, Kitten.__orig_bases__[0].__class__.__name__, Kitten().speak())

    pet = Cat()
    print(pet.speak(), type(pet).__name__)
    pet.__class__ = Dog
    print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
    try:
        pet.__class__ = int
    except TypeError as e:
        print("TypeError:", e)
    try:
        (1).__class__ = bool
    except TypeError as e:
        print("TypeError:", e)

    try:
        class Conflict:
            __slots__ = ("x",)
            x = 5
    except ValueError as e:
        print("ValueError:", e)
    try:
        class DupSlots:
            __slots__ = ("a", "a")
        print("DupSlots fine", DupSlots.__slots__)
    except TypeError as e:
        print("TypeError:", e)
    try:
        class BadSlot:
            __slots__ = ("1x",)
    except TypeError as e:
        print("TypeError:", e)

    class WithDictSlot:
        __slots__ = ("a", "__dict__")
    w = WithDictSlot()
    w.a, w.b = 1, 2
    print(w.a, vars(w))

    class OnlySlots:
        __slots__ = ("a",)
    try:
        vars(OnlySlots())
    except TypeError as e:
        print("TypeError:", e)
    try:
        Cat.__dict__["speak"] = None
    except TypeError as e:
        print("TypeError:", e)
    print(type(Cat.__dict__).__name__, "speak" in Cat.__dict__, Cat.__dict__["speak"].__qualname__)

    class Outer:
        class Inner:
            class Deepest:
                pass
    print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
    Outer.Inner.__name__ = "Renamed"
    print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner).split(".")[-1])
    try:
        Outer.__name__ = 5
    except TypeError as e:
        print("TypeError:", e)

    class Meta2(type):
        pass
    class M1(metaclass=SingletonMeta):
        pass
    try:
        class Mixed(M1, metaclass=Meta2):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(type.__call__(Cat).speak(), type(type), type.__name__, isinstance(type, type))


main()
