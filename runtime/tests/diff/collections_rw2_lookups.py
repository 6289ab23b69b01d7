from collections import ChainMap, defaultdict
from collections.abc import Mapping, MutableSet


class M(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Odd(M):
    def __getitem__(self, k):
        if k == 'boom':
            raise IndexError(k)
        return super().__getitem__(k)


m = M({'a': 1})
print('a' in m, 'b' in m, m.get('b', 9))
try:
    'boom' in Odd({})
except IndexError as e:
    print(type(e).__name__, e)


class S(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


s = S([1, 2])
s |= [2, 3, 4]
print(list(s))
s |= s
print(list(s))
dd = defaultdict(lambda: 'dflt')
cm = ChainMap({'x': 1}, dd, {'y': 2})
print(cm['x'], cm['y'], cm['zz'], sorted(dd))
cm2 = ChainMap({}, {'q': 5})
print(cm2['q'])
try:
    cm2['nope']
except KeyError as e:
    print(type(e).__name__, e)
