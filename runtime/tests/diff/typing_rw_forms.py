# typing: special forms, aliases, ParamSpec parts, protocol __init__ chaining, TypedDict and
# NewType refusals, overload registry, markers and get_origin/get_args.
import pickle
import types
import typing
from typing import (Any, ClassVar, Final, Generic, Protocol, TypeVar, ParamSpec, TypeVarTuple,
                    Union, Optional, List, Dict, Set, FrozenSet, Type, Deque, DefaultDict,
                    Counter, ChainMap, OrderedDict, Callable, Tuple, Literal, Annotated,
                    NewType, TypedDict, NamedTuple, ForwardRef, overload, get_overloads,
                    clear_overloads, final, no_type_check, get_origin, get_args, Unpack,
                    Concatenate, Never, NoReturn, Self, LiteralString, TypeAlias)
import collections
import collections.abc


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, r)


# special forms: repr, name, pickling, refusals
for form in (Any, ClassVar, Final, Union, Optional, Literal, Never, NoReturn, Self,
             LiteralString, TypeAlias, Concatenate, Unpack, typing.TypeGuard,
             typing.Required, typing.NotRequired):
    print(repr(form), getattr(form, '__name__', None), pickle.loads(pickle.dumps(form)) is form)
show('call', lambda: Union())
def subclass_form():
    class X(ClassVar):
        pass
show('subclass', subclass_form)
show('isinstance', lambda: isinstance(1, Union))
show('issubclass', lambda: issubclass(int, ClassVar))
show('attr', lambda: ClassVar.foo)
show('never sub', lambda: Never[int])
show('self sub', lambda: Self[int])
print(ClassVar[int], Final[List[int]], Union[int, str] | None, int | Optional[str])
show('plain classvar arg', lambda: List[ClassVar])
show('classvar arg', lambda: List[ClassVar[int]])
show('generic arg', lambda: List[Generic])
show('protocol arg', lambda: Optional[Protocol])
show('tuple arg', lambda: Union[int, (1, 2)])
show('any arg', lambda: List[Any])
show('never arg', lambda: Dict[str, Never])
show('final in classvar', lambda: ClassVar[Final[int]])

# ForwardRef
fr = ForwardRef('List[int]')
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_value__,
      fr.__forward_is_argument__, fr.__forward_is_class__, fr.__forward_module__)
print(ForwardRef('x', module='m'), ForwardRef('x') == ForwardRef('x'), ForwardRef('x') == ForwardRef('x', module='m'))
show('fr bad', lambda: ForwardRef(3))
show('fr syntax', lambda: ForwardRef('1 +'))
print(List['int'], Optional['Node'])

# ParamSpec components and TypeVarTuple
P = ParamSpec('P')
Q = ParamSpec('Q')
show('hash args', lambda: hash(P.args))
print(P.args, P.kwargs, P.args == P.args, P.args == P.kwargs, P.args == Q.args,
      get_origin(P.args) is P, get_origin(P.kwargs) is P)
print(type(P.args).__name__, type(P.kwargs).__name__, isinstance(P.args, typing.ParamSpecKwargs))
print(P.__module__, P, ParamSpec('R', covariant=True), ParamSpec('S', contravariant=True))
Ts = TypeVarTuple('Ts')
print(Ts, Ts.__module__, list(iter(Ts)), [*Ts], Unpack[Ts])
T = TypeVar('T')
print(T.__module__, pickle.loads(pickle.dumps(T)) is T if False else 'skip')
print(Callable[P, int], Callable[Concatenate[int, P], int], Callable[P, int][[str, bytes]])

# aliases
for al in (List, Dict, Set, FrozenSet, Type, Deque, DefaultDict, Counter, ChainMap, OrderedDict,
           typing.Hashable, typing.Sized, typing.ByteString, typing.Iterable, typing.Coroutine,
           typing.Generator, typing.AsyncGenerator, typing.ItemsView, typing.Mapping,
           typing.AbstractSet, typing.MutableSequence, typing.ContextManager,
           typing.AsyncContextManager, typing.Pattern, typing.Match, Tuple, Callable):
    print(repr(al), al.__origin__, al._name if hasattr(al, '_name') else None,
          pickle.loads(pickle.dumps(al)) is al)
