class A:
    def __new__(cls, *a):
        if a and a[0] == 'b': return B()
        return super().__new__(cls)
    def __init__(self, *a): print('A.__init__', a)
class B:
    def __init__(self): print('B.__init__')
print(type(A('b')).__name__, type(A('x')).__name__)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print('TE', e)
class OnlyNew:
    def __new__(cls, x): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class OnlyInit:
    def __init__(self, x): self.x = x
try: object.__new__(OnlyInit, 1); print('ok new with args')
except TypeError as e: print('TE', e)
try: object.__init__(OnlyInit(1), 5)
except TypeError as e: print('TE', e)
class Log:
    def __init__(self): self.d = {}; self.log = []
    def __getitem__(self, k): self.log.append(('get', k)); return self.d.get(k, 0)
    def __setitem__(self, k, v): self.log.append(('set', k, v)); self.d[k] = v
class Attr:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __getattr__(self, n): self.log.append(('getattr', n)); return 10
    def __setattr__(self, n, v): self.log.append(('setattr', n, v)); object.__setattr__(self, n, v)
l = Log(); l['k'] += 5; l['k'] *= 2; print(l.log)
a = Attr(); a.x += 1; a.x += 1; print(a.log)
t = ([1],)
try: t[0] += [2]
except TypeError as e: print('TE', e, t)
class Seq:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return 'replaced'
s = [Seq()]; s[0] += 1; print(s)
class NE:
    def __eq__(self, o): return 'eq-result'
print(NE() != NE(), NE() == 1, 1 == NE(), 1 != NE())
class NoEq: pass
x = NoEq(); print(x == x, x != x, x == NoEq())
class Both:
    def __eq__(self, o): return NotImplemented
b1 = Both(); print(b1 == b1, b1 == Both(), b1 != b1)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), not LenOnly(), 'yes' if LenOnly() else 'no')
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly(), sorted(IterOnly()), list(map(str, IterOnly())), dict.fromkeys(IterOnly()))
class HashNone:
    __hash__ = None
class HashChild(HashNone): pass
try: hash(HashChild())
except TypeError as e: print('TE', e)
class EqOnlyChild(int):
    def __eq__(self, o): return True
try: hash(EqOnlyChild(1))
except TypeError as e: print('TE', e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
os_ = [Ord(3), Ord(1), Ord(2)]
print(sorted(os_), max(os_), min(os_), Ord(1) > Ord(0))
try: Ord(1) <= Ord(2)
except TypeError as e: print('TE', e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, getattr(o, 'v', o)); return NotImplemented
print(Cmp(1) == Cmp(2))
print([Cmp(1)] == [Cmp(1)])
class Abs:
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __complex__(self): return 1j
    def __float__(self): return 2.5
    def __int__(self): return 7
    def __index__(self): return 8
print(abs(Abs()), -Abs(), ~Abs(), +Abs(), complex(Abs()), float(Abs()), int(Abs()), hex(Abs()), [0] * 10 and list(range(20))[Abs()])
class Pw:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw())
try: pow(2, Pw(), 5)
except TypeError as e: print('TE', e)
class DM:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __rlshift__(self, o): return 'rlshift'
    def __rand__(self, o): return 'rand'
    def __rxor__(self, o): return 'rxor'
    def __ror__(self, o): return 'ror'
    def __rmod__(self, o): return 'rmod'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rmatmul__(self, o): return 'rmatmul'
print(divmod(DM(), 1), divmod(1, DM()), 1 << DM(), 1 & DM(), 1 ^ DM(), 1 | DM(), 'x%s' % () if False else 1 % DM(), 1 // DM(), 1 / DM(), 1 @ DM() if False else [1] @ DM() if False else 'skip')
print('%s' % DM() != '', 'fmt %s' % (DM(),) != '')
print('abc' % DM() if False else 'str % obj -> ', end='')
print('abc %' if False else '', 'rmod' == ('%s' % 'x' and 'x' % DM() if False else 'rmod'))
