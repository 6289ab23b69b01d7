"""Plugin registry using runtime_checkable protocols and generics."""
from __future__ import annotations

from typing import (Protocol, runtime_checkable, TypeVar, Generic, Iterator,
                    ClassVar, Final, Any, get_type_hints, Sized, Iterable)
from dataclasses import dataclass, field


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


@runtime_checkable
class Renderer(Protocol):
    def render(self, data: dict[str, Any]) -> str: ...
    def mime(self) -> str: ...


class JsonRenderer:
    def render(self, data: dict[str, Any]) -> str:
        parts = [f'"{k}": {v!r}' for k, v in sorted(data.items())]
        return "{" + ", ".join(parts) + "}"

    def mime(self) -> str:
        return "application/json"


class CsvRenderer:
    name = "csv"

    def render(self, data: dict[str, Any]) -> str:
        keys = sorted(data)
        return ",".join(keys) + "\n" + ",".join(str(data[k]) for k in keys)

    def mime(self) -> str:
        return "text/csv"

    def close(self) -> None:
        print("  csv closed")


class HalfRenderer:
    def render(self, data: dict[str, Any]) -> str:
        return "half"


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print(f"  closing {self.name}")


T = TypeVar("T", bound=Renderer)
K = TypeVar("K", str, bytes)


class Registry(Generic[T]):
    MAX: ClassVar[int] = 4
    kind: Final = "registry"

    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        if not isinstance(item, Renderer):
            raise TypeError(f"{type(item).__name__} is not a Renderer")
        if len(self._items) >= self.MAX:
            raise OverflowError("registry full")
        self._items[key] = item

    def __iter__(self) -> Iterator[tuple[str, T]]:
        return iter(sorted(self._items.items()))

    def __len__(self) -> int:
        return len(self._items)


class Joiner(Generic[K]):
    def __init__(self, sep: K) -> None:
        self.sep = sep

    def join(self, items: Iterable[K]) -> K:
        return self.sep.join(items)


def main() -> None:
    objs = [JsonRenderer(), CsvRenderer(), HalfRenderer(), Resource("db"), "text", 42]
    for o in objs:
        print(type(o).__name__,
              "Renderer" if isinstance(o, Renderer) else "-",
              "Closeable" if isinstance(o, Closeable) else "-",
              "Named" if isinstance(o, Named) else "-",
              "Sized" if isinstance(o, Sized) else "-")

    reg: Registry[Renderer] = Registry()
    data = {"b": 2, "a": "x", "c": [1, 2]}
    for key, o in (("json", objs[0]), ("csv", objs[1]), ("half", objs[2])):
        try:
            reg.add(key, o)
            print("added", key)
        except TypeError as e:
            print("rejected:", e)
    for key, r in reg:
        print(key, r.mime(), "|", r.render(data).replace("\n", " / "))
    print("len", len(reg), "MAX", Registry.MAX, "kind", reg.kind)

    print(Registry[JsonRenderer])
    print(Registry.__parameters__, T.__bound__, K.__constraints__)
    print(Registry[JsonRenderer].__origin__ is Registry, Registry[JsonRenderer].__args__)
    print(Joiner(", ").join(["a", "b"]), Joiner(b"-").join([b"x", b"y"]))
    print(get_type_hints(Registry))
    print(get_type_hints(Registry.add))
    print(get_type_hints(Renderer.render))
    print(issubclass(CsvRenderer, Closeable), issubclass(JsonRenderer, Closeable))
    try:
        issubclass(CsvRenderer, Named)
    except TypeError as e:
        print("TypeError:", e)

    for o in objs:
        if isinstance(o, Closeable):
            o.close()

    class NotProto(Protocol):
        def go(self) -> int: ...
    try:
        isinstance(1, NotProto)
    except TypeError as e:
        print("TypeError:", e)
    try:
        NotProto()
    except TypeError as e:
        print("TypeError:", e)
    print(Renderer.__name__, Renderer._is_protocol, getattr(Renderer, "_is_runtime_protocol", None))


main()
