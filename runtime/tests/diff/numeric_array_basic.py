from array import array
import array as m
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for tc, vals in [('b',[-129,128]),('B',[-1,256]),('h',[-2**15-1,2**15]),('H',[-1,2**16]),('i',[-2**31-1,2**31]),('I',[-1,2**32]),('l',[-2**63-1,2**63]),('L',[-1,2**64]),('q',[-2**63-1,2**63]),('Q',[-1,2**64])]:
    for v in vals: t(lambda: array(tc,[v]))
    t(lambda: array(tc, [1, 2, 3]))
t(lambda: array('f',[1e300])); t(lambda: array('i',[1.5])); t(lambda: array('d',['x'])); t(lambda: array('u',[1])); t(lambda: array('u',['ab']))
t(lambda: array('z')); t(lambda: array(1)); t(lambda: array('i', 'abc')); t(lambda: array('u', 'abc'));  t(lambda: array('i', b'\x01\x00\x00\x00'))
t(lambda: array('i',[1])+array('d',[1])); t(lambda: array('i',[1])+[1]); t(lambda: array('i').pop()); t(lambda: array('i',[1]).pop(5))
t(lambda: array('i',[1]).remove(3)); t(lambda: array('i',[1]).index(3)); t(lambda: array('i',[1])[5]);
def f():
    a = array('i',[1]); a[5] = 1
t(f)
def g():
    a = array('i',[1,2,3]); a[0:2] = [1]
t(g)
t(lambda: array('i',[1]).frombytes(b'abc')); t(lambda: array('i').fromlist((1,))); t(lambda: array('i').tounicode()); t(lambda: array('i').extend(array('d')))
t(lambda: array('i', [True])); t(lambda: array('d', [1])); t(lambda: array('f', [0.1])); t(lambda: array('i', [1]) * 3); t(lambda: 2 * array('b', [1,2])); t(lambda: array('i', [1]) < array('i', [2])); t(lambda: array('i',[1]) == array('d',[1.0]))
print(m.typecodes, m.ArrayType)
t(lambda: array('i',[1]) + 5)
t(lambda: array('i', [2**40]))
t(lambda: array('b', ['a']))
t(lambda: array('i', [None]))
t(lambda: array('d', [None]))
t(lambda: array('Q', [-1]))
t(lambda: array('i', [1,2]).buffer_info()[1])
a = array('i', range(10))
print(a, len(a), a[2], a[-1], a[2:5], a[::3], a[::-1], 5 in a, 50 in a, list(a), a.tolist())
a.append(10); a.extend([11, 12]); a.extend(array('i', [13])); a.insert(0, -1); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a.count(3), a.index(4))
a.remove(3); a.reverse(); print(a)
a[0] = 42; a[1:3] = array('i', [7, 7, 7]); del a[4]; del a[::2]; print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
t(lambda: a.__setitem__(slice(None, None, 2), array('i', [1])))
b = array('h', [1, 256, -2])
print(b.tobytes(), b.itemsize, b.typecode)
b.byteswap(); print(b)
c = array('h'); c.frombytes(b'\x01\x00\x02\x00'); print(c)
d = array('d', [1.5, -2.25]); print(d.tobytes(), d * 2, d + d, d == array('d', [1.5, -2.25]), d != d, d >= d)
d += array('d', [3.0]); d *= 2; print(d)
u = array('u', 'hello'); print(u, u.tounicode(), u[1], u.tobytes()[:8]); u.fromunicode('!'); print(u)
print(array('f', [1, 2.5]), array('B', b'abc'), array('b', bytearray(b'\xff\x01')))
print(array('i', array('b', [1, 2])), array('d', array('i', [3])))
import pickle, copy
for p in range(6):
    for arr in [array('i', [1, 2]), array('d'), array('u', 'ab'), array('B', [255])]:
        s = pickle.dumps(arr, p)
        print(p, s, pickle.loads(s))
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
print(sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])), max(array('b', [1, -5, 9])))
class MyArr(array):
    pass
ma = MyArr('i', [1, 2]); print(ma, type(ma[0:1]).__name__, isinstance(ma, array))
t(lambda: array('i', [1, 2]).index(2, 0, 1))
t(lambda: hash(array('i')))
t(lambda: array('i', [1])[1.5])
