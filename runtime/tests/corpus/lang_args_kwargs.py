# *args, **kwargs, defaults, keyword-only, positional-only and their errors.
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={sorted(kw.items())}"

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(c=0, a=9))
print(f(1, 2, d=0, c=1, z=2, y=1))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def errors(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

errors(f)
errors(f, 1)
errors(f, 1, 2, 3)
errors(f, 1, a=2, c=3)
errors(pos_only, a=1, b=2, c=3, d=4)
errors(pos_only, 1, 2, 3, 4)
errors(pos_only, 1, 2, 3)
errors(pos_only, 1, 2, d=5)

def g(x, y):
    return x - y
errors(g, 1, 2, 3)
errors(g, 1, y=2, z=3)
errors(g, 1)
errors(g)
errors(g, y=1)

def h(*, only):
    return only
errors(h, 1)
print(h(only="yes"))

def no_args():
    return "none"
errors(no_args, 1)
errors(no_args, x=1)

def kw_only_many(*, a, b, c):
    pass
errors(kw_only_many)
errors(kw_only_many, a=1)

def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1))
print(defaults(2))
print(defaults(3, []))
print(defaults.__defaults__)

def kwdefaults(*, x=1, y=2):
    return x, y
print(kwdefaults.__kwdefaults__, kwdefaults(y=5))

# kwargs with names that are positional-only params
def po(a, /, **kw):
    return a, kw
print(po(1, a=2))

# passing dict with non-str keys
def any_kw(**kw):
    return kw
try:
    any_kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(any_kw(**{"a-b": 1, "class": 2}))

# argument order evaluation
order = []
def t(v):
    order.append(v)
    return v
def four(a, b, c, d):
    return a + b + c + d
print(four(t(1), *[t(2)], c=t(3), **{"d": t(4)}), order)

# varargs receive a tuple
def va(*a):
    return type(a).__name__, a
print(va(), va(1), va(*"xy"))

# method call argument errors include qualified name
class C:
    def m(self, a):
        return a
errors(C().m)
errors(C().m, 1, 2)
errors(C.m, 1)
