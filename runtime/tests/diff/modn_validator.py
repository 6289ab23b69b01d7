"""Validation/coercion layer driven by class __annotations__ (PEP 604 unions etc.)."""
import types
import typing
from typing import (Any, Optional, Union, Literal, get_origin, get_args, get_type_hints,
                    Final, ClassVar, TypeGuard, TypeAlias, cast, Tuple, List, Dict)
from collections.abc import Sequence, Mapping, Callable
from dataclasses import dataclass

JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"
Matrix = list[list[float]]


class CoerceError(Exception):
    pass


def coerce(value: Any, tp: Any, path: str = "$") -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for alt in args:
            if alt is type(None):
                continue
            try:
                return coerce(value, alt, path)
            except CoerceError as e:
                errors.append(str(e))
        raise CoerceError(f"{path}: no variant of {tp} fits ({'; '.join(errors)})")
    if origin is Literal:
        if value in args:
            return value
        raise CoerceError(f"{path}: {value!r} is not one of {list(args)}")
    if origin in (list, Sequence):
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise CoerceError(f"{path}: expected sequence for {tp}")
        return [coerce(v, args[0] if args else Any, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(coerce(v, args[0], f"{path}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise CoerceError(f"{path}: expected {len(args)} items, got {len(value)}")
        return tuple(coerce(v, t, f"{path}[{i}]") for i, (v, t) in enumerate(zip(value, args)))
    if origin in (dict, Mapping):
        kt, vt = args
        return {coerce(k, kt, f"{path}.<key>"): coerce(v, vt, f"{path}.{k}") for k, v in value.items()}
    if origin is set or origin is frozenset:
        return origin(coerce(v, args[0], f"{path}{{}}") for v in value)
    if tp in (int, float):
        if isinstance(value, bool):
            raise CoerceError(f"{path}: bool is not {tp.__name__}")
        try:
            return tp(value)
        except (TypeError, ValueError):
            raise CoerceError(f"{path}: cannot make {tp.__name__} from {value!r}") from None
    if tp is str:
        if not isinstance(value, str):
            raise CoerceError(f"{path}: expected str, got {type(value).__name__}")
        return value
    if tp is bool:
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if isinstance(value, bool):
            return value
        raise CoerceError(f"{path}: expected bool")
    if isinstance(tp, type) and hasattr(tp, "__annotations__"):
        return build(tp, value, path)
    raise CoerceError(f"{path}: unsupported type {tp!r}")


def build(cls: type, data: Mapping[str, Any], path: str = "$") -> Any:
    hints = get_type_hints(cls)
    kwargs = {}
    for name, tp in hints.items():
        if get_origin(tp) is ClassVar:
            continue
        if name in data:
            kwargs[name] = coerce(data[name], tp, f"{path}.{name}")
    return cls(**kwargs)


def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)


@dataclass
class Address:
    street: str
    zip: int | str


@dataclass
class Person:
    name: str
    age: int
    scores: list[float]
    address: Optional[Address] = None
    tags: dict[str, list[int]] | None = None
    role: Literal["user", "admin"] = "user"
    pos: tuple[int, int] = (0, 0)
    history: tuple[str, ...] = ()
    ids: set[int] | frozenset[int] = frozenset()
    kind: ClassVar[str] = "person"


samples = [
    {"name": "ann", "age": "41", "scores": [1, "2.5"], "address": {"street": "Main", "zip": "0123"}},
    {"name": "bob", "age": 7, "scores": [], "tags": {"a": ["1", 2]}, "role": "admin", "pos": ["3", 4], "history": ["x", "y"], "ids": [3, 1, 3]},
    {"name": "cy", "age": True, "scores": [1]},
    {"name": "di", "age": 1, "scores": "abc"},
    {"name": "ed", "age": 1, "scores": [], "role": "root"},
    {"name": "fi", "age": 1, "scores": [], "pos": [1, 2, 3]},
    {"name": "gu", "age": 1, "scores": [], "address": {"street": "S", "zip": 1.5}},
    {"name": "ha", "age": 1, "scores": [], "tags": {"k": "v"}},
]
for s in samples:
    try:
        print(build(Person, s))
    except CoerceError as e:
        print("error:", e)

for name, tp in get_type_hints(Person).items():
    print(f"{name:8} {tp!r:45} origin={get_origin(tp)!r} args={get_args(tp)!r}")

forms = [list[int] | None, Optional[list[int]], Union[int, str, None], int | str, dict[str, list[int]],
         List[int], Dict[str, Tuple[int, ...]], tuple[()], Callable[[int], str], Callable[..., None],
         type[int], Union[int], Optional[Union[int, str]], Literal[1, "a", True, None], Final[int],
         ClassVar[list[str]], Matrix, typing.Type[str], Sequence[int], typing.Iterable[bytes]]
for f in forms:
    print(repr(f), "|", get_origin(f), "|", get_args(f))
print(type(int | str), type(Optional[int]), (int | None) == Optional[int], Union[int, str] == Union[str, int])
print(int | str | int, Union[int, int], (list[int] | None).__args__, isinstance(3, int | str))
print(issubclass(bool, int | None), JSON, Matrix == list[list[float]])
mixed = ["a", "b"]
print(is_str_list(mixed), is_str_list(["a", 1]), cast(list[str], mixed) is mixed, cast("int", 5))
print(get_type_hints(is_str_list))
print(typing.get_origin(TypeGuard[int]), typing.get_args(TypeGuard[int]))
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
print(Union[int, "Address"], Optional["Person"])
