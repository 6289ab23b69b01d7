from __future__ import annotations

import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, List,
                    Literal, Optional, Tuple, Union, get_args, get_origin,
                    get_type_hints)


UNIT_KG = "kg"


class Node:
    value: int
    children: list[Node]
    parent: Optional[Node] = None
    tags: dict[str, list[int]]
    weight: Annotated[float, UNIT_KG, 3]
    registry: ClassVar[dict[str, Node]] = {}
    MAX: Final[int] = 10


class Leaf(Node):
    label: str | None
    mode: Literal["a", "b"] = "a"


def connect(a: Node, b: "Leaf", *, weight: float = 1.0) -> Tuple[Node, Leaf]:
    return (a, b)


def handler(cb: Callable[[int, str], bool], extra: Union[int, str, None] = None) -> None:
    pass


print("raw annotations")
for k, v in Node.__annotations__.items():
    print(" ", k, repr(v))

print("hints for Node")
hints = get_type_hints(Node)
for k in sorted(hints):
    print(" ", k, hints[k])

print("hints for Leaf")
lh = get_type_hints(Leaf)
for k in sorted(lh):
    print(" ", k, lh[k])

print("with extras")
eh = get_type_hints(Node, include_extras=True)
print(" ", eh["weight"])
print(" ", get_origin(eh["weight"]), get_args(eh["weight"]))
print(" ", eh["weight"].__metadata__)
print(" ", eh["registry"], get_origin(eh["registry"]))
print(" ", eh["MAX"])

print("function hints")
fh = get_type_hints(connect)
for k, v in fh.items():
    print(" ", k, v)
hh = get_type_hints(handler)
for k, v in hh.items():
    print(" ", k, v, get_origin(v), get_args(v))

print("origins/args")
samples = [
    List[int], list[int], Dict[str, int], dict[str, list[int]],
    Optional[int], Union[int, str], int | str, int | None,
    Tuple[int, ...], tuple[()], Callable[..., int], Callable[[int], str],
    Literal[1, 2, "x"], Annotated[int, "meta"], ClassVar[int], Final[str],
    typing.Type[int], type[str], Any, int,
]
for s in samples:
    print(" ", repr(s), "|", get_origin(s), "|", get_args(s))

print("union behaviour")
print(Union[int, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], (int | str) == (str | int))
print(Optional[int] == Union[int, None] == (int | None))
print(Union[int] is int, typing.Union[int, str].__args__)
print(isinstance(3, int | str), isinstance(2.0, int | str), issubclass(bool, int | None))
u = int | list[int]
print(type(int | str).__name__, u)
try:
    isinstance([], u)
except TypeError as e:
    print("TypeError:", e)

print("Literal")
print(Literal[1, 1, 2], Literal[True] == Literal[1], Literal["a", Literal["b", "c"]])
print(get_args(Literal["a", Literal["b", "c"]]))

print("Annotated flattening")
A = Annotated[Annotated[int, "x"], "y"]
print(A, A.__metadata__, A.__origin__)
print(get_type_hints(Node)["weight"] is float)


class Broken:
    x: "Undefined"

try:
    get_type_hints(Broken)
except NameError as e:
    print("NameError:", e)


def local_scope():
    class Inner:
        peer: Inner
        n: int
    return get_type_hints(Inner, localns={"Inner": Inner})

print(local_scope())
