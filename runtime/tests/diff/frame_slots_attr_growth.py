# Frames fill their locals past the arguments with straight-line stores for a few slots
# and a bulk clear for more; `*args`/`**kwargs` frames take the same path. Instances
# size their attribute storage from the longest shape seen, and `__dict__` is built at
# its final size from the shape.

def one(a):
    return a

def two(a, b):
    c = a + b
    return c

def unbound_late(a):
    if a:
        x = 1
    return x

def many(a, b, c, d, e, f):
    g = a + b + c + d + e + f
    h = g * 2
    return g, h

def many_locals(a):
    b = c = d = e = f = g = h = a
    return a + b + c + d + e + f + g + h

def va(a, b=2, *args, **kw):
    x = a + b
    return x, args, sorted(kw.items())

def va_only(*args):
    n = len(args)
    return n, args

def kw_only(**kw):
    return sorted(kw)

def va_locals(a, *rest):
    p = q = r = s = t = None
    return a, rest, p, q, r, s, t

for i in range(60):
    r = (one(i), two(i, 1), many(1, 2, 3, 4, 5, i), many_locals(i),
         va(i), va(i, 3), va(i, 3, 4, 5), va(i, k=1), va_only(), va_only(i, i),
         kw_only(), kw_only(z=1, a=2), va_locals(i), va_locals(i, 1, 2, 3, 4, 5, 6))
    if i % 20 == 0:
        print(r)
    try:
        unbound_late(i % 2)
    except UnboundLocalError as e:
        if i < 4:
            print("unbound:", e)

class Rec:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "a%d" % k, k * n)

class Wide:
    def __init__(self, i):
        self.name = i
        self.msg = "m%d" % i
        self.args = (i,)
        self.level = 10
        self.lineno = i * 2
        self.func = None
        self.created = 1.5
        self.thread = 1
        self.tname = "Main"
        self.process = 7
        self.extra = [i]

for i in range(40):
    w = Wide(i)
    if i % 13 == 0:
        d = w.__dict__
        print(len(d), list(d)[:4], d["msg"], d["extra"], w.msg)
        w.more = 5
        d["late"] = 6
        print(sorted(vars(w))[:3], w.late, w.more, "%(name)s:%(msg)s:%(level)d" % d)
        del w.name
        print(hasattr(w, "name"), len(w.__dict__))

# Shapes that share a prefix but grow to different lengths.
for n in (1, 3, 9, 2, 30, 5, 70):
    r = Rec(n)
    vals = [getattr(r, "a%d" % k) for k in range(n)]
    print(n, sum(vals), len(vars(r)), list(vars(r))[-1])

# Attributes added outside __init__, after the instance was built.
class Late:
    pass
objs = [Late() for _ in range(5)]
for j, o in enumerate(objs):
    for k in range(j * 4):
        setattr(o, "x%d" % k, k)
    o.tail = j
print([len(vars(o)) for o in objs], [o.tail for o in objs], objs[4].x15)
