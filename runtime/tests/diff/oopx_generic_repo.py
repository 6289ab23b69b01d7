"""Generic repository pattern with typing.Generic, Protocol, dataclasses and functools helpers."""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Generic, TypeVar, Protocol, runtime_checkable, Optional, ClassVar, Iterator

T = TypeVar("T")
K = TypeVar("K", int, str)


@runtime_checkable
class Identified(Protocol):
    id: int

    def key(self) -> int: ...


class Closeable(Protocol):
    def close(self) -> None: ...


@dataclass(order=True)
class Customer:
    id: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)
    registry: ClassVar[int] = 0

    def key(self) -> int:
        return self.id

    def __post_init__(self):
        type(self).registry += 1
        if self.id < 0:
            raise ValueError(f"negative id {self.id}")


@dataclass(frozen=True, slots=True)
class Sku:
    code: str
    variant: int = 0

    def __str__(self):
        return f"{self.code}/{self.variant}"


@dataclass
class Invoice:
    id: int
    customer: Customer
    _: KW_ONLY
    lines: list[tuple[Sku, int]] = field(default_factory=list)
    discount_pct: InitVar[int] = 0
    total_cents: int = field(init=False, default=0)

    def __post_init__(self, discount_pct):
        self.total_cents = sum(q * 100 for _, q in self.lines) * (100 - discount_pct) // 100

    def key(self) -> int:
        return self.id


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, item: T) -> T:
        if not isinstance(item, Identified):
            raise TypeError(f"{type(item).__name__} does not satisfy Identified")
        if item.key() in self._items:
            raise KeyError(f"duplicate key {item.key()}")
        self._items[item.key()] = item
        return item

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda i: i.key()))

    def __len__(self) -> int:
        return len(self._items)

    @functools.cached_property
    def summary(self) -> str:
        print("  (computing summary)")
        return f"{type(self).__name__} with {len(self)} items"


class CustomerRepo(Repository[Customer]):
    @functools.singledispatchmethod
    def find(self, arg):
        raise TypeError(f"cannot search by {type(arg).__name__}")

    @find.register
    def _(self, arg: int):
        return self.get(arg)

    @find.register
    def _(self, arg: str):
        return [c for c in self if arg.lower() in c.name.lower()]

    @find.register(list)
    def _(self, arg):
        return [self.get(i) for i in arg]


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v

    def __repr__(self):
        return f"Pair({self.k!r}, {self.v!r})"


def main():
    repo = CustomerRepo()
    for cid, name in [(3, "Carol"), (1, "alice"), (2, "Bob"), (4, "Alicia")]:
        repo.add(Customer(cid, name, tags=[name[0]]))
    print(list(repo))
    print(repo.find(2), repo.find("ali"), repo.find([1, 4, 9]))
    try:
        repo.find(2.5)
    except TypeError as e:
        print("TypeError:", e)
    print(repo.summary)
    print(repo.summary, "summary" in vars(repo))
    del repo.summary
    repo.add(Customer(5, "Eve"))
    print(repo.summary)
    try:
        repo.add(Customer(5, "Dup"))
    except KeyError as e:
        print("KeyError:", e)
    try:
        repo.add("not a customer")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Customer(-1, "neg")
    except ValueError as e:
        print("ValueError:", e)
    print(Customer.registry, Customer(1, "x") == Customer(1, "y"), Customer(1, "a") < Customer(2, "a"))
    print(sorted([Customer(9, "z"), Customer(7, "y")]))
    print(isinstance(Customer(8, "q"), Identified), isinstance(3, Identified))
    try:
        isinstance(repo, Closeable)
    except TypeError as e:
        print("TypeError:", e)

    s = Sku("AB", 2)
    print(s, repr(s), hash(s) == hash(Sku("AB", 2)), Sku.__slots__, hasattr(s, "__dict__"))
    try:
        s.code = "ZZ"
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(dataclasses.replace(s, variant=5), dataclasses.astuple(s))

    inv = Invoice(10, Customer(6, "Frank"), lines=[(s, 3), (Sku("CD"), 1)], discount_pct=25)
    print(inv)
    print(inv.total_cents, [f.name for f in dataclasses.fields(inv)])
    d = dataclasses.asdict(inv)
    print(sorted(d), d["customer"], d["lines"][0])
    try:
        Invoice(11, Customer(7, "G"), [])
    except TypeError as e:
        print("TypeError:", e)
    try:
        dataclasses.replace(inv, total_cents=1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    print(dataclasses.is_dataclass(inv), dataclasses.is_dataclass(Invoice), dataclasses.is_dataclass(repo))

    print(Repository[int], CustomerRepo.__orig_bases__, CustomerRepo.__mro__[1:3])
    print(Pair[int, str], Pair.__parameters__, Pair(1, "a"), Pair[str, int]("k", 2))
    try:
        Pair[int]
    except TypeError as e:
        print("TypeError:", e)
    try:
        Repository[int][str]
    except TypeError as e:
        print("TypeError:", e)
    print(Customer.__annotations__)
    print(Invoice.__init__.__annotations__ if False else "skip", Invoice.__match_args__)
    match Customer(2, "Bob"):
        case Customer(2, name):
            print("matched", name)


main()
