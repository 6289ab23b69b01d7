import json, collections
class S(str):
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S('x')); print(S('x'), S('y'), sep=S('|')); print([S('x')], (S('y'),), {S('k'): S('v')})
print(json.dumps(S('raw')), json.dumps({S('k'): 1}), json.dumps([S('a')]))
class D(dict):
    def __getitem__(self, k): return 'D'
    def __iter__(self): return iter(['zz'])
    def items(self): return [('i', 'j')]
    def keys(self): return ['kk']
print(json.dumps(D(a=1)), str(D(a=1)), repr(D(a=1)))
class L(list):
    def __iter__(self): return iter(['it'])
print(json.dumps(L([1, 2])), str(L([1, 2])), '%s' % L([3]), ', '.join(L(['q'])))
class I(int):
    def __repr__(self): return 'I-repr'
    def __str__(self): return 'I-str'
print(json.dumps(I(5)), json.dumps([I(1)]), str([I(2)]), f'{I(3)}', I(4))
class F(float):
    def __repr__(self): return 'F-repr'
print(json.dumps(F(1.5)), [F(2.5)], str(F(0.5)))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps(E.A), json.dumps({E.A: 'x'}), json.dumps([E.A]))
class DD(collections.defaultdict):
    def __missing__(self, k): return 'custom-missing'
dd = DD(int); print(dd['x'], dict(dd))
class OD(collections.OrderedDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
od = OD(a=1); od['b'] = 2; od.update(c=3); od.setdefault('d', 4); print(od)
class DS(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
ds = DS(a=1); ds['b'] = 2; ds.update(c=3); ds.setdefault('d', 4); ds |= {'e': 5}; print(ds, DS.fromkeys('xy', 1))
class Counter2(collections.Counter):
    pass
c = Counter2('hello'); print(c, c.most_common(1), type(c + c).__name__)
class UL(collections.UserList): pass
u = UL([3, 1, 2]); u.sort(); print(u, type(u[:1]).__name__, u + [9], type(u + [9]).__name__)
class UD(collections.UserDict):
    def __missing__(self, k): return 'ud-missing'
ud = UD(a=1); print(ud['a'], ud['zz'], 'zz' in ud, dict(ud))
