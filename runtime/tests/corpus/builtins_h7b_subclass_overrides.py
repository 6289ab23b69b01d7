class RL(list):
    def __iter__(self): return iter(['it'] * 2)
    def __len__(self): return 42
    def __getitem__(self, i): return 'gi'
r = RL([1, 2, 3])
print(list(r), tuple(r), sorted(r), set(r), [*r], ''.join(map(str, r)), len(r), r[0], str(r), repr(r))
a, *b = r; print(a, b)
print(list(reversed(r)), sum(x for x in r if isinstance(x, int)), min(r), any(r), dict.fromkeys(r), [x for x in r])
l = []; l.extend(r); print(l)
l2 = [0]; l2 += r; print(l2)
print(r == [1, 2, 3], r + [4], r * 1, 1 in r, 'it' in r, r.count(1), r.index(2), r.copy())
def f(*a): return a
print(f(*r))
class RT(tuple):
    def __iter__(self): return iter('xy')
    def __getitem__(self, i): return 'g'
    def __len__(self): return 9
t = RT((1, 2))
print(list(t), tuple(t), [*t], len(t), t[0], t == (1, 2), hash(t) == hash((1, 2)), str(t))
x, y = t; print(x, y)
class RD(dict):
    def __iter__(self): return iter(['k1'])
    def keys(self): return ['k2']
    def items(self): return [('i', 1)]
    def __getitem__(self, k): return 'v-' + k
    def __len__(self): return 7
d = RD(a=1)
print(list(d), dict(d), {**d}, len(d), [k for k in d], d.get('a'), str(d), sorted(d), set(d))
dd = {}; dd.update(d); print(dd)
def g(**kw): return kw
print(g(**d))
class RS(str):
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
    def __format__(self, spec): return 'FMT'
    def __iter__(self): return iter('zz')
    def __len__(self): return 0
s = RS('abc')
print(s, str(s), repr(s), f'{s}', '%s' % s, '{}'.format(s), format(s), s + 'd', list(s), len(s), ''.join(s), s.upper(), [*s], 'a' in s, s == 'abc')
class RI(int):
    def __str__(self): return 'ISTR'
    def __repr__(self): return 'IREPR'
    def __format__(self, spec): return 'IFMT'
    def __index__(self): return 2
    def __int__(self): return 3
    def __float__(self): return 4.0
    def __bool__(self): return False
i = RI(7)
print(i, str(i), repr(i), f'{i}', '%s %d %r' % (i, i, i), '{}'.format(i), i + 1, [0, 1, 2, 3, 4, 5, 6, 7, 8][i], hex(i), int(i), float(i), bool(i), 'yes' if i else 'no', range(i), list(range(10))[i:], '%x' % i, '%.1f' % i, abs(i), -i)
class RF(float):
    def __str__(self): return 'FSTR'
    def __repr__(self): return 'FREPR'
    def __int__(self): return 99
    def __round__(self, n=None): return 'round'
fl = RF(1.5)
print(fl, str(fl), f'{fl}', '%s %r %d %f' % (fl, fl, fl, fl), int(fl), round(fl), fl + 1, [fl])
class RSet(set):
    def __iter__(self): return iter([9])
    def __contains__(self, x): return True
    def __len__(self): return 100
st = RSet([1, 2])
print(list(st), sorted(st), 5 in st, len(st), st | {3}, st & {1, 9}, frozenset(st), set(st), st == {1, 2}, st.union([4]), st.issubset({1, 2, 3}), {1, 2} <= st)
