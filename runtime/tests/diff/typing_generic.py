# typing: TypeVar, ParamSpec, Generic, Protocol, runtime_checkable
from typing import (TypeVar, Generic, Protocol, runtime_checkable, List, Dict, Callable, Union,
                    ParamSpec, Concatenate, Optional, Iterable, SupportsInt, SupportsFloat,
                    SupportsIndex, SupportsAbs, get_args, get_origin, IO, TextIO, BinaryIO)
import typing


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Base')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__)
print(Contra.__contravariant__, T.__bound__, T.__constraints__, T.__module__, T == T, T == TypeVar('T'))
print(T | int, int | T, Union[T, None], List[T], Dict[K, V], Dict[K, V][str, int])
print(List[T].__parameters__, Dict[K, V].__parameters__, Dict[str, V].__parameters__)
print(Dict[K, List[V]][int, str], Callable[[T], K][int, str], Optional[T][int])
show('single-constraint', lambda: TypeVar('X', int))
show('bound-and-constraints', lambda: TypeVar('X', int, str, bound=int))
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('too-many-subst', lambda: List[T][int, str])
show('not-generic', lambda: List[int][int])
show('typevar-sub', lambda: type('X', (TypeVar,), {}))


class Base:
    pass


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class MyMap(Dict[K, V]):
    pass


class Sub(Box[T], Generic[T]):
    pass


print(Box, Box[int], Box[str].__args__, Box[int].__origin__, Box.__parameters__, Box.__orig_bases__)
print(Pair[int, str], Pair.__parameters__, Pair[int, List[T]], Pair[int, List[T]].__parameters__)
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
print(MyMap.__parameters__, MyMap.__orig_bases__, MyMap[str, int], MyMap.__mro__)
print(Sub.__parameters__, Sub[int], Sub.__mro__)
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b), Box(3).get(), isinstance(b, Box), Box[int] == Box[int])
print(get_origin(Box[int]), get_args(Pair[int, str]), typing.Generic, typing.Generic[T])
show('generic-int', lambda: Generic[int])
show('generic-dup', lambda: Generic[T, T])
show('box-two', lambda: Box[int, str])
show('pair-one', lambda: Pair[int])
show('intbox-sub', lambda: IntBox[int])
show('isinstance-sub', lambda: isinstance(b, Box[int]))
show('generic-empty', lambda: Generic[()])
for src in ['class X(Generic): pass', 'class X(Generic[T], Generic[K]): pass',
            'class X(List[K], Generic[T]): pass', 'class X(Box[T], Generic[K]): pass']:
    try:
        exec(src, globals())
        print('ok', src)
    except TypeError as e:
        print('TypeError', e)

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.args.__origin__ is P, Callable[P, int], Callable[Concatenate[int, P], int])
print(Concatenate[int, P], get_args(Callable[P, int]), P.__name__, type(P.args).__name__)
show('concat-bad', lambda: Concatenate[int, str])


class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class HasName(Protocol):
    name: str

    def greet(self) -> str: ...


@runtime_checkable
class GenProto(Protocol[T]):
    def get(self) -> T: ...


class Named:
    name = 'n'

    def greet(self):
        return 'hi'


class Resource:
    def close(self):
        pass


print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
print(isinstance(Named(), HasName), isinstance(Resource(), HasName), isinstance(Box(1), GenProto))
print(GenProto.__parameters__, GenProto[int], Closable._is_protocol, Sized2._is_runtime_protocol)
show('not-runtime', lambda: isinstance(Resource(), Closable))
show('data-sub', lambda: issubclass(Named, HasName))
show('proto-init', lambda: Closable())
show('rc-nonproto', lambda: runtime_checkable(Base))


class Impl(Closable):
    def __init__(self, x):
        self.x = x


print(Impl(3).x, Impl._is_protocol)
try:
    class BadProto(Protocol, Base):
        pass
except TypeError as e:
    print('TypeError', e)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-3, SupportsAbs))
print(SupportsAbs[int], IO, IO[str], TextIO, BinaryIO, TextIO.__mro__)
print(IO.__parameters__, TextIO.__orig_bases__, typing.IO.__module__)
