"""A tiny runtime validator driven by type hints, in the style of pydantic-lite libraries."""
import dataclasses
import enum
import types
import typing
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Optional, TypedDict, Union, get_args, get_origin, get_type_hints


class ValidationError(Exception):
    def __init__(self, path, msg):
        super().__init__(f"{'.'.join(map(str, path)) or '<root>'}: {msg}")
        self.path = path


@dataclass(frozen=True)
class Range:
    lo: float
    hi: float


class Level(enum.Enum):
    DEBUG = "debug"
    INFO = "info"


def type_name(tp):
    if isinstance(tp, type):
        return tp.__name__
    return repr(tp).replace("typing.", "")


def coerce(tp, value, path=()):
    origin = get_origin(tp)
    args = get_args(tp)
    if tp is Any:
        return value
    if origin is Annotated:
        inner = coerce(args[0], value, path)
        for meta in args[1:]:
            if isinstance(meta, Range) and not (meta.lo <= inner <= meta.hi):
                raise ValidationError(path, f"{inner} not in [{meta.lo}, {meta.hi}]")
        return inner
    if origin in (Union, types.UnionType):
        errors = []
        if value is None and type(None) in args:
            return None
        for alt in args:
            if alt is type(None):
                continue
            try:
                return coerce(alt, value, path)
            except ValidationError as e:
                errors.append(str(e).split(": ", 1)[1])
        raise ValidationError(path, f"no variant of {type_name(tp)} matched ({'; '.join(errors)})")
    if origin is Literal:
        if value not in args:
            raise ValidationError(path, f"expected one of {args!r}, got {value!r}")
        return value
    if origin in (list, set, frozenset):
        if not isinstance(value, (list, tuple, set)):
            raise ValidationError(path, f"expected {origin.__name__}, got {type(value).__name__}")
        (item,) = args or (Any,)
        return origin(coerce(item, v, path + (i,)) for i, v in enumerate(value))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(coerce(args[0], v, path + (i,)) for i, v in enumerate(value))
        if len(args) != len(value):
            raise ValidationError(path, f"expected {len(args)} items, got {len(value)}")
        return tuple(coerce(a, v, path + (i,)) for i, (a, v) in enumerate(zip(args, value)))
    if origin is dict:
        kt, vt = args or (Any, Any)
        return {coerce(kt, k, path + (k,)): coerce(vt, v, path + (k,)) for k, v in value.items()}
    if typing.is_typeddict(tp):
        hints = get_type_hints(tp)
        missing = sorted(tp.__required_keys__ - value.keys())
        if missing:
            raise ValidationError(path, f"missing keys {missing}")
        extra = sorted(value.keys() - hints.keys())
        if extra:
            raise ValidationError(path, f"unexpected keys {extra}")
        return {k: coerce(hints[k], v, path + (k,)) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp, include_extras=True)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = coerce(hints[f.name], value[f.name], path + (f.name,))
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValidationError(path + (f.name,), "field required")
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as e:
            raise ValidationError(path, str(e))
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type):
        if isinstance(value, tp) and not (tp is int and isinstance(value, bool)):
            return value
        raise ValidationError(path, f"expected {tp.__name__}, got {type(value).__name__} {value!r}")
    raise ValidationError(path, f"unsupported type {tp!r}")


class Endpoint(TypedDict, total=False):
    url: typing.Required[str]
    timeout: float
    retries: int


@dataclass
class Service:
    name: str
    port: Annotated[int, Range(1, 65535)]
    level: Level = Level.INFO
    endpoints: list[Endpoint] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    mode: Literal["fast", "safe"] = "safe"
    owner: Optional[str] = None
    limits: tuple[int, int] = (0, 10)
    alias: str | int | None = None


samples = [
    {"name": "api", "port": 8080},
    {"name": "db", "port": 5432, "level": "debug", "endpoints": [{"url": "x", "timeout": 3}], "weights": {"a": 1, "b": 2.5}},
    {"name": "bad", "port": 70000},
    {"name": "bad2", "port": "80"},
    {"name": "bad3", "port": 1, "level": "trace"},
    {"name": "bad4", "port": 1, "endpoints": [{"timeout": 1.0}]},
    {"name": "bad5", "port": 1, "endpoints": [{"url": "u", "verbose": True}]},
    {"name": "bad6", "port": 1, "mode": "slow"},
    {"name": "bad7", "port": 1, "limits": [1, 2, 3]},
    {"name": "ok8", "port": 1, "limits": [1, 2], "alias": 5, "owner": None},
    {"name": "bad9", "port": 1, "alias": 2.5},
    {"port": 1},
    {"name": "bad10", "port": True},
]
for s in samples:
    try:
        print("OK ", coerce(Service, s))
    except ValidationError as e:
        print("ERR", e, e.path)

hints = get_type_hints(Service, include_extras=True)
for k, v in hints.items():
    print(f"{k:10} {type_name(v):45} origin={get_origin(v)!r}")
print(coerce(list[tuple[int, ...]], [[1, 2], (3,)]), coerce(frozenset[str], ["a", "a"]))
print(coerce(dict[str, list[Level]], {"x": ["info", "debug"]}))
