"""Specialised calls that leave parameters to their defaults: values, mutable defaults,\ncells, __init__ and methods, __defaults__ replaced or removed after the sites warmed."""
def f(a, b=2, c=3):
    return a + b * 10 + c * 100
def g(a, b=[]):
    b.append(a)
    return len(b)
def cellarg(a, b=5):
    def inner():
        return a + b
    return inner()
class P:
    def __init__(self, x, y=7):
        self.x = x; self.y = y
    def m(self, k=1):
        return self.x * k + self.y
r = []
for i in range(80):
    r.append((f(1), f(1, 4), f(1, 4, 5), g(i), cellarg(i), P(i).y, P(i, 1).m(), P(2).m(3)))
print(r[-1])
f.__defaults__ = (9, 8)
print(f(1), f(1, 0))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
def kw(a, b=1, *, c=2):
    return a + b + c
for i in range(80):
    x = kw(1)
print(x)
def nd(a, b):
    return a
for i in range(80):
    try:
        nd(1)
    except TypeError as e:
        m = str(e)
print(m)
