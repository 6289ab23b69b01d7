# typing: protocol member checks, overloads on methods, generic slots/metaclasses, misc helpers
import typing
from typing import Protocol, runtime_checkable, overload, get_overloads, TypeVar, Generic, ClassVar, Any, Iterable, Sized
def show(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
@runtime_checkable
class HasArea(Protocol):
    @property
    def area(self) -> float: ...
    sides: int
class Sq:
    sides = 4
    @property
    def area(self): return 1.0
class Circle:
    def __init__(self): self.area = 3.14
show('p1', lambda: (isinstance(Sq(), HasArea), isinstance(Circle(), HasArea), isinstance(1, HasArea)))
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    close = None
class G:
    def close(self): pass
show('p2', lambda: (isinstance(F(), Closeable), isinstance(G(), Closeable), issubclass(G, Closeable), issubclass(F, Closeable)))
show('p3', lambda: (isinstance(open(__file__), Closeable), issubclass(list, Sized) if False else 'x'))
class Impl(Closeable):
    pass
show('p4', lambda: (isinstance(Impl(), Closeable), issubclass(Impl, Closeable), Impl.__mro__))
class Concrete(Closeable):
    def __init__(self, x): self.x = x
    def close(self): return 'closed'
show('p5', lambda: (Concrete(3).close(), Concrete(3).x))
T = TypeVar('T')
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
show('p6', lambda: (isinstance(IntBox(), Box), Box[int], Box.__parameters__))
show('p7', lambda: Box[int]())
class Multi(Protocol):
    a: int
    def m(self): ...
show('p8', lambda: sorted(typing._get_protocol_attrs(Multi)) if hasattr(typing, '_get_protocol_attrs') else 'n/a')
class A:
    @overload
    def f(self, x: int) -> int: ...
    @overload
    def f(self, x: str) -> str: ...
    def f(self, x): return x
show('o1', lambda: (A().f(3), len(get_overloads(A.f))))
typing.clear_overloads()
show('o2', lambda: len(get_overloads(A.f)))
class Base(Generic[T]):
    cv: ClassVar[int] = 3
    __slots__ = ('v',)
    def __init__(self, v: T): self.v = v
class Sub(Base[int]):
    __slots__ = ()
show('g1', lambda: (Sub(5).v, Sub.__orig_bases__, Base.__slots__, hasattr(Sub(1), '__dict__')))
show('g2', lambda: typing.get_type_hints(Base))
class Meta(type): pass
class WithMeta(Generic[T], metaclass=Meta): pass
show('g3', lambda: (type(WithMeta), WithMeta[int], type(WithMeta[int]())))
show('any-sub', lambda: type('X', (Any,), {}).__mro__)
class AnySub(Any): pass
show('any-sub2', lambda: (AnySub.__mro__, type(AnySub()), isinstance(AnySub(), Any) if False else ''))
show('final-dec', lambda: typing.final(lambda: 1).__final__)
show('nt-generic', lambda: typing.NamedTuple('P', [('x', int)])._field_defaults)
show('td-get', lambda: typing.TypedDict('TD', {'a': int})(a=1).get('a'))
show('td-required', lambda: typing.TypedDict('TD2', {'a': typing.Required[int], 'b': typing.NotRequired[str]}, total=False).__required_keys__)
show('newtype-call', lambda: typing.NewType('A', int)(5) + 1)
show('newtype-bad', lambda: typing.NewType('A', int)(5, 6))
show('self-sub', lambda: typing.Self[int])
show('literal-bad', lambda: typing.Literal[[1]])
show('typeguard', lambda: typing.TypeGuard[int])
show('unpack', lambda: (typing.Unpack[typing.TypeVarTuple('Ts')], typing.TypeVarTuple('Ts')))
show('reveal', lambda: typing.reveal_type(5))
show('names', lambda: [n for n in typing.__all__ if not hasattr(typing, n)])
