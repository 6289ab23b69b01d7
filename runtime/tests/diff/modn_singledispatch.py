"""Serializer with singledispatch registered through annotations."""
from __future__ import annotations

import functools
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import singledispatch, singledispatchmethod
from typing import Any
from collections.abc import Mapping, Sequence


class Unit(Enum):
    KG = "kg"
    LB = "lb"


@dataclass
class Weight:
    value: Decimal
    unit: Unit


@dataclass
class Parcel:
    id: int
    weight: Weight
    shipped: date | None
    labels: list[str]


@singledispatch
def to_json(obj: Any) -> str:
    if is_dataclass(obj):
        inner = ", ".join(f'"{f.name}": {to_json(getattr(obj, f.name))}' for f in fields(obj))
        return "{" + inner + "}"
    raise TypeError(f"cannot serialise {type(obj).__name__}")


@to_json.register
def _(obj: str) -> str:
    return '"' + obj.replace('"', '\\"') + '"'


@to_json.register
def _(obj: bool) -> str:
    return "true" if obj else "false"


@to_json.register
def _(obj: int | float) -> str:
    return repr(obj)


@to_json.register
def _(obj: None) -> str:
    return "null"


@to_json.register(type(None))
def _none(obj: None) -> str:
    return "null"


@to_json.register
def _(obj: Decimal) -> str:
    return str(obj)


@to_json.register
def _(obj: date) -> str:
    return '"' + obj.isoformat() + '"'


@to_json.register
def _(obj: Enum) -> str:
    return to_json(obj.value)


@to_json.register
def _(obj: Mapping) -> str:
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"


@to_json.register(list)
@to_json.register(tuple)
def _(obj: Sequence) -> str:
    return "[" + ", ".join(to_json(x) for x in obj) + "]"


class Formatter:
    def __init__(self, width: int) -> None:
        self.width = width

    @singledispatchmethod
    def fmt(self, obj: object) -> str:
        return f"<{type(obj).__name__}>".rjust(self.width)

    @fmt.register
    def _(self, obj: int) -> str:
        return f"{obj:>{self.width},}"

    @fmt.register
    def _(self, obj: float) -> str:
        return f"{obj:>{self.width}.2f}"

    @fmt.register
    def _(self, obj: str) -> str:
        return obj[: self.width].ljust(self.width, ".")

    @fmt.register(list)
    def _(self, obj: list) -> str:
        return "|".join(self.fmt(x) for x in obj)

    @singledispatchmethod
    @classmethod
    def kind(cls, obj: object) -> str:
        return "object"

    @kind.register
    @classmethod
    def _(cls, obj: bytes) -> str:
        return f"{cls.__name__}:bytes"


p = Parcel(7, Weight(Decimal("2.50"), Unit.KG), date(2024, 3, 1), ["fragile", 'say "hi"'])
print(to_json(p))
print(to_json({"a": [1, 2.5, True, None], "b": (Unit.LB, date(2020, 1, 2))}))
print(to_json(Parcel(8, Weight(Decimal(1), Unit.LB), None, [])))
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError:", e)

reg = to_json.registry
print(sorted(k.__name__ for k in reg))
print(to_json.dispatch(bool).__name__, to_json.dispatch(float).__name__, to_json.dispatch(set).__name__)
print(to_json.dispatch(dict) is to_json.dispatch(Mapping), to_json.dispatch(type(None)).__name__)
print(to_json.dispatch(tuple) is reg[list])

f = Formatter(8)
for v in [1234567, 3.14159, "abc", "a very long string", [1, 2.5, "x"], b"raw", None]:
    print(repr(f.fmt(v)))
print(Formatter.kind(b""), Formatter.kind(1), f.kind(b"x"))

class Sub(Formatter):
    pass
print(repr(Sub(4).fmt(12)), Sub.kind(b"q"))

try:
    @to_json.register
    def _bad(obj) -> str:
        return ""
except TypeError as e:
    print("TypeError:", str(e).split(".")[0])

try:
    @to_json.register
    def _bad2(obj: list[int]) -> str:
        return ""
except TypeError as e:
    print("TypeError:", e)
