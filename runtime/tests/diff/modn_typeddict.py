"""Config loading with TypedDict, Literal, NotRequired and a checker."""
from typing import (TypedDict, Literal, Required, NotRequired, get_type_hints,
                    get_origin, get_args, Union, Optional, Any, is_typeddict)
import json


Level = Literal["debug", "info", "warning", "error"]


class Endpoint(TypedDict):
    host: str
    port: int


class Options(TypedDict, total=False):
    retries: int
    timeout: float
    level: Required[Level]


class ServiceConfig(TypedDict):
    name: str
    endpoints: list[Endpoint]
    options: Options
    tags: NotRequired[dict[str, str]]
    owner: Optional[str]


def check(value: Any, tp: Any, path: str, errors: list[str]) -> None:
    origin = get_origin(tp)
    if tp is Any:
        return
    if is_typeddict(tp):
        if not isinstance(value, dict):
            errors.append(f"{path}: expected dict, got {type(value).__name__}")
            return
        hints = get_type_hints(tp)
        for key in sorted(tp.__required_keys__):
            if key not in value:
                errors.append(f"{path}.{key}: missing")
        for key, sub in value.items():
            if key not in hints:
                errors.append(f"{path}.{key}: unexpected key")
            else:
                check(sub, hints[key], f"{path}.{key}", errors)
        return
    if origin is Literal:
        if value not in get_args(tp):
            errors.append(f"{path}: {value!r} not in {get_args(tp)}")
        return
    if origin is Union:
        for alt in get_args(tp):
            sub: list[str] = []
            check(value, alt, path, sub)
            if not sub:
                return
        errors.append(f"{path}: {value!r} matches none of {tp}")
        return
    if origin is list:
        if not isinstance(value, list):
            errors.append(f"{path}: expected list")
            return
        (item_t,) = get_args(tp)
        for i, v in enumerate(value):
            check(v, item_t, f"{path}[{i}]", errors)
        return
    if origin is dict:
        kt, vt = get_args(tp)
        if not isinstance(value, dict):
            errors.append(f"{path}: expected dict")
            return
        for k, v in value.items():
            check(k, kt, f"{path}<key>", errors)
            check(v, vt, f"{path}[{k!r}]", errors)
        return
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return
    if tp is type(None):
        if value is not None:
            errors.append(f"{path}: expected None")
        return
    if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
        errors.append(f"{path}: expected {tp.__name__}, got {type(value).__name__}")


DOCS = [
    '{"name": "api", "endpoints": [{"host": "a", "port": 80}], "options": {"level": "info"}, "owner": null}',
    '{"name": "db", "endpoints": [{"host": "b", "port": "5432"}], "options": {"retries": 3, "timeout": 2, "level": "verbose"}, "owner": "ops"}',
    '{"name": 5, "endpoints": {}, "options": {"retries": true}, "tags": {"env": 1}}',
    '{"name": "cache", "endpoints": [], "options": {"level": "debug", "timeout": 1.5}, "owner": "me", "tags": {"env": "prod"}, "extra": 1}',
]

print(ServiceConfig.__required_keys__ == frozenset({"name", "endpoints", "options", "owner"}))
print(sorted(ServiceConfig.__optional_keys__))
print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__))
print(Options.__total__, ServiceConfig.__total__)
for k, v in get_type_hints(ServiceConfig).items():
    print(" ", k, "->", v)
for k, v in get_type_hints(ServiceConfig, include_extras=True).items():
    print(" ", k, "=>", v)
print(get_type_hints(Options, include_extras=True))
print(Level, get_args(Level), get_origin(Level))
print(is_typeddict(Options), is_typeddict(dict), is_typeddict(Endpoint))

for i, doc in enumerate(DOCS):
    data = json.loads(doc)
    errs: list[str] = []
    check(data, ServiceConfig, "cfg", errs)
    print(f"doc {i}: {'ok' if not errs else str(len(errs)) + ' errors'}")
    for e in errs:
        print("   ", e)

ep = Endpoint(host="h", port=1)
print(ep, type(ep) is dict, Endpoint.__name__, Endpoint.__module__)
opts: Options = {"level": "warning"}
opts2 = Options(level="error", retries=2)
print(opts, opts2, sorted(Options.__annotations__))

Point3 = TypedDict("Point3", {"x": int, "y": int, "z": NotRequired[int]})
print(Point3.__required_keys__ == {"x", "y"}, Point3.__optional_keys__, Point3(x=1, y=2))

class Sub(Endpoint, total=False):
    path: str
print(sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), get_type_hints(Sub))
try:
    isinstance({}, Endpoint)
except TypeError as e:
    print("TypeError:", e)
