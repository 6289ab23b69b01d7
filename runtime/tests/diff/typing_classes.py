# typing: NamedTuple, TypedDict, NewType, overload, final, get_type_hints, helpers
import typing
from typing import (NamedTuple, TypedDict, NewType, overload, final, cast, no_type_check,
                    get_type_hints, List, Optional, Dict, Annotated, ClassVar, Required,
                    NotRequired, Union, Any, assert_never, assert_type, get_overloads,
                    is_typeddict, TypeVar, Generic)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1))
print(p._asdict(), Point._make([1, 2, 'q']), isinstance(p, tuple), Point.__mro__, p == (3, -4, 'p'))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields, Emp.__module__)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'x'), Kw.__annotations__)
show('nt-missing', lambda: Point())
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(NamedTuple):
        a: int
        def _replace(self): pass
except AttributeError as e:
    print('AttributeError', e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


class Full(Movie, Partial):
    extra: NotRequired[str]
    must: Required[int]


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, Partial.__total__)
print(sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__))
print(sorted(Full.__required_keys__), sorted(Full.__optional_keys__), list(Full.__annotations__))
Alt = TypedDict('Alt', {'a': int, 'b': str}, total=False)
print(Alt(a=1), Alt.__annotations__, Alt.__total__, sorted(Alt.__optional_keys__), Alt.__module__)
show('td-isinstance', lambda: isinstance(m, Movie))
print(is_typeddict(Movie), is_typeddict(dict), Movie.__name__)

UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError', e)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f('a'), len(get_overloads(f)))


@overload
def g(x: int) -> int: ...


show('call-overload', lambda: g(1))


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__, cast(int, 'x'), cast('List[int]', 3), assert_type(3, int))
show('assert-never', lambda: assert_never(5))


@no_type_check
def untyped(a: 'nonsense here') -> 'x':
    pass


print(untyped.__no_type_check__, get_type_hints(untyped))


class Node:
    value: int
    next: Optional['Node'] = None
    tags: 'List[str]'
    count: ClassVar[int] = 0
    meta: Annotated[int, 'positive']


class Child(Node):
    extra: 'Dict[str, int]'


def func(a: int, b: 'str', c: 'Optional[Node]' = None, d: Annotated[float, 'm'] = 1.0) -> 'List[int]':
    pass


print(get_type_hints(Node))
print(get_type_hints(Child))
print(get_type_hints(func))
print(get_type_hints(func, include_extras=True))
print(get_type_hints(Node, include_extras=True)['meta'], get_type_hints(Point))
def nohints(x): pass
print(get_type_hints(nohints), get_type_hints(Movie))
show('hints-bad', lambda: get_type_hints(3))


def bad(x: 'Undefined'): pass


show('hints-name', lambda: get_type_hints(bad))
T = TypeVar('T')


class Stack(Generic[T]):
    items: List[T]

    def push(self, item: T) -> None: pass


print(get_type_hints(Stack), get_type_hints(Stack.push))
print(typing.Never, typing.NoReturn, typing.Self, typing.LiteralString, typing.Unpack)
print(typing.ParamSpecArgs, typing.ForwardRef('int')._evaluate(globals(), None) if False else 'ok')
print(sorted(n for n in ['List', 'Dict', 'Optional', 'cast', 'NamedTuple'] if n in typing.__all__))
