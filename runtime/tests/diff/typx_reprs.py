import collections.abc
import typing
from typing import (Any, AnyStr, Callable, ClassVar, Concatenate, Final, Generic, Literal,
                    LiteralString, Never, NoReturn, Optional, ParamSpec, Self, TypeVar,
                    TypeVarTuple, Unpack, Union, Annotated, TypeAlias, TypeGuard, get_args,
                    get_origin, get_type_hints)

T = TypeVar("T")
S = TypeVar("S", bound="Sequence")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")


class Sequence:
    pass


class Array(Generic[*Ts]):
    pass


class Wrapped(Generic[P, T]):
    pass


class Chain:
    def add(self, other: Self) -> Self:
        return self


forms = {
    "Any": Any, "AnyStr": AnyStr, "NoReturn": NoReturn, "Never": Never, "Self": Self,
    "LiteralString": LiteralString, "TypeAlias": TypeAlias,
    "Optional[int]": Optional[int], "Optional[Union[int,str]]": Optional[Union[int, str]],
    "Union[int,str,None]": Union[int, str, None], "Union[None,int]": Union[None, int],
    "int|None": int | None, "None|int": None | int, "list[int]|None": list[int] | None,
    "Union[list[int],dict]": Union[list[int], dict],
    "Callable[[],None]": Callable[[], None], "Callable[...,T]": Callable[..., T],
    "abc.Callable[[int],str]": collections.abc.Callable[[int], str],
    "abc.Callable[P,int]": collections.abc.Callable[P, int],
    "Callable[Concatenate[str,P],T]": Callable[Concatenate[str, P], T],
    "Wrapped[[int,str],bool]": Wrapped[[int, str], bool],
    "Wrapped[...,bool]": Wrapped[..., bool],
    "Wrapped[P,T][[int],str]": Wrapped[P, T][[int], str],
    "Array[int,str]": Array[int, str], "Array[()]": Array[()],
    "tuple[int,*Ts]": tuple[int, *Ts], "Tuple[Unpack[Ts]]": typing.Tuple[Unpack[Ts]],
    "Unpack[Ts]": Unpack[Ts], "*Ts": next(iter(Ts)),
    "TypeGuard[int]": TypeGuard[int], "ClassVar[list[int]]": ClassVar[list[int]],
    "Final[ClassVar]": Final[int], "Literal['a',1,None,True]": Literal["a", 1, None, True],
    "Annotated[list[int],'x',{}]": Annotated[list[int], "x", {}],
    "type[T]": type[T], "Type[Sequence]": typing.Type[Sequence],
    "S": S, "dict[str,T][int]": dict[str, T][int],
    "abc.Mapping[str,list[T]][int]": collections.abc.Mapping[str, list[T]][int],
    "typing.Iterable": typing.Iterable, "typing.List": typing.List, "typing.Dict[str,Any]": typing.Dict[str, Any],
    "typing.Counter[str]": typing.Counter[str], "typing.DefaultDict": typing.DefaultDict[str, int],
    "typing.Pattern": typing.Pattern, "typing.Match[str]": typing.Match[str],
    "typing.Awaitable[int]": typing.Awaitable[int], "typing.Coroutine[Any,Any,int]": typing.Coroutine[Any, Any, int],
    "typing.Generator[int,None,None]": typing.Generator[int, None, None],
    "typing.ContextManager[int]": typing.ContextManager[int],
    "typing.Hashable": typing.Hashable, "typing.Sized": typing.Sized,
    "typing.Text": typing.Text, "typing.ByteString": typing.ByteString,
}
for label, obj in forms.items():
    print(f"{label:34} {obj!r:60} {get_origin(obj)!r}")

print(get_args(Callable[Concatenate[str, P], T]), get_args(Wrapped[[int, str], bool]))
print(Wrapped.__parameters__, Array.__parameters__, Wrapped[P, T][[int], str].__args__)
print(get_type_hints(Chain.add))
print(T.__name__, S.__bound__, Ts, repr(Ts), Ts.__name__, repr(P), P.__args__ if hasattr(P, "__args__") else "-")
print(typing.Optional.__name__ if hasattr(typing.Optional, "__name__") else repr(typing.Optional), repr(typing.Union))
print(str(int | str), repr(int | None), (int | str).__args__, type(int | str))
print(int | str | int, (int | str) | (float | None), Union[int | str, float])
print(Optional[T][int], Union[T, str][bytes], list[T] | None, (list[T] | None).__parameters__)

try:
    Union[int, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    Literal[[1]]
    print("literal list ok")
except TypeError as e:
    print("TypeError:", e)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    ClassVar[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Final[int][str]
except TypeError as e:
    print("TypeError:", e)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(Any):
        pass
    print("subclass Any ok", X.__mro__)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)


class Shape(Generic[T, *Ts]):
    pass


class OldStyle(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Shape.__parameters__, OldStyle.__parameters__)
for make in [lambda: Array[int], lambda: Shape[int], lambda: Shape[int, str, float],
             lambda: Shape[()], lambda: OldStyle[int, bytes], lambda: Shape[int, *Ts],
             lambda: Shape[int, *Ts][str, bytes], lambda: Generic[*Ts, *Ts], lambda: Generic[Ts]]:
    try:
        r = make()
        print(r, get_args(r), r.__parameters__)
    except TypeError as e:
        print("TypeError:", e)


class Fixed(Array[int, str]):
    pass


class Partial(Shape[int, *Ts]):
    pass


print(Fixed.__orig_bases__, Fixed.__parameters__, Partial.__parameters__, Partial[str, str])
