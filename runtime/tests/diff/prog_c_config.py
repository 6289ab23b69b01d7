# A JSON configuration loader/validator: schema classes built on abc and
# typing, custom JSON encoder/decoder hooks, precise error paths, defaults,
# merging of layered configs, and a round-trip check.
import abc
import dataclasses
import enum
import json
from typing import Any, Dict, List, NamedTuple, Optional, Protocol, runtime_checkable


class ConfigError(Exception):
    def __init__(self, path, msg):
        super().__init__(f"{'.'.join(map(str, path)) or '<root>'}: {msg}")
        self.path = path


class Level(enum.Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


class Field(abc.ABC):
    def __init__(self, *, required=True, default=None):
        self.required, self.default = required, default

    @abc.abstractmethod
    def check(self, value, path): ...

    def describe(self):
        return type(self).__name__.lower()


class Int(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def check(self, value, path):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(path, f"expected int, got {type(value).__name__}")
        if self.lo is not None and value < self.lo or self.hi is not None and value > self.hi:
            raise ConfigError(path, f"{value} not in [{self.lo}, {self.hi}]")
        return value


class Str(Field):
    def __init__(self, choices=None, **kw):
        super().__init__(**kw)
        self.choices = choices

    def check(self, value, path):
        if not isinstance(value, str):
            raise ConfigError(path, f"expected str, got {value!r}")
        if self.choices and value not in self.choices:
            raise ConfigError(path, f"{value!r} is not one of {sorted(self.choices)}")
        return value


class EnumField(Field):
    def __init__(self, enum_cls, **kw):
        super().__init__(**kw)
        self.enum_cls = enum_cls

    def check(self, value, path):
        try:
            return self.enum_cls(value)
        except ValueError as e:
            raise ConfigError(path, str(e)) from e


class ListOf(Field):
    def __init__(self, item: Field, **kw):
        super().__init__(**kw)
        self.item = item

    def check(self, value, path):
        if not isinstance(value, list):
            raise ConfigError(path, "expected list")
        return [self.item.check(v, path + [i]) for i, v in enumerate(value)]

    def describe(self):
        return f"list[{self.item.describe()}]"


class Obj(Field):
    def __init__(self, fields: Dict[str, Field], **kw):
        super().__init__(**kw)
        self.fields = fields

    def check(self, value, path):
        if not isinstance(value, dict):
            raise ConfigError(path, f"expected object, got {type(value).__name__}")
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise ConfigError(path, f"unknown keys {unknown}")
        out = {}
        for name, f in self.fields.items():
            if name in value:
                out[name] = f.check(value[name], path + [name])
            elif f.required:
                raise ConfigError(path + [name], "missing required key")
            else:
                out[name] = f.default
        return out


class Endpoint(NamedTuple):
    host: str
    port: int

    def __str__(self):
        return f"{self.host}:{self.port}"


@dataclasses.dataclass
class Settings:
    name: str
    level: Level
    workers: int
    endpoints: List[Endpoint]
    tags: List[str] = dataclasses.field(default_factory=list)
    limits: Optional[Dict[str, Any]] = None


@runtime_checkable
class Source(Protocol):
    def read(self) -> str: ...


class TextSource:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


SCHEMA = Obj({
    "name": Str(),
    "level": EnumField(Level, required=False, default=Level.INFO),
    "workers": Int(1, 64, required=False, default=4),
    "endpoints": ListOf(Obj({"host": Str(), "port": Int(1, 65535)})),
    "tags": ListOf(Str(), required=False, default=[]),
    "limits": Obj({"rps": Int(0), "burst": Int(0, required=False, default=10)}, required=False),
})


class SettingsEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, enum.Enum):
            return {"__enum__": f"{type(o).__name__}.{o.name}"}
        if dataclasses.is_dataclass(o):
            return dataclasses.asdict(o)
        return super().default(o)


def decode_hook(d):
    if "__enum__" in d:
        cls, _, name = d["__enum__"].partition(".")
        return {"Level": Level}[cls][name]
    return d


def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load(*sources):
    data = {}
    for src in sources:
        if not isinstance(src, Source):
            raise TypeError(f"not a source: {src!r}")
        try:
            layer = json.loads(src.read())
        except json.JSONDecodeError as e:
            raise ConfigError([], f"bad JSON at line {e.lineno} col {e.colno}: {e.msg}") from None
        data = merge(data, layer)
    v = SCHEMA.check(data, [])
    v["endpoints"] = [Endpoint(**e) for e in v["endpoints"]]
    return Settings(**v)


base = TextSource('{"name": "svc", "endpoints": [{"host": "a.local", "port": 80}], '
                  '"limits": {"rps": 100}}')
cases = {
    "defaults": [base],
    "override": [base, TextSource('{"level": "debug", "workers": 16, "tags": ["x", "y"], '
                                  '"limits": {"burst": 50}}')],
    "bad level": [base, TextSource('{"level": "loud"}')],
    "bad port": [base, TextSource('{"endpoints": [{"host": "b", "port": 80}, {"host": "c", "port": 70000}]}')],
    "bool int": [base, TextSource('{"workers": true}')],
    "unknown": [base, TextSource('{"colour": "red", "zone": 1}')],
    "missing": [TextSource('{"endpoints": []}')],
    "syntax": [base, TextSource('{"name": "x",\n  "workers": 3,,\n}')],
    "tag type": [base, TextSource('{"tags": ["ok", 5]}')],
    "not src": [base, 42],
}
loaded = {}
for label, srcs in cases.items():
    try:
        s = loaded[label] = load(*srcs)
        print(f"{label:>9}: {s.name} {s.level} w={s.workers} eps={[str(e) for e in s.endpoints]} "
              f"tags={s.tags} limits={s.limits}")
    except ConfigError as e:
        cause = f" <- {type(e.__cause__).__name__}" if e.__cause__ else ""
        print(f"{label:>9}: ConfigError {e} path={e.path}{cause}")
    except TypeError as e:
        print(f"{label:>9}: TypeError {e}")

s = loaded["override"]
text = json.dumps(s, cls=SettingsEncoder, indent=1, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
back["endpoints"] = [Endpoint(*e) for e in back["endpoints"]]
again = Settings(**back)
print(again == s, again.level is Level.DEBUG, again.endpoints[0], type(again.endpoints[0]).__name__)
print(json.dumps(loaded["defaults"], cls=SettingsEncoder, separators=(",", ":")))
try:
    json.dumps({"when": object()}, cls=SettingsEncoder)
except TypeError as e:
    print("TypeError:", str(e).replace(hex(id(e)), "")[:40])
print(json.loads('[1, 2.50, "x", null, true, {"a": {}}]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.dumps({"k": [1, 2]}, indent="\t"), json.dumps(float("inf")), json.dumps("\u2603\n\"q\""))
print(Settings.__doc__)
print([f.describe() for f in SCHEMA.fields.values()])
print(isinstance(base, Source), isinstance("text", Source), issubclass(Int, Field), Field.__abstractmethods__)
try:
    Field()
except TypeError as e:
    print("TypeError:", e)
Endpoint.__doc__ = "A host:port pair."
Settings.__module__ = "config.models"
print(Endpoint.__doc__, Settings.__module__, repr(Settings).startswith("<class 'config.models.Settings'"))
print(Endpoint("h", 1)._asdict(), Endpoint._make(["z", 9]), Endpoint.__annotations__)
