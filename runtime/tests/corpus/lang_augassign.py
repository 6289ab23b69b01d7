# Augmented assignment: all operators, __iadd__ vs __add__ fallback, aliasing.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
c = [1]
c *= 3
print(c)
c += "xy"
print(c)
try:
    c = c + "xy"
except TypeError as e:
    print("TypeError", e)

class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__")
        return Plain(self.v + o)
    def __repr__(self): return f"Plain({self.v})"

class InPlace(Plain):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self

class NotImpl(Plain):
    def __iadd__(self, o):
        print("__iadd__ -> NotImplemented")
        return NotImplemented

class RAdd:
    def __radd__(self, o):
        print("__radd__")
        return "radd result"

p = Plain(1); q = p
p += 1
print(p, q, p is q)
p = InPlace(1); q = p
p += 1
print(p, q, p is q)
p = NotImpl(1); q = p
p += 1
print(p, q, p is q)
z = 5
z += RAdd()
print(z)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)

# augmented assignment on subscripts and attributes evaluates target once
calls = []
class Box:
    def __init__(self): self._d = {"k": 1}
    def __getitem__(self, k):
        calls.append(("get", k)); return self._d[k]
    def __setitem__(self, k, v):
        calls.append(("set", k, v)); self._d[k] = v
def key():
    calls.append("key()")
    return "k"
bx = Box()
bx[key()] += 10
print(calls, bx._d)

class Attr:
    n = 0
o = Attr()
o.n += 1
print(o.n, Attr.n)
Attr.n += 100
print(o.n, Attr.n)

d = {}
d.setdefault("list", []).append(1)
d["count"] = d.get("count", 0) + 1
d["count"] += 1
print(d)
lst = [[0]]
lst[0][0] += 5
print(lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tup)
f = 1.5
f //= 0.4; print(f)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
m = 2
m **= -1; print(m)
mat = 3
try:
    mat @= 2
except TypeError as e:
    print("TypeError", e)
try:
    undefined_name += 1
except NameError as e:
    print("NameError", e)
