# OrderedDict's keys()/values()/items(): odict_* views (repr, set operations, membership,
# reversed, live updates), as CPython's collections.OrderedDict returns them.
from collections import OrderedDict
import collections.abc as cabc
import json, copy, pickle

o = OrderedDict(a=1, b=2)
ks, vs, its = o.keys(), o.values(), o.items()
print(ks, vs, its)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(ks & {'a'}, ks | {'z'} == {'a', 'b', 'z'}, its - {('a', 1)}, ks == {'a', 'b'})
print(len(ks), len(vs), 'a' in ks, 'q' in ks, 1 in vs, ('a', 1) in its, ('a', 2) in its)
print(isinstance(ks, cabc.KeysView), isinstance(vs, cabc.ValuesView), isinstance(its, cabc.ItemsView))
o['c'] = 3
o.move_to_end('a')
print(ks, vs, its)
print(list(ks), [k for k in o], dict(o), {**o}, json.dumps(o))
print(copy.deepcopy(o), pickle.loads(pickle.dumps(o)))
print(OrderedDict().keys(), repr(OrderedDict(x=OrderedDict(y=1)).items()))
d = {'x': 1}
d.update(OrderedDict(q=5))
print(d)


class Sub(OrderedDict):
    pass


s = Sub(a=1)
print(s.keys(), s, s.copy())
for k, v in o.items():
    print(k, v, end='; ')
print()
print(sorted(o.items(), key=lambda kv: -kv[1]), max(o.values()), sum(o.values()))
