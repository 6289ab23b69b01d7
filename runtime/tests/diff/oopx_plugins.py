"""Plugin registry built on __init_subclass__, class decorators and __class_getitem__."""
import functools


class PluginError(Exception):
    pass


class Plugin:
    registry = {}
    priority = 0

    def __init_subclass__(cls, /, name=None, priority=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            cls._abstract = True
            return
        cls._abstract = False
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise PluginError(f"duplicate plugin {key!r}")
        if priority is not None:
            cls.priority = priority
        cls.plugin_name = key
        Plugin.registry[key] = cls

    def run(self, data):
        raise NotImplementedError(f"{type(self).__qualname__}.run")

    def __repr__(self):
        return f"<plugin {self.plugin_name} p={self.priority}>"


class TextPlugin(Plugin, abstract=True):
    def run(self, data):
        return self.transform(str(data))


class Upper(TextPlugin, priority=5):
    def transform(self, s):
        return s.upper()


class Reverse(TextPlugin, name="rev"):
    def transform(self, s):
        return s[::-1]


class Double(Plugin, name="x2", priority=10):
    def run(self, data):
        return data * 2


class Lazy(Plugin):
    pass


hooks = {}


def hook(event, *, order=0):
    def deco(cls):
        hooks.setdefault(event, []).append((order, cls.__name__))
        cls.events = getattr(cls, "events", ()) + (event,)
        return cls
    return deco


@hook("start", order=2)
@hook("stop")
class Logger(Plugin):
    def run(self, data):
        return f"log:{data}"


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.wrapped_class = cls
    return get


@singleton
class Config:
    """Global configuration."""
    def __init__(self, **values):
        self.values = values


class TypedRegistry:
    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return type(f"{cls.__name__}[{name}]", (cls,), {"item_type": item})

    def __init__(self):
        self.items = []

    def add(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        self.items.append(value)
        return self


def main():
    for key in sorted(Plugin.registry):
        cls = Plugin.registry[key]
        print(key, cls.__name__, cls.priority, cls._abstract)
    print("TextPlugin registered?", "textplugin" in Plugin.registry, TextPlugin._abstract)
    ordered = sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name))
    print([c.plugin_name for c in ordered])
    pipeline = [Plugin.registry[k]() for k in ("upper", "rev", "x2")]
    data = "abc"
    for p in pipeline:
        data = p.run(data)
        print(repr(p), "->", data)
    try:
        Lazy().run(1)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    try:
        class Upper2(Plugin, name="upper"):
            pass
    except PluginError as e:
        print("PluginError:", e)
    try:
        class Bad(Plugin, colour="red"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(sorted((k, v) for k, v in hooks.items()))
    print(Logger.events, Logger().run(3))

    c1 = Config(debug=True)
    c2 = Config(debug=False)
    print(c1 is c2, c1.values, Config.__name__, Config.__doc__, Config.wrapped_class.__name__)

    IntReg = TypedRegistry[int]
    print(IntReg.__name__, IntReg.item_type, IntReg.__mro__[1].__name__)
    r = IntReg().add(1).add(2)
    print(r.items)
    try:
        r.add("3")
    except TypeError as e:
        print("TypeError:", e)
    print(list[int], dict[str, list[int]], type(list[int]).__name__)
    print(list[int].__origin__, list[int].__args__)
    alias = tuple[int, ...]
    print(alias, alias.__args__)
    try:
        Plugin[int]
    except TypeError as e:
        print("TypeError:", e)
    print(Plugin.__init_subclass__.__func__.__qualname__ if hasattr(Plugin.__init_subclass__, "__func__") else "nofunc")
    print(type(Plugin.__dict__["__init_subclass__"]).__name__)


main()
