# Type variables in builtin generic aliases: __parameters__ and substitution by
# subscription, as types.GenericAlias does in CPython 3.11.
import typing
from typing import TypeVar
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__)
print(list[int].__parameters__, tuple[T, int, T].__parameters__, (int | list[T]).__parameters__)
print(list[T][int], dict[K, V][str, float], dict[str, list[T]][bytes])
print(tuple[T, int, T][str], dict[K, list[V]][int, str], list[dict[K, V]][int, float])
Pair = tuple[K, V]
print(Pair[int, str], Pair[int, str].__args__, Pair[int, str] == tuple[int, str])
print(list[T][list[K]], list[T][list[K]].__parameters__)
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
def f(xs: list[T]) -> dict[str, T]:
    return {}
print(typing.get_type_hints(f))
