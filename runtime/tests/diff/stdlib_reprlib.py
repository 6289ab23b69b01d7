import reprlib
from reprlib import Repr, recursive_repr
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()), r([]), r([1]))
print(r(set(range(20))), r(set()), r({3, 1, 2}))
print(r(frozenset(range(20))), r(frozenset()), r(frozenset({'b', 'a'})))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r({1: 'a', 'x': 2, None: 3}))
print(r({1, 'a', 'b'}))
print(r(deque(range(10))), r(deque()))
print(r(array('i', range(10))), r(array('d')), r(array('b', [1])))
print(r('a' * 100))
print(r('short'), r(''), r('x' * 30), r('x' * 31))
print(r('\n' * 40))
print(r(2 ** 200), r(12345), r(-10 ** 50))
print(r([[[[[[[[1]]]]]]]]))
print(r([[[[[[[1]]]]]]]))
print(r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(((((((((1,),),),),),),),)))
print(r(3.141592653589793238), r(1e300), r(None), r(True))
print(r(b'x' * 100))
print(r(range(1000)))

class Broken:
    def __repr__(self):
        raise RuntimeError('no')
s = r(Broken())
print(s.startswith('<Broken instance at 0x'), s.endswith('>'))

class Long:
    def __repr__(self):
        return 'L' * 50
print(r(Long()), r([Long(), Long()]))

a = Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = '<...>'
print(a.repr(list(range(10))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]))
print(a.repr({'k': [1, 2, 3]}), a.repr({1: {2: {3: 4}}}))
a.maxlong = 5
a.maxother = 8
print(a.repr(10 ** 20), a.repr(1.23456789012))
print(a.maxtuple, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset, a.maxdeque)

class MyRepr(Repr):
    def repr_MyType(self, obj, level):
        return 'MyType!'
class MyType:
    pass
print(MyRepr().repr([MyType(), 1]))

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    @recursive_repr()
    def __repr__(self):
        "Node repr"
        return f'Node({self.v}, {self.children})'
n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)

class Box:
    def __init__(self):
        self.items = [self]
    @recursive_repr('<loop>')
    def __repr__(self):
        return 'Box(%r)' % (self.items,)
print(repr(Box()))
print(sorted(reprlib.__all__))
print(type(reprlib.aRepr).__name__, reprlib.aRepr.maxlevel)
