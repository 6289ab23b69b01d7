# Exact tuples keep their items inline, subclass instances in a boxed slice: both kinds
# made, read, hashed, collected and freed in bulk.
import gc, collections, sys
class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
P = collections.namedtuple("P", "x y z")
res = []
for i in range(20000):
    t = tuple(range(i % 17))
    u = (i, str(i), [i])
    s = T(i, i + 1)
    s.extra = i
    p = P(i, i * 2, (i, i))
    d = {(i, j): j for j in range(3)}
    pairs = list(d.items())
    e = list(enumerate("ab"))
    q, r = divmod(i, 7)
    res.append((len(t), u[1], s[1], s.extra, p.z[1], pairs[-1], e[-1], q + r, hash((i, "a")) == hash((i, "a"))))
a = []; b = (a,); a.append(b)
del a, b
print(gc.collect() >= 1)
print(res[-1], res[123], len(res))
print(t[2:5], t[::-1][:3], t + (1,), (1, 2) * 3, () == tuple(), type(s[0:1]))
print(sorted({(1, 2), (0, 5), (1, 1)}), max((3, "a"), (3, "b")))
x = tuple(i for i in range(100000)); print(len(x), x[-1], sys.getrefcount(x) > 0)
