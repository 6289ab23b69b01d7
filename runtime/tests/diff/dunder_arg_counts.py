# Bound calls with the receiver put in front of 0 to 5 arguments: dunders that the
# protocol calls (len, getitem, setitem, exit, pow with a modulus, ...), __init__ and
# __new__ with positional and keyword arguments, and errors raised from inside them.


class Box:
    def __init__(self, *items, scale=1):
        self.items = [i * scale for i in items]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __pow__(self, e, mod=None):
        return [pow(i, e, mod) if mod else i**e for i in self.items]

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError

    def __mul__(self, k):
        return Box(*self.items, scale=k)

    def __rmul__(self, k):
        return self * k

    def __call__(self, a, b, c, d, e=0):
        return a + b + c + d + e


class Pair:
    def __new__(cls, a, b=2, *rest, **kw):
        o = super().__new__(cls)
        o.sum = a + b + sum(rest) + sum(kw.values())
        return o

    def __init__(self, a, b=2, *rest, **kw):
        self.n = 2 + len(rest) + len(kw)


for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (1, 2, 3, 4, 5)]:
    b = Box(*args)
    print(len(b), b.items, (b * 2).items, (3 * b).items)
for i in range(200):
    b = Box(1, 2, 3, scale=i % 3)
    b[1] = b[0] + b[2]
print("indexing", b.items, b ** 2, pow(b, 3, 5))
with Box() as bx:
    print("inside", len(bx))
with Box(1) as bx:
    raise KeyError("swallowed")
try:
    with Box(1) as bx:
        raise ValueError("passes")
except ValueError as e:
    print("escaped", e)
print("call", Box()(1, 2, 3, 4), Box()(1, 2, 3, 4, e=5))
for args, kw in [((1,), {}), ((1, 5), {}), ((1, 2, 3), {}), ((1, 2, 3, 4, 5), {"k": 10}), ((1,), {"b": 7})]:
    p = Pair(*args, **kw)
    print("pair", p.sum, p.n)
try:
    Pair()
except TypeError as e:
    print("TypeError", e)
try:
    Box()[0]
except IndexError as e:
    print("IndexError", e)
