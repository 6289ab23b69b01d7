class A:
    x = 1
    def m(self): return 'A.m'
class B(A): pass
class C(B): pass
def read(o): return o.x, o.m()
objs = [A(), B(), C()]
res = []
for i in range(300):
    o = objs[i % 3]
    if i == 100: A.x = 2
    if i == 150: B.m = lambda self: 'B.m'
    if i == 200: C.x = property(lambda self: 'prop')
    if i == 250: del B.m
    if i == 260: objs[2].__dict__['m'] = lambda: 'inst'

    res.append(read(o))
print(res[99], res[100], res[151], res[152], res[202], res[251], res[262], res[299])
# __class__ assignment
class X:
    def who(self): return 'X'
class Y:
    def who(self): return 'Y'
o = X(); out = []
for i in range(200):
    if i == 100: o.__class__ = Y
    out.append(o.who())
print(out[99], out[100], out.count('Y'))
# globals / builtins changes
def uses_len(s): return len(s)
r = []
import builtins
for i in range(200):
    if i == 100: builtins.len = lambda s: -1
    if i == 150: del builtins.len; builtins.len = __import__('builtins').__dict__.get('len') or (lambda s: 0)
    r.append(uses_len('abc'))
print(r[99], r[100], r[149])
def g(): return gv
gv = 1
rr = []
for i in range(200):
    if i == 100: gv = 'two'
    if i == 150: globals()['gv'] = 3.0
    rr.append(g())
print(rr[99], rr[100], rr[150])
len_ = len
import builtins as b2
b2.len = len_ if callable(len_) else None
# shadowing builtin with a global then removing
def h(): return abs(-3)
hh = []
for i in range(200):
    if i == 100: abs = lambda v: 'g-abs'
    if i == 150: del abs
    hh.append(h())
print(hh[99], hh[100], hh[150])
# setattr on type with __slots__ and descriptors
class D:
    __slots__ = ('v',)
    def __init__(self): self.v = 0
d = D(); acc = 0
for i in range(200):
    d.v = i
    acc += d.v
print(acc)
class E:
    def __init__(self): self.a = 1
e = E(); seq = []
for i in range(200):
    if i == 100: E.a = property(lambda s: 'data-desc')
    seq.append(e.a)
print(seq[99], seq[100])
class F:
    def __init__(self): self.a = 1
f = F(); seq = []
for i in range(200):
    if i == 100: F.__getattribute__ = lambda s, n: 'ga'
    seq.append(f.a)
print(seq[99], seq[100])
class G:
    pass
gobj = G(); seq = []
for i in range(200):
    if i == 50: G.__getattr__ = lambda s, n: 'fallback-' + n
    if i == 100: gobj.zz = 'own'
    if i == 150: del G.__getattr__
    try: seq.append(gobj.zz if i >= 100 else gobj.yy)
    except AttributeError as ex: seq.append(str(ex))
print(seq[49], seq[50], seq[100], seq[150])
class H:
    def __add__(self, o): return 'H+'
hx = H(); seq = []
for i in range(200):
    if i == 100: H.__add__ = lambda s, o: 'new+'
    if i == 150: H.__radd__ = lambda s, o: 'radd'
    seq.append(hx + 1)
    if i >= 150: seq.append(1 + hx)
print(seq[99], seq[100], seq[-1])
def kw(a, b=2, *, c=3): return a + b + c
seq = []
for i in range(200):
    if i == 100: kw.__defaults__ = (20,)
    if i == 150: kw.__kwdefaults__ = {'c': 30}
    seq.append(kw(1))
print(seq[99], seq[100], seq[150])
def code1(): return 1
def code2(): return 2
seq = []
for i in range(200):
    if i == 100: code1.__code__ = code2.__code__
    seq.append(code1())
print(seq[99], seq[100])
