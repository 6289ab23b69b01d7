# A plugin framework: fields are descriptors that validate their names with
# __set_name__, plugins register through __init_subclass__. A plugin whose
# field name is not allowed fails while its class statement runs.
import re


class Field:
    PATTERN = re.compile(r"[a-z][a-z0-9_]*$")

    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        if not self.PATTERN.match(name):
            raise ValueError(f"field name {name!r} must be lower_snake_case")
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, key, **kwargs):
        super().__init_subclass__(**kwargs)
        if key in Plugin.registry:
            raise KeyError(f"duplicate plugin key {key!r}")
        cls.key = key
        cls.fields = sorted(n for n, v in vars(cls).items() if isinstance(v, Field))
        Plugin.registry[key] = cls

    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def describe(self):
        return {name: getattr(self, name) for name in self.fields}


class Resize(Plugin, key="resize"):
    width = Field(int, 100)
    height = Field(int, 100)


class Blur(Plugin, key="blur"):
    radius = Field(float, 1.0)


print(sorted(Plugin.registry))
print(Resize(width=640).describe())
print(Blur(radius=2.5).describe())
try:
    Blur(radius="big")
except TypeError as exc:
    print("rejected:", exc)
try:
    class Sharpen(Plugin, key="blur"):
        amount = Field(float)
except KeyError as exc:
    print("rejected:", exc)
print(sorted(Plugin.registry))


def make_plugins():
    class Crop(Plugin, key="crop"):
        left = Field(int, 0)
        top = Field(int, 0)
        Right = Field(int, 0)
    return Crop


make_plugins()
