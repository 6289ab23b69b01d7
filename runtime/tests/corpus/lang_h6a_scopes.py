# Closures, nonlocal, global, comprehension scopes, default args, late binding.
counter_total = 0

def make_counter(start=0, step=1):
    count = start
    def inc(by=None):
        nonlocal count
        global counter_total
        count += step if by is None else by
        counter_total += 1
        return count
    def get():
        return count
    inc.get = get
    return inc

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(5), c2(), c1.get(), c2.get(), counter_total)
print(c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars, make_counter.__code__.co_cellvars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        def g():
            nonlocal x
            x += 10
            return x
        return g(), x
    return f(), x
print(shadow())

def default_mutable(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_mutable(1), default_mutable(2), default_mutable(3, []), default_mutable.__defaults__)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 5
    return y
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()

x = 10
class Scope:
    x = 20
    y = [x for _ in range(2)]
    z = (lambda: x)()
    w = [i + x for i in range(2)] if False else None
    def meth(self):
        return x
print(Scope.y, Scope.z, Scope().meth())

n = 5
sq = [n * n for n in range(4)]
print(n, sq)
print({k: [v for v in range(k)] for k in range(4)})
print([(a, b) for a in range(3) for b in range(a)])
print([[j for j in range(i)] for i in range(4)])
g = (y * 2 for y in range(3))
print(list(g))

if (m := len("walrus")) > 3:
    print("walrus", m)
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
def walrus_in_comp():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(walrus_in_comp())

def gen_global():
    global new_global
    new_global = "created"
gen_global()
print(new_global)

def deep(n):
    return n if n == 0 else deep(n - 1) + 1
print(deep(200))

def make_adders():
    return {name: (lambda v, k=k: v + k) for name, k in [("one", 1), ("ten", 10)]}
adders = make_adders()
print(adders["one"](5), adders["ten"](5))

def kwonly(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(kwonly(1, c=3), kwonly(1, 2, 3, 4, c=5, e=6, f=7))
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, c=3, d=4), posonly(1, 2, 3, d=4))
for call in [lambda: posonly(a=1, b=2, c=3, d=4), lambda: kwonly(1), lambda: kwonly(), lambda: posonly(1, 2, 3, 4), lambda: kwonly(1, c=2, a=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def star(*args, **kwargs):
    return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}), star(*"ab", x=1))
try:
    star(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    star(**{1: 2})
except TypeError as e:
    print("TypeError", e)
print(kwonly.__code__.co_argcount, kwonly.__code__.co_kwonlyargcount, kwonly.__kwdefaults__, posonly.__code__.co_posonlyargcount)
