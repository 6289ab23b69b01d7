# typing: special forms, aliases, reprs, unions, errors
import typing
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, MutableMapping, Optional, Union, Literal, Final,
                    ClassVar, Annotated, DefaultDict, Deque, Counter, OrderedDict, AbstractSet,
                    NoReturn, Never, Self, TypeAlias, LiteralString, TypeGuard, ForwardRef,
                    get_origin, get_args)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for a in [Any, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Generator,
          Sequence, Mapping, MutableMapping, DefaultDict, Deque, Counter, OrderedDict, AbstractSet,
          Optional, Union, Literal, Final, ClassVar, NoReturn, Never, Self, TypeAlias,
          LiteralString, TypeGuard, typing.Hashable, typing.Sized, typing.ContextManager]:
    print(repr(a))
print(List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Type[int], Iterable[str])
print(Iterator[int], Generator[int, None, str], Sequence[float], Mapping[str, Any])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Optional[int], Optional[List[int]], Union[int, str], Union[int, None], Union[None, int])
print(Union[int, None, str], Union[int, int], Union[int, Union[str, bytes]], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(Literal[1, 'a', True, None], Literal[Literal[1, 2], 3], Literal[1, 1, True])
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta', 42], TypeGuard[int])
print(List['int'], Optional['Foo'], ForwardRef('X'), ForwardRef('X') == ForwardRef('X'))
print(List[int] == List[int], List[int] == List[str], List[int] is List[int], List == List)
print(Dict[str, int].__origin__, Dict[str, int].__args__, List[int].__parameters__)
print(Optional[int].__args__, Callable[[int], str].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__, Annotated[Annotated[int, 1], 2])
print(int | List[int], List[int] | None, Optional[int] | str, None | List[str], Literal[1] | None)
print(int | 'str' if False else 'skip', Union[int, 'str'])
print(get_origin(List[int]), get_origin(List), get_origin(int | str), get_origin(Union[int, str]))
print(get_origin(Annotated[int, 1]), get_origin(list[int]), get_origin(int), get_origin(Literal[1]))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_args(Annotated[int, 1, 2]), get_args(int | str), get_args(list[int]), get_args(int))
print(get_args(Optional[int]), get_args(Tuple[int, ...]), get_args(Literal['a', 'b']))
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(list, Iterable), isinstance(iter([]), Iterator))
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(bool, Union[int, str]))
show("list-int-call", lambda: List[int]([1, 2]))
print(typing.Deque[int]([1]), typing.DefaultDict[str, int](int), type(typing.Counter[str]("ab")))
print(List[int].append is list.append, List.__name__ if hasattr(List, '__name__') else '-')
show('inst-sub', lambda: isinstance([], List[int]))
show('sub-sub', lambda: issubclass(list, List[int]))
show('any-inst', lambda: isinstance(3, Any))
show('union-call', lambda: Union[int, str]())
show('union-empty', lambda: Union[()])
show('list-call', lambda: List())
show('list-many', lambda: List[int, str])
show('dict-few', lambda: Dict[int])
show('list-bad', lambda: List[1])
show('union-bad', lambda: Union[1, 2])
show('optional-bad', lambda: Optional[int, str])
show('callable-bad', lambda: Callable[int, str])
show('callable-bad2', lambda: Callable[int])
show('classvar-in-list', lambda: List[ClassVar[int]])
show('noreturn-sub', lambda: NoReturn[int])
show('optional-inst', lambda: isinstance(3, Optional))
show('classvar-call', lambda: ClassVar())
show('any-call', lambda: Any())
show('annotated-one', lambda: Annotated[int])
try:
    class X(Union): pass
except TypeError as e:
    print('sub-special', e)
try:
    class X(Optional[int]): pass
except TypeError as e:
    print('sub-optional', e)
show('forward-bad', lambda: ForwardRef(1))
show('tuple-bad', lambda: Tuple[1])
show('final-two', lambda: Final[int, str])
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr, typing.AnyStr.__constraints__)
print(Type[int] == Type[int], hash(List[int]) == hash(List[int]), repr(List[int][()] if False else 'ok'))
class Sub(List[int]): pass
print(Sub.__mro__, Sub.__orig_bases__, Sub([1]))
class Sub2(Dict[str, int], Iterable[str]): pass
print(Sub2.__mro__[:3], Sub2.__orig_bases__)
