import pickle, io
class A:
    def __init__(self, x): self.x = x; self.l = [1, 2]
    def __eq__(self, o): return type(o) is A and self.__dict__ == o.__dict__
    def __repr__(self): return 'A(%r)' % (self.__dict__,)
class B:
    def __init__(self): self.v = 5
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
    def __repr__(self): return 'B(%r)' % self.v
class C:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (C, (self.a, self.b))
    def __repr__(self): return 'C(%r, %r)' % (self.a, self.b)
class S:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = 1; self.q = 'x'
    def __repr__(self): return 'S(%r, %r)' % (self.p, self.q)
class E:
    pass
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
def f(): pass
for p in range(6):
    for obj in [A(3), B(), C(1, 'two'), E(), [A(1), A(1)], L([1, 2]), D(a=1), I(7), f, A, (1, 2, 3, 4), [[]] * 3]:
        if p < 2 and isinstance(obj, (I,)):
            continue
        try:
            s = pickle.dumps(obj, p)
            print(p, type(obj).__name__, s)
            r = pickle.loads(s)
            print('  ->', type(r).__name__, r if not isinstance(r, E) and r is not f else (r is f))
        except Exception as e:
            print(p, type(obj).__name__, 'ERR', type(e).__name__, e)
    try:
        s = pickle.dumps(S(), p); print(p, 'S', s); print('  ->', pickle.loads(s))
    except Exception as e: print(p, 'S ERR', type(e).__name__, e)
# shared & recursive
l = [1]; l.append(l)
d = {}; d['self'] = d
shared = [1, 2]
for p in range(6):
    s = pickle.dumps(l, p); print(p, s); r = pickle.loads(s); print(r[1] is r)
    s = pickle.dumps(d, p); print(p, s); r = pickle.loads(s); print(r['self'] is r)
    s = pickle.dumps([shared, shared, (shared,)], p); print(p, s); r = pickle.loads(s); print(r[0] is r[1] is r[2][0])
    t = ([],); t[0].append(t)
    s = pickle.dumps(t, p); print(p, s); r = pickle.loads(s); print(r[0][0] is r)
    a = A(1); a.me = a
    s = pickle.dumps(a, p); print(p, s); r = pickle.loads(s); print(r.me is r)
# errors
def t(fn):
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, str(e)[:60])
t(lambda: pickle.dumps(1, 6))
t(lambda: pickle.loads(b''))
t(lambda: pickle.loads(b'\x80\x04K'))
t(lambda: pickle.loads(b'\x80\x06K\x01.'))
t(lambda: pickle.loads(b'\x00'))
t(lambda: pickle.loads(b'Z'))
t(lambda: pickle.loads(b'.'))
t(lambda: pickle.loads(b'h\x05.'))
t(lambda: pickle.loads('abc'))
t(lambda: pickle.dumps(lambda: 1))
t(lambda: pickle.dumps((x for x in [])))
t(lambda: pickle.dumps(pickle))
def outer():
    def inner(): pass
    return inner
t(lambda: pickle.dumps(outer()))
b = io.BytesIO()
pickle.dump([1, 2], b); pickle.dump('second', b, 2); pickle.dump({'k': (1.5, None)}, b, 0)
b.seek(0)
print(pickle.load(b), pickle.load(b), pickle.load(b))
t(lambda: pickle.load(b))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
big = list(range(2500))
s = pickle.dumps(big); print(len(s), s[:30], s[-30:], pickle.loads(s) == big)
bd = {i: str(i) for i in range(1200)}
s = pickle.dumps(bd, 2); print(len(s), pickle.loads(s) == bd)
s = pickle.dumps(set(range(2100))); print(len(s), pickle.loads(s) == set(range(2100)))
s = pickle.dumps('x' * 70000); print(len(s), s[:20], pickle.loads(s) == 'x' * 70000)
s = pickle.dumps([b'y' * 70000, 'z' * 10]); print(len(s), s[:20], s[-30:], len(pickle.loads(s)[0]))
s = pickle.dumps(['q%d' % i for i in range(20000)]); print(len(s), s[:20], s[65530:65560], pickle.loads(s)[-1])
s = pickle.dumps([1.5] * 300, 3); print(len(s), pickle.loads(s)[299])
s = pickle.dumps(['r'] * 300, 1); print(len(s), s[-40:], pickle.loads(s)[299])
print(pickle.dumps(NotImplemented), pickle.dumps(...), pickle.dumps(type(None)), pickle.dumps(ValueError('bad', 2)), pickle.loads(pickle.dumps(ValueError('bad', 2))).args)
print(pickle.dumps(complex(1, 2)), pickle.dumps(range(1, 10, 2)), pickle.dumps(slice(1, 2)))
print(pickle.loads(pickle.dumps(complex(1,2))), pickle.loads(pickle.dumps(range(1,10,2))))
