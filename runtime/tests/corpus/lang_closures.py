# Closures: cell variables, late binding, nonlocal counters, closures over loop vars.

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

# late binding in loops
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

# binding with default argument
funcs = [lambda i=i: i * i for i in range(5)]
print([f() for f in funcs])

# closure over closure
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3), outer("a")("b")("c"))

# cell shared between two closures
def pair():
    value = []
    def push(v):
        value.append(v)
        return len(value)
    def pop():
        return value.pop()
    return push, pop

push, pop = pair()
print(push(1), push(2), push(3), pop(), pop(), push(9), pop(), pop())

# __closure__ contents
def adder(n):
    def add(m):
        return n + m
    return add

a5 = adder(5)
print(a5(10), len(a5.__closure__), a5.__closure__[0].cell_contents)
print(a5.__code__.co_freevars, adder.__code__.co_cellvars)

def no_closure(x):
    return x
print(no_closure.__closure__)

# rebinding the variable after creating the closure
def late():
    x = 1
    def f():
        return x
    x = 2
    r1 = f()
    x = 3
    return r1, f()
print(late())

# closure capturing a variable assigned later in the enclosing scope
def forward():
    def f():
        return y * 2
    y = 21
    return f()
print(forward())

# accumulator generator
def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = accumulator()
for v in [1, 2, 3, 4, 5]:
    print("acc", v, acc(v))

# memoisation via closure
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib(60), fib.calls[0])

# closures in comprehensions capture the comprehension variable
fs = [(lambda: k) for k in "abc"]
print([f() for f in fs])

# nested nonlocal through two levels
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = v + "+L3"
            return v
        return level3()
    r = level2()
    return r, v
print(level1())

# unbound free variable
def broken():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return g()
print(broken())
