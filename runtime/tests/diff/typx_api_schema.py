"""Typed API envelopes: generic TypedDicts, generic NamedTuples and slotted dataclasses."""
import typing
from dataclasses import dataclass, field, fields
from typing import Generic, NamedTuple, NotRequired, Required, TypedDict, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")
E = TypeVar("E", bound=Exception)


class Envelope(TypedDict, Generic[T]):
    data: T
    status: int
    error: NotRequired[str]


class Paged(Envelope[list[T]], Generic[T]):
    page: int
    next_page: NotRequired[int | None]


class UserRow(TypedDict, total=False):
    id: Required[int]
    name: str
    email: str


class Result(NamedTuple, Generic[T]):
    value: T | None
    ok: bool = True
    message: str = ""

    @classmethod
    def fail(cls, message):
        return cls(None, False, message)

    def unwrap(self):
        if not self.ok:
            raise ValueError(f"unwrap on failed result: {self.message}")
        return self.value


@dataclass(slots=True)
class Cursor:
    position: int = 0
    size: int = 2

    def advance(self):
        self.position += self.size
        return self


@dataclass(slots=True)
class NamedCursor(Cursor):
    label: str = "main"

    def describe(self):
        return f"{self.label}@{self.position}"


ROWS: list[UserRow] = [
    {"id": 1, "name": "ann", "email": "a@x"},
    {"id": 2, "name": "bob"},
    {"id": 3},
    {"id": 4, "name": "dee", "email": "d@x"},
    {"id": 5, "email": "e@x"},
]


def fetch_page(cursor: Cursor) -> Paged[UserRow]:
    chunk = ROWS[cursor.position:cursor.position + cursor.size]
    env = Paged(data=chunk, status=200, page=cursor.position // cursor.size)
    if cursor.position + cursor.size < len(ROWS):
        env["next_page"] = env["page"] + 1
    return env


def find(name: str) -> Result[UserRow]:
    for row in ROWS:
        if row.get("name") == name:
            return Result(row)
    return Result.fail(f"no user named {name!r}")


cur = NamedCursor(label="users")
while True:
    page = fetch_page(cur)
    print(cur.describe(), page)
    if "next_page" not in page:
        break
    cur.advance()

for who in ["bob", "zed"]:
    res = find(who)
    print(res, res.ok)
    try:
        print("unwrap:", res.unwrap())
    except ValueError as e:
        print("ValueError:", e)

print(Envelope.__parameters__, Paged.__parameters__, Result.__parameters__)
print(Envelope[int], Paged[str], Result[UserRow], get_args(Paged[int]), get_origin(Result[int]) is Result)
print(sorted(Envelope.__required_keys__), sorted(Envelope.__optional_keys__))
print(sorted(Paged.__required_keys__), sorted(Paged.__optional_keys__))
print(sorted(UserRow.__required_keys__), sorted(UserRow.__optional_keys__), UserRow.__total__)
print(Paged.__annotations__)
print(get_type_hints(Paged))
print(get_type_hints(Paged, include_extras=True)["next_page"])
print(Paged.__mro__, Result.__mro__, Result.__bases__)
print(Result._fields, Result._field_defaults, Result.__orig_bases__[1:])
print(get_type_hints(fetch_page), get_type_hints(find))
print(typing.is_typeddict(Paged), typing.is_typeddict(Paged[int]), typing.is_typeddict(Result))
print(Cursor.__slots__, NamedCursor.__slots__, [f.name for f in fields(NamedCursor)])
try:
    cur.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    @dataclass(slots=True)
    class Preset:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(weakref_slot=True)
    class Weak:
        a: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(TypedDict, list):
        pass
except TypeError as e:
    print("TypeError:", e)
