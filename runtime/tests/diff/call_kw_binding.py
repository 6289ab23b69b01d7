# Keyword calls: binding by name (the fast binder and its fallback), defaults changed at
# run time, keyword names made at run time, and every binding error's message.


def f(a, b=1, *, c=2, d):
    return (a, b, c, d)


def g(a, /, b, c=3):
    return (a, b, c)


def h(a, *args, k=0, **kw):
    return (a, args, k, sorted(kw.items()))


class C:
    def m(self, x, y=10, *, z=100):
        return (x, y, z)

    def __init__(self, p, q=5):
        self.p = p
        self.q = q


def attempt(fn, *a, **k):
    try:
        return fn(*a, **k)
    except TypeError as e:
        return "TypeError: " + str(e)


out = []
for i in range(80):
    r = [
        f(i, d=4),
        f(i, 2, d=4),
        f(i, c=7, d=8),
        f(d=9, a=i),
        f(i, b=5, d=6),
        g(i, b=2),
        g(i, 2, c=9),
        h(i, k=1),
        h(i, 1, 2, k=3, extra=4),
        C().m(i, z=1) if False else None,
        C(i, q=2).q,
        C(p=i).p,
        sorted([3, 1, 2], key=lambda v: -v, reverse=True),
    ]
    obj = C(1)
    r.append(obj.m(i, z=1))
    r.append(obj.m(x=i, y=2))
    r.append(C.m(obj, i, y=3))
    out.append(r)
print(out[0])
print(out[-1])

name = "".join(["d"])  # a keyword name made at run time
print(f(1, **{name: 5}))
print(f(1, **{"c": 3, "d": 4}))
print(attempt(f, 1))
print(attempt(f, 1, d=1, e=2))
print(attempt(f, 1, 2, 3, d=1))
print(attempt(f, 1, a=2, d=3))
print(attempt(f, b=2, d=3))
print(attempt(g, a=1, b=2))
print(attempt(g, 1, a=1, b=2))
print(attempt(g, 1))
print(attempt(C(1).m, 1, x=2))
print(attempt(C(1).m, y=2))
print(attempt(C, q=1))


def k(a, b=2, *, c=3):
    return (a, b, c)


for i in range(60):
    k(i, c=i)
k.__defaults__ = (20,)
k.__kwdefaults__ = {"c": 30}
print(k(1), k(1, c=4), k(1, b=5))
k.__kwdefaults__ = None
print(attempt(k, 1))
print(attempt(k, 1, c=9))
k.__defaults__ = None
print(attempt(k, 1, c=9))
print(attempt(k, a=1, c=9))


def many(a, b, c, d, e, f, g=7, *, h=8, i=9):
    return a + b + c + d + e + f + g + h + i


tot = 0
for n in range(200):
    tot += many(1, 2, 3, d=4, e=5, f=6, i=n)
print(tot)
