# __slots__, __weakref__, __dict__ interplay, class-level introspection
import weakref, sys
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f'P({self.x}, {self.y})'
p = P(1, 2)
try: weakref.ref(p)
except TypeError as e: print('TE', e)
print(P.__slots__, P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__ if hasattr(P.x, '__objclass__') else '')
del p.x
try: p.x
except AttributeError as e: print('AE', e)
try: del p.x
except AttributeError as e: print('AE', e)
p.x = 5; print(p)
class Q(P):
    __slots__ = ('__weakref__',)
q = Q(1, 2); r = weakref.ref(q); print(r() is q, Q.__slots__)
class Str(str):
    __slots__ = ()
try: Str('a').attr = 1
except AttributeError as e: print('AE', e)
class WithSlotDict:
    __slots__ = ('a', '__dict__')
w = WithSlotDict(); w.a = 1; w.b = 2; print(w.__dict__, hasattr(w, 'a'))
class M:
    __slots__ = ['m1']
print(M.__slots__, M().__class__.__name__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print('VE', e)
try:
    class Bad2(int):
        __slots__ = ('a',)
except TypeError as e: print('TE', e)
class Pvt:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 's'
    def get(self): return self.__secret
print(Pvt().get(), Pvt.__slots__, [k for k in Pvt.__dict__ if 'secret' in k])
import copy, pickle
print(copy.copy(P(3, 4)), copy.deepcopy(P(5, 6)), pickle.loads(pickle.dumps(P(7, 8))))
class Many:
    __slots__ = tuple(f's{i}' for i in range(20))
    def __init__(self):
        for i in range(20): setattr(self, f's{i}', i * i)
m = Many(); print(sum(getattr(m, f's{i}') for i in range(20)), sys.getsizeof(m) > 0)
tot = 0
for k in range(300):
    p.x = k; p.y = -k; tot += p.x + p.y * 2
print(tot)
print(object.__sizeof__(object()) > 0, hasattr(P(1, 1), '__dict__'), vars(Q) is not None)
try: vars(P(1, 2))
except TypeError as e: print('TE', e)
