# closures, decorators, nonlocal, default args, recursion via closures
import functools

def counter_factory():
    counts = {}
    def make(name):
        n = 0
        def inc(step=1):
            nonlocal n
            n += step
            counts[name] = n
            return n
        def reset():
            nonlocal n
            old, n = n, 0
            return old
        inc.reset = reset
        return inc
    return make, counts

make, counts = counter_factory()
a, b = make('a'), make('b')
for i in range(150):
    a(); b(2) if i % 3 == 0 else None
print(a(), b(), a.reset(), a(), counts)

funcs = [lambda x, i=i: x + i for i in range(5)]
late = [lambda x: x + i for i in range(5)]
print([f(10) for f in funcs], [f(10) for f in late])

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        wrapper.hits = getattr(wrapper, 'hits', 0) + (0 if args not in cache else 0)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(60, 60), len(ways.cache), ways.__name__, ways.__wrapped__.__name__)

def trace(prefix):
    def deco(fn):
        depth = [0]
        log = []
        @functools.wraps(fn)
        def w(*a):
            log.append(f"{'  ' * depth[0]}{prefix}{fn.__name__}{a}")
            depth[0] += 1
            try:
                return fn(*a)
            finally:
                depth[0] -= 1
        w.log = log
        return w
    return deco

@trace('> ')
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
print('\n'.join(gcd.log))

def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl, inc)(5), compose()(7), compose(*[inc] * 100)(0))

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        x_local = inner()
        return x_local
    r1 = mid()
    x = 'changed'
    return r1, mid()
print(outer())

def cell_loop():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 'final'
    return [f() for f in fs]
print(cell_loop())

x = 'global'
def shadow():
    print(x)
shadow()
def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    y_local = 1
unbound()
def unbound_free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(unbound_free())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(i) for i in range(10)], total
print(gen_closure())
class K:
    v = 'class-v'
    items = [v for _ in range(2)] if False else None
    def m(self):
        return v if False else K.v
print(K().m())
def kwonly(*, a, b=2, **rest):
    return a, b, sorted(rest.items())
print(kwonly(a=1), kwonly(b=3, a=0, z=9, y=8))
def star(*args, sep='-'):
    return sep.join(map(str, args))
print(star(1, 2, 3), star(*'abc', sep='+'), star())
print((lambda *a, **k: (a, k))(1, *[2, 3], x=1, **{'y': 2}))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(30), (lambda f: f(f, 10))(lambda s, n: 1 if n == 0 else n * s(s, n - 1)))
print(ways.__code__.co_name, ways.__wrapped__.__code__.co_varnames, gcd.__closure__ is not None, len(counter_factory.__code__.co_cellvars))
