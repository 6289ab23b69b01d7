# functools.singledispatch registering typing.Union / X | Y annotations
from functools import singledispatch
from typing import Union, List
@singledispatch
def f(x): return 'default'
@f.register
def _(x: int): return 'int'
@f.register
def _(x: Union[list, tuple]): return 'seq'
@f.register
def _(x: str | bytes): return 'text'
print(f(1), f([1]), f((1,)), f('a'), f(b'a'), f(1.5))
try:
    @f.register
    def _(x: List[int]): return 'bad'
except TypeError as e: print('TypeError', e)
try:
    @f.register
    def _(x: Union[int, List[int]]): return 'bad'
except TypeError as e: print('TypeError', e)
print(f.register(Union[float, complex], lambda x: 'number')(2.5), f(2.5), f(1j))
print(sorted(t.__name__ for t in f.registry))
