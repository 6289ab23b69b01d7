"""Typed repository layer with Generic, Protocol, TypeVar and NamedTuple."""
from typing import (Generic, TypeVar, Protocol, NamedTuple, Optional, Iterator,
                    Callable, runtime_checkable, get_type_hints, ClassVar, Any)
from abc import abstractmethod
import typing

T = TypeVar("T")
K = TypeVar("K")
N = TypeVar("N", int, float)


@runtime_checkable
class HasId(Protocol):
    id: int


@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Repository(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]):
        self._items: dict = {}
        self._key = key

    def add(self, item: T) -> K:
        k = self._key(item)
        if k in self._items:
            raise KeyError(f"duplicate key {k!r}")
        self._items[k] = item
        return k

    def get(self, k: K) -> Optional[T]:
        return self._items.get(k)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=self._key))

    def __len__(self):
        return len(self._items)

    def where(self, pred: Callable[[T], bool]) -> "list[T]":
        return [x for x in self if pred(x)]


class Book(NamedTuple):
    id: int
    title: str
    year: int
    tags: tuple = ()

    @property
    def decade(self):
        return self.year // 10 * 10

    def __str__(self):
        return f"#{self.id} {self.title} ({self.year})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._data: list = []

    def push(self, x: T) -> None:
        self._data.append(x)

    def pop(self) -> T:
        if not self._data:
            raise IndexError("pop from empty Stack")
        return self._data.pop()

    def __repr__(self):
        return f"Stack({self._data})"


class NumberBox(Generic[N]):
    def __init__(self, *vals: N):
        self.vals = vals

    def total(self) -> N:
        return sum(self.vals)


repo: Repository[int, Book] = Repository(key=lambda b: b.id)
for b in [Book(3, "Dune", 1965, ("scifi",)), Book(1, "Emma", 1815), Book(2, "Neuromancer", 1984, ("scifi", "cyber")),
          Book(5, "Beloved", 1987), Book(4, "Ulysses", 1922, ("modern",))]:
    repo.add(b)
print(len(repo), [str(b) for b in repo])
print(repo.get(2), repo.get(9))
print([b.title for b in repo.where(lambda b: "scifi" in b.tags)])
print({d: [b.title for b in repo if b.decade == d] for d in sorted({b.decade for b in repo})})
try:
    repo.add(Book(3, "Dup", 2000))
except KeyError as e:
    print("KeyError:", e)

b = repo.get(3)
print(b, repr(b), b._asdict(), b._replace(year=2021).year, b[1], b.decade)
print(Book._fields, Book._field_defaults, Book.__annotations__)
print(Book._make([9, "Made", 2000, ()]), Book(*(7, "T", 1999)) < Book(8, "A", 1000))
title, year = b.title, b.year
i, t, y, tags = b
print(i, t, y, tags, len(b), b.count(1965), b.index("Dune"))
try:
    b.year = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Book(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Book._make([1, 2])
except TypeError as e:
    print("TypeError:", e)

s: Stack[str] = Stack()
for w in "abc":
    s.push(w)
print(s, s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)

print(NumberBox(1, 2, 3).total(), NumberBox(0.5, 0.25).total())
print(Stack[int], Repository[str, Book], NumberBox.__parameters__, Repository.__parameters__)
print(typing.get_origin(Stack[int]) is Stack, typing.get_args(Repository[str, Book]))
print(Stack[int]().__class__ is Stack, isinstance(Stack[int](), Stack))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

print(isinstance(b, HasId), isinstance("x", HasId), isinstance(3, Comparable), isinstance(object(), Comparable))


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


def total_area(shapes: "list[Shape]") -> float:
    return sum(sh.area() for sh in shapes)

print(total_area([Sq(1), Sq(2.5)]))
try:
    isinstance(Sq(1), Shape)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

print(T, K, N.__constraints__, T.__name__, repr(TypeVar("B", bound=int)))
print(get_type_hints(Repository.get))
print(get_type_hints(Book))


class Counter(Generic[T]):
    instances: ClassVar[int] = 0

    def __init__(self):
        Counter.instances += 1
        self.counts: dict = {}

    def add(self, item: T) -> "Counter[T]":
        self.counts[item] = self.counts.get(item, 0) + 1
        return self

    def most(self) -> T:
        return max(sorted(self.counts), key=self.counts.get)

c = Counter[str]().add("a").add("b").add("a")
print(c.counts, c.most(), Counter.instances, Counter.__orig_bases__ if hasattr(Counter, "__orig_bases__") else None)


class IntStack(Stack[int]):
    def sum(self):
        return sum(self._data)

ist = IntStack()
ist.push(4)
ist.push(5)
print(ist.sum(), IntStack.__orig_bases__, IntStack.__mro__[1].__name__)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair._fields)
import collections
Old = collections.namedtuple("Old", "a b c", defaults=[0])
print(Old(1, 2), Old._field_defaults, Old(1, 2, 3)._asdict())
try:
    collections.namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(collections.namedtuple("Ren", "a def a", rename=True)._fields)
