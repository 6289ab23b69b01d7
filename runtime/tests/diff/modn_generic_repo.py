"""Generic repository layer: TypeVarTuple, Self, generic dataclasses, orig_class."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import (Generic, TypeVar, TypeVarTuple, Unpack, Self, LiteralString, Never,
                    Iterator, Protocol, get_type_hints, get_origin, get_args, Any, Callable,
                    dataclass_transform, NoReturn, Sequence)
import typing

K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", int, float)
Ts = TypeVarTuple("Ts")


class Identified(Protocol[T_co]):
    @property
    def id(self) -> T_co: ...


@dataclass
class Entity(Generic[K]):
    id: K
    version: int = 1

    def bump(self) -> Self:
        self.version += 1
        return self


@dataclass
class User(Entity[int]):
    name: str = ""


@dataclass
class Doc(Entity[str]):
    body: str = ""


class Repo(Generic[K, V]):
    def __init__(self) -> None:
        self.rows: dict[K, V] = {}

    def put(self, key: K, value: V) -> Self:
        self.rows[key] = value
        return self

    def get(self, key: K, default: V | None = None) -> V | None:
        return self.rows.get(key, default)

    def __iter__(self) -> Iterator[tuple[K, V]]:
        yield from sorted(self.rows.items())

    @classmethod
    def of(cls, pairs: Sequence[tuple[K, V]]) -> Self:
        r = cls()
        for k, v in pairs:
            r.put(k, v)
        return r


class UserRepo(Repo[int, User]):
    def names(self) -> list[str]:
        return [u.name for _, u in self]


class Record(Generic[Unpack[Ts]]):
    def __init__(self, *values: Unpack[Ts]) -> None:
        self.values = values

    def __repr__(self) -> str:
        return f"Record{self.values}"


def total(xs: Sequence[N]) -> N:
    acc = xs[0]
    for x in xs[1:]:
        acc = acc + x
    return acc


def run_sql(q: LiteralString) -> str:
    return q.upper()


def fail(msg: str) -> Never:
    raise RuntimeError(msg)


@dataclass_transform(kw_only_default=True)
def model(cls: type) -> type:
    return dataclass(kw_only=True)(cls)


@model
class Settings:
    debug: bool = False
    level: int = 0


users = UserRepo.of([(2, User(2, name="bo")), (1, User(1, name="al"))])
print(type(users).__name__, users.names(), users.get(1), users.get(9))
print(users.put(3, User(3, name="cy")).names())
u = users.get(1)
assert u is not None
print(u.bump().bump(), Doc("d1", body="hi").bump())
r = Repo[str, int]()
print(r.__orig_class__, type(r), r.put("a", 1).put("b", 2).rows)
print(UserRepo.__orig_bases__, User.__orig_bases__, Repo.__parameters__, UserRepo.__parameters__)
print(Entity[int], Entity[K], Entity[list[V]].__parameters__, Repo[int, V][str])
print(Repo[K, V].__parameters__, Repo[int, list[K]].__parameters__)
try:
    Repo[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Entity[int][str]
except TypeError as e:
    print("TypeError:", e)
print(T_co, T_contra, N, K, T_co.__covariant__, T_contra.__contravariant__, N.__constraints__)
print(Ts, Unpack[Ts], tuple[Unpack[Ts]], Record[int, str], Record[()], Record[Unpack[tuple[int, ...]]])
print(Record.__parameters__, Record[int, str].__args__)
print(Record(1, "a", 2.5), Ts.__name__)
print(total([1, 2, 3]), total([0.5, 0.25]), run_sql("select 1"))
try:
    fail("boom")
except RuntimeError as e:
    print("RuntimeError:", e)
print(Settings(debug=True), get_type_hints(Settings))
try:
    Settings(True)
except TypeError as e:
    print("TypeError:", e)
print(get_type_hints(Repo.put), get_type_hints(Repo.get), get_type_hints(fail))
print(get_type_hints(Entity), get_type_hints(User))
print(get_type_hints(Record.__init__))
print(get_type_hints(Identified.id.fget))
print(isinstance(Identified, type), Identified[int], Identified.__parameters__)
print(typing.Self, typing.LiteralString, typing.Never, typing.NoReturn, typing.Any)
print(repr(Generic), Generic[K], Protocol[T_co]) if False else print(repr(typing.Generic))
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[K, K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(Generic[K], Entity[V]):
        pass
except TypeError as e:
    print("TypeError:", e)
