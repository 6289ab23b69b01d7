# The collections.abc ABCs are subscriptable (Iterable[int], Mapping[str, int], ...),
# as in CPython 3.11, so annotations that use them evaluate; Callable[[args], result]
# flattens its arguments and shows them grouped. Hashable and Sized are not generic.
import collections.abc as c
import typing

names = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
         'Iterable', 'Iterator', 'Generator', 'Reversible', 'Container', 'Collection',
         'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
         'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString',
         'Hashable', 'Sized']
for name in names:
    C = getattr(c, name)
    try:
        a = C[int]
        print(name, a, a.__origin__ is C, a.__args__, type(a).__name__)
    except TypeError as e:
        print(name, 'TypeError', e)

def f(x: c.Iterable[int], cb: c.Callable[[int], str], m: c.Mapping[str, list[int]]) -> c.Iterator[str]:
    pass
print(f.__annotations__)

cb = c.Callable[[int, str], bool]
print(cb, cb.__args__, cb.__origin__ is c.Callable, type(cb).__name__, isinstance(cb, type(list[int])))
print(c.Callable[..., int], c.Callable[..., int].__args__, c.Callable[[], int], c.Callable[[], int].__args__)
print(c.Callable[[int], str] == c.Callable[[int], str], hash(c.Callable[[int], str]) == hash(c.Callable[[int], str]))
print(c.Callable[[list[int]], dict[str, int]], c.Generator[int, None, str], c.Mapping[str, int].__args__)
print(typing.get_origin(c.Iterable[int]) is c.Iterable, typing.get_args(c.Mapping[str, int]))
for bad in [lambda: c.Callable[int], lambda: c.Callable[1, 2], lambda: c.Callable[int, str, bytes]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(isinstance(len, c.Callable), isinstance([], c.Iterable), issubclass(dict, c.Mapping))
try:
    isinstance([], c.Iterable[int])
except TypeError as e:
    print('TypeError', e)

class MyAlias(type(list[int])):
    def __repr__(self):
        return 'MyAlias:' + super().__repr__()
m = MyAlias(list, (int,))
print(m, m.__origin__, m.__args__, m == list[int], type(m).__name__)
