import copyreg, pickle, copy

print(sorted(copyreg.__all__))
print(sorted(t.__name__ for t in copyreg.dispatch_table if t.__name__ != 'Pattern'))
for p in range(6):
    print(p, pickle.dumps(1+2j, protocol=p))
print(pickle.loads(pickle.dumps(3-4j)))
print(copyreg.pickle_complex(2+3j) if hasattr(copyreg, 'pickle_complex') else 'no pickle_complex')
u = int | str
print(pickle.loads(pickle.dumps(u)) == u if hasattr(copyreg, 'pickle_union') else 'no union')

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return Point, (p.x * 10, p.y * 10)
copyreg.pickle(Point, reduce_point)
print(Point in copyreg.dispatch_table)
q = copy.copy(Point(1, 2)); print(q.x, q.y)
q = pickle.loads(pickle.dumps(Point(1, 2))); print(q.x, q.y)
del copyreg.dispatch_table[Point]
for args in [(Point, 5), (Point, reduce_point, 7)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(Point in copyreg.dispatch_table)
copyreg.dispatch_table.pop(Point, None)
try:
    copyreg.constructor(3)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg.constructor(len))

# extension registry
copyreg.add_extension('mod', 'name', 250)
copyreg.add_extension('mod', 'name', 250)
print(copyreg._extension_registry.get(('mod', 'name')), copyreg._inverted_registry.get(250))
for args in [('mod', 'name', 251), ('mod', 'other', 250), ('m', 'n', 0), ('m', 'n', 2**31), ('m', 'n', -1)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    copyreg.remove_extension('mod', 'name', 251)
except ValueError as e:
    print(type(e).__name__, e)
copyreg._extension_cache[250] = 'cached'
copyreg.remove_extension('mod', 'name', 250)
print(copyreg._extension_registry.get(('mod', 'name')), 250 in copyreg._extension_cache)
copyreg._extension_cache[5] = 1
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
copyreg.add_extension('mod', 'name', '260')
print(copyreg._inverted_registry.get(260))
copyreg.remove_extension('mod', 'name', 260)

# _slotnames and reconstructors
class S:
    __slots__ = ('a', '__b', '__dict__')
class T(S):
    __slots__ = 'c'
class _Priv:
    __slots__ = ('__z',)
print(copyreg._slotnames(S), copyreg._slotnames(T), copyreg._slotnames(_Priv), copyreg._slotnames(Point))
print('__slotnames__' in T.__dict__, T.__slotnames__)
print(copyreg.__newobj__(Point, ).__class__.__name__)
class KW:
    def __new__(cls, *a, **k):
        o = object.__new__(cls); o.a = a; o.k = k; return o
o = copyreg.__newobj_ex__(KW, (1, 2), {'z': 3}); print(o.a, o.k)
class MyList(list): pass
m = MyList([1, 2]); m.tag = 't'
for p in (0, 1, 2):
    r = pickle.loads(pickle.dumps(m, protocol=p))
    print(p, type(r).__name__, r, r.tag)
print(copyreg._reconstructor(MyList, list, [3, 4]))
print(type(copyreg._reconstructor(Point, object, None)).__name__)
rex = copyreg._reduce_ex(m, 1)
print(rex[0] is copyreg._reconstructor, rex[1], rex[2])
class Slotted:
    __slots__ = ('v',)
try:
    copyreg._reduce_ex(Slotted(), 0)
except TypeError as e:
    print(type(e).__name__, e)
class WithState:
    def __init__(self): self.q = 1
    def __getstate__(self): return {'state': 2}
print(copyreg._reduce_ex(WithState(), 0)[2])
try:
    copyreg._reduce_ex(3, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg._reduce_ex(Point(1, 2), 0)[1][1:], len(copyreg._reduce_ex(Point(1,2), 0)))
class Empty: pass
print(len(copyreg._reduce_ex(Empty(), 1)))
