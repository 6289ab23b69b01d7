import reprlib, re
from array import array
from collections import deque

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
samples = [
    (), (1,), tuple(range(10)), [], [1], list(range(10)), set(), {3, 1, 2}, set(range(20)),
    frozenset(), frozenset(range(9)), {}, {'b': 1, 'a': 2}, {i: i for i in range(10)},
    deque(), deque(range(8)), array('i'), array('i', range(9)), array('d', [1.5]),
    'short', 'x' * 100, "quote'\"" * 10, 'é\n' * 30, 2 ** 200, -2 ** 200, 12345,
    [[[[[[[[1]]]]]]]], {'k': [1, (2, {3})]}, {1, 'a'}, {1: 'x', 'y': 2}, 3.14, None, b'bytes' * 20,
]
for s in samples:
    print(reprlib.repr(s))
r.maxlevel = 2
r.maxlist = 2
r.fillvalue = '+++'
print(r.repr([[1, [2, [3]]], [4], [5]]), r.repr({'a': {'b': {'c': 1}}}), r.repr(((((1,),),),)))
r.maxstring = 5
print(r.repr('abcdefghij'), r.repr('abc'))
r.maxlong = 4
print(r.repr(10 ** 20), r.repr(123))
r.maxother = 10
class Long:
    def __repr__(self):
        return 'L' * 50
print(r.repr(Long()))
class Broken:
    def __repr__(self):
        raise ValueError('no')
print(re.sub('0x[0-9a-f]+', 'ADDR', reprlib.repr(Broken())))
r2 = reprlib.Repr()
r2.maxlevel = 0
print(r2.repr([1]), r2.repr([]), r2.repr({1: 2}), r2.repr({}), r2.repr((1,)), r2.repr(set()), r2.repr({5}))
print(r2.repr1([1, 2], 1), r2.repr1('abc', 0))

class MyRepr(reprlib.Repr):
    def repr_MyThing(self, obj, level):
        return '<mything>'
class MyThing: pass
print(MyRepr().repr([MyThing(), MyThing()]))

class Node:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        """Doc of repr."""
        return f'Node({self.name}, {self.children})'
n = Node('a'); n.children.append(n); m = Node('b'); n.children.append(m); m.children.append(n)
print(repr(n), repr(m))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, hasattr(Node.__repr__, '__wrapped__'))
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Other({self.me!r})'
o = Other(); o.me = [o]
print(repr(o))
print(reprlib.__all__, isinstance(reprlib.aRepr, reprlib.Repr), reprlib.repr.__self__ is reprlib.aRepr)
