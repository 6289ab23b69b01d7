import math
class P:
    def __init__(self, v): self.v = v
def mk(i): return P(i).v
r = []
for i in range(300):
    if i == 100: P.__init__ = lambda self, v: setattr(self, 'v', v * 10)
    if i == 200: del P.__init__; P.__init__ = lambda self, v: setattr(self, 'v', -v)
    r.append(mk(i))
print(r[99], r[100], r[200])
class C:
    def __call__(self): return 'c1'
c = C(); r = []
for i in range(200):
    if i == 100: C.__call__ = lambda self: 'c2'
    r.append(c())
print(r[99], r[100])
class L:
    def __len__(self): return 1
    def __iter__(self): return iter([1])
o = L(); r = []
for i in range(200):
    if i == 100: L.__len__ = lambda self: 5; L.__iter__ = lambda self: iter([9, 9])
    r.append((len(o), list(o), bool(o)))
print(r[99], r[100])
r = []
for i in range(200):
    if i == 100: math.sqrt = lambda x: 'patched'
    r.append(math.sqrt(16))
print(r[99], r[100])
class O: pass
ob = O(); ob.a = 1; r = []
for i in range(200):
    if i == 100: ob.__dict__ = {'a': 'newdict'}
    r.append(ob.a)
print(r[99], r[100])
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
    def get(self): return 's2'
x = S1(); x.a = 5; r = []
for i in range(200):
    if i == 100: x.__class__ = S2
    r.append((x.a, getattr(x, 'get', lambda: 'none')()))
print(r[99], r[100])
def f(): return 'f'
g_ns = {'__builtins__': __builtins__}
exec('def h(): return k', g_ns)
r = []
for i in range(200):
    g_ns['k'] = i
    r.append(g_ns['h']())
print(r[-1])
class Desc:
    def __init__(self): self.val = 'd1'
    def __get__(self, o, t): return self.val
d = Desc()
class HD: a = d
h = HD(); r = []
for i in range(200):
    if i == 100: d.val = 'd2'
    if i == 150: Desc.__get__ = lambda self, o, t: 'd3'
    r.append(h.a)
print(r[99], r[100], r[150])
class Base:
    def m(self): return 'base'
class Mid(Base): pass
class Leaf(Mid): pass
lf = Leaf(); r = []
for i in range(300):
    if i == 100: Mid.m = lambda self: 'mid'
    if i == 200: del Mid.m
    r.append(lf.m())
print(r[99], r[100], r[200])
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
n = Num(1); r = []
for i in range(300):
    if i == 100: Num.__add__ = lambda self, o: 'patched-add'
    if i == 200: del Num.__add__
    try: r.append(n + 1)
    except TypeError as e: r.append(str(e))
print(r[99], r[100], r[200])
class K:
    def __eq__(self, o): return True
    def __hash__(self): return 1
dct = {K(): 'v'}; r = []
for i in range(200):
    if i == 100: K.__eq__ = lambda s, o: False
    r.append(dct.get(K(), 'miss'))
print(r[99], r[100])
def gen():
    yield 1
r = []
for i in range(200):
    if i == 100:
        def gen():
            yield 2
    r.append(next(gen()))
print(r[99], r[100])
import builtins
orig_print = print
cnt = [0]
def myprint(*a, **k): cnt[0] += 1
for i in range(150):
    if i == 100: builtins.print = myprint
    print(i) if i >= 140 else None
builtins.print = orig_print
print('count', cnt[0])
