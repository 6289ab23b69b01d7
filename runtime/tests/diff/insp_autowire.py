"""A small dependency-injection container that autowires constructors via inspect.signature."""
import dataclasses
import enum
import functools
import inspect
import typing


class Missing(Exception):
    pass


class Container:
    def __init__(self):
        self.providers = {}
        self.instances = {}
        self.log = []

    def register(self, key, provider=None):
        self.providers[key] = provider or key
        return self

    def resolve(self, key, depth=0):
        if key in self.instances:
            return self.instances[key]
        provider = self.providers.get(key)
        if provider is None:
            raise Missing(f"no provider for {getattr(key, '__name__', key)}")
        sig = inspect.signature(provider)
        kwargs = {}
        for name, param in sig.parameters.items():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            ann = param.annotation
            if ann is not param.empty and ann in self.providers:
                kwargs[name] = self.resolve(ann, depth + 1)
            elif name in self.providers:
                kwargs[name] = self.resolve(name, depth + 1)
            elif param.default is not param.empty:
                continue
            else:
                raise Missing(f"cannot satisfy {name!r} of {getattr(provider, '__qualname__', provider)}")
        self.log.append("  " * depth + f"{getattr(key, '__name__', key)}{sig}")
        obj = provider(**kwargs)
        self.instances[key] = obj
        return obj


class Settings:
    def __init__(self, env="dev", debug: bool = False):
        self.env, self.debug = env, debug


class Database:
    def __new__(cls, settings: Settings, pool_size: int = 5):
        self = super().__new__(cls)
        self.url = f"db://{settings.env}"
        self.pool_size = pool_size
        return self


@dataclasses.dataclass
class Repo:
    db: Database
    table: str = "users"
    cache: dict = dataclasses.field(default_factory=dict)


class Mode(enum.Enum):
    FAST = "fast"
    SAFE = "safe"


class Point(typing.NamedTuple):
    x: int
    y: int = 0


class Service:
    def __init__(self, repo: Repo, settings: Settings, *extras, retries=3, **opts):
        self.repo, self.settings, self.retries = repo, settings, retries

    def describe(self):
        return f"Service({self.repo.table}@{self.repo.db.url}, retries={self.retries})"


class Factory:
    def __call__(self, settings: Settings, name="cache"):
        return f"{name}-for-{settings.env}"


def make_clock(settings: Settings, *, tz="UTC"):
    return f"clock[{tz}] debug={settings.debug}"


c = Container()
c.register(Settings).register(Database).register(Repo).register(Service)
c.register("clock", make_clock).register("cache", Factory())
c.register("tuned", functools.partial(make_clock, tz="CET"))
svc = c.resolve(Service)
print(svc.describe())
print(c.resolve("clock"), c.resolve("cache"), c.resolve("tuned"))
print("\n".join(c.log))

for target in (Settings, Database, Repo, Mode, Point, Service, Factory(), make_clock,
               functools.partial(Service, retries=1), Service.describe, svc.describe, Missing):
    try:
        sig = inspect.signature(target)
        params = [(p.name, p.kind.name, p.default is not p.empty) for p in sig.parameters.values()]
        print(getattr(target, "__qualname__", type(target).__name__), sig, params)
    except ValueError as e:
        print("ValueError:", e)

try:
    Container().register("clock", make_clock).resolve("clock")
except Missing as e:
    print("Missing:", e)
try:
    Container().resolve(Repo)
except Missing as e:
    print("Missing:", e)
for odd in (type, 42):
    try:
        inspect.signature(odd)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

defaults = {name: p.default for name, p in inspect.signature(Repo).parameters.items()
            if p.default is not p.empty}
print(defaults)
hints = typing.get_type_hints(Service.__init__)
print({k: v.__name__ for k, v in hints.items()})
print(inspect.get_annotations(Repo), inspect.get_annotations(make_clock))
