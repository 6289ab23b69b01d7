"""Pretty-printer dispatching on abstract collection types and plugin ABCs."""
from __future__ import annotations

import abc
from collections import OrderedDict, deque, Counter, UserList, ChainMap
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             Sized, Iterable, Collection, Container, Iterator)
from functools import singledispatch
from typing import Any


@singledispatch
def describe(obj: Any) -> str:
    return f"object<{type(obj).__name__}>"


@describe.register
def _(obj: Iterable) -> str:
    return f"iterable<{type(obj).__name__}>"


@describe.register
def _(obj: Sequence) -> str:
    return f"sequence[{len(obj)}]"


@describe.register
def _(obj: MutableSequence) -> str:
    return f"mutable-sequence[{len(obj)}]"


@describe.register
def _(obj: Mapping) -> str:
    return f"mapping{{{', '.join(map(str, sorted(obj)))}}}"


@describe.register
def _(obj: MutableMapping) -> str:
    return f"mutable-mapping({len(obj)} keys)"


@describe.register
def _(obj: Set) -> str:
    return f"set-like({len(obj)})"


@describe.register
def _(obj: str) -> str:
    return f"text({obj!r})"


class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self) -> str: ...


@describe.register
def _(obj: Exporter) -> str:
    return f"exporter -> {obj.export()}"


class Report:
    def __init__(self, title: str) -> None:
        self.title = title

    def export(self) -> str:
        return self.title.upper()


class Ring(Sequence):
    def __init__(self, *items: int) -> None:
        self._items = list(items)

    def __getitem__(self, i):  # type: ignore[override]
        return self._items[i % len(self._items)]

    def __len__(self) -> int:
        return len(self._items)


class Bag:
    """Only has __len__, __iter__ and __contains__: a structural Collection."""

    def __init__(self, *xs: Any) -> None:
        self.xs = xs

    def __len__(self) -> int:
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, x: object) -> bool:
        return x in self.xs


samples: list[Any] = [
    [1, 2], (1,), "hi", b"raw", range(4), deque([1, 2, 3]), UserList([9]),
    {"b": 1, "a": 2}, OrderedDict(z=1), Counter("aab"), ChainMap({"k": 1}),
    {1, 2}, frozenset(), {}.keys(), {"x": 1}.items(), {"x": 1}.values(),
    iter([1]), (i for i in ()), Ring(1, 2, 3), Bag(1, 2), 42, None, Report("q1"),
]
for s in samples:
    print(f"{type(s).__name__:14} {describe(s)}")

print("-- registering Report as an Exporter after first use")
Exporter.register(Report)
print(describe(Report("q2")))

print("-- adding Collection and Sized handlers")
describe.register(Collection, lambda obj: f"collection({len(obj)})")
describe.register(Container, lambda obj: "container")
for s in (Bag(1), {}.values(), frozenset({3}), deque()):
    print(f"{type(s).__name__:14} {describe(s)}")

print("-- dispatch table")
for cls in (list, tuple, str, dict, Counter, set, deque, Ring, Bag, Report, int, type(iter([]))):
    impl = describe.dispatch(cls)
    print(f"{cls.__name__:14} -> {impl(cls.__new__(cls)) if cls in (list, dict, set, tuple) else impl.__name__}")


class Sink(abc.ABC):
    pass


class Source(abc.ABC):
    pass


class Pipe:
    pass


Sink.register(Pipe)
Source.register(Pipe)


@singledispatch
def connect(x: object) -> str:
    return "nothing"


connect.register(Sink, lambda x: "sink")
connect.register(Source, lambda x: "source")
try:
    connect(Pipe())
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("__main__.", ""))
connect.register(Pipe, lambda x: "pipe itself")
print(connect(Pipe()))
print(sorted(k.__name__ for k in describe.registry))
