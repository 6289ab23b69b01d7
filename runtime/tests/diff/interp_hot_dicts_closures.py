"""Hot-loop forms: dict items by key (hit, KeyError, __eq__ raising, dict subclass), set and\ndict comprehension adds, negation, closures and cells, builtin type calls."""
import sys
def f():
    out = []
    for k in range(70):
        d = {}
        s = set()
        for i in range(10):
            d[i] = -i
            d["k%d" % (i % 3)] = d[i]
            s.add(i % 4)
        out.append((len(d), sum(d.values()), d["k1"], sorted(s)))
        try:
            d["missing"]
        except KeyError as e:
            m = repr(e)
        x = -k
        y = -(k * 0.5)
        z = {i: -i for i in range(5)}
        w = {i % 3 for i in range(9)}
        def inner(a):
            return a + k
        out.append((x, y, z, w, inner(1)))
    return out, m
r, m = f()
print(r[-2:], m)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq!")
def g():
    for k in range(70):
        d = {K(): 1}
        try:
            d[K()]
        except ValueError as e:
            msg = str(e)
        try:
            d[K()] = 2
        except ValueError as e:
            msg2 = str(e)
    return msg, msg2
print(g())
def h():
    res = []
    for k in range(70):
        res = [int("5"), str(k), tuple([1, 2]), float("1.5"), bool(k), list((1,)), len(str(k))]
        try:
            int("x")
        except ValueError as e:
            m = str(e)
    return res, m
print(h())
class Neg:
    def __neg__(self): return "negated"
def n():
    for i in range(70):
        a = -Neg()
        b = -True
        c = -(2**70)
    return a, b, c
print(n())
def cl():
    total = 0
    for i in range(70):
        v = i
        def add(x):
            nonlocal v
            v += x
            return v
        total += add(1)
    return total
print(cl())
class D(dict):
    def __getitem__(self, k): return "sub"
def sub():
    for i in range(70):
        dd = D(a=1) if i > 60 else {"a": 1}
        r = dd["a"]
    return r
print(sub())