print(typing.Coroutine[int, str, float], typing.Hashable.__doc__, List.__doc__)
show('hashable sub', lambda: typing.Hashable[int])
show('gen arity', lambda: typing.Generator[int])
show('List()', lambda: List())
show('Dict[str,int]()', lambda: Dict[str, int]())
show('Type()', lambda: Type())
d = Deque[int]([1, 2])
print(type(d).__name__, d, d.__orig_class__ if hasattr(d, '__orig_class__') else None)
dd = DefaultDict[str, int](int)
dd['a'] += 2
print(dict(dd), Counter[str]('abca').most_common(1), OrderedDict[str, int](a=1))
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence),
      isinstance(3, typing.Hashable), issubclass(collections.deque, Deque))
show('isinstance List[int]', lambda: isinstance([], List[int]))
print(List[int].append is list.append, List[int].__origin__)

# generic bases
class Box(Generic[T]):
    pass
class Both(Box[T], Generic[T]):
    pass
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Both.__mro__[1:3], Both.__parameters__, Proto.__parameters__, Box[int].__module__ == __name__)
show('Generic twice', lambda: types.new_class('Z', (Generic[T], Generic[T])))
show('plain generic', lambda: types.new_class('Z', (Generic,)))

# protocol __init__ chaining to a later base
class Shape(Protocol):
    def area(self) -> float: ...
class WithInit:
    def __init__(self, w, h=1):
        self.w, self.h = w, h
class Rect(Shape, WithInit):
    def area(self):
        return self.w * self.h
r = Rect(3, h=4)
print(r.area(), r.w, r.h)
class Plain(Shape):
    pass
print(type(Plain()).__name__)
show('plain args', lambda: Plain(1))
show('protocol init', lambda: Shape())

# TypedDict
class Movie(TypedDict):
    title: str
    year: int
class Partial(Movie, total=False):
    rating: float
M2 = TypedDict('M2', {'a': int, 'b': str}, total=False)
M3 = TypedDict('M3', x=int)
print(Movie(title='x', year=1), sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__),
      Partial.__total__, M2.__total__, sorted(M2.__optional_keys__), M3.__module__, M3.__annotations__)
show('td isinstance', lambda: isinstance({}, Movie))
show('td issubclass', lambda: issubclass(dict, Movie))
show('td both', lambda: TypedDict('M4', {'a': int}, b=str))
show('td base', lambda: types.new_class('Bad', (Movie, int)))
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), type(Movie).__name__)

# NewType
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId | None, pickle.loads(pickle.dumps(UserId)) is UserId)
show('newtype sub', lambda: types.new_class('Admin', (UserId,)))
show('newtype args', lambda: UserId(1, 2))
Nested = NewType('Outer.Inner', str)
print(Nested, Nested.__name__)

# overloads
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(len(get_overloads(f)), [o.__annotations__['x'] for o in get_overloads(f)])
for _ in range(3):
    @overload
    def g(x: int) -> int: ...
def g(x):
    return x
print(len(get_overloads(g)))
class K:
    @overload
    @classmethod
    def m(cls, x: int) -> int: ...
    @overload
    @classmethod
    def m(cls, x: str) -> str: ...
    @classmethod
    def m(cls, x):
        return x
print(len(get_overloads(K.m)), K.m(3))
show('call overload', lambda: typing.overload(lambda: 1)())
print(get_overloads(len), overload(len) is not len)
clear_overloads()
print(get_overloads(f))

# markers
@final
def fin():
    pass
@final
class FinC:
    pass
print(fin.__final__, FinC.__final__, final(len) is len, final(3))
@no_type_check
class NT:
    def meth(self, x: 'undefined'):
        pass
    class Inner:
        def deep(self): pass
print(NT.__no_type_check__, NT.meth.__no_type_check__, NT.Inner.deep.__no_type_check__,
      typing.get_type_hints(NT.meth))
show('ntc builtin', lambda: no_type_check(len))
print(no_type_check(3) if False else 'skip')

# get_origin / get_args
for tp in (List[int], list[int], Union[int, str], int | str, Generic, Generic[T], Annotated[int, 'm'],
           Literal[1, 2], ClassVar[int], Callable[[int], str], Callable[..., int], Callable[P, int],
           P.args, P.kwargs, int, None, Tuple[()], Tuple[int, ...], Unpack[Ts]):
    print(repr(tp), get_origin(tp), get_args(tp))
