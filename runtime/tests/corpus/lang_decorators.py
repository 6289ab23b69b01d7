# Decorators: simple, with arguments, stacked, class decorators, decorators on methods.

def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {sorted(kwargs.items())}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=2):
    return a + b

add(1)
add(1, b=5)
print(add.__name__, add.__wrapped__(3, 4))

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return deco

@tag("a")
@tag("b")
@tag("c")
def base():
    return "x"
print(base())
print(order)

# class decorator
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass
print(sorted(registry), Foo.registered)

# decorator returning a non-function
def to_value(fn):
    return fn()

@to_value
def computed():
    return sum(range(10))
print(computed)

# decorator with state
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop(x):
    return x
for i in range(7):
    noop(i)
print("calls", noop.calls)

# decorating methods
class Calc:
    def __init__(self, base):
        self.base = base
    def __repr__(self):
        return f"Calc({self.base})"
    @trace
    def mul(self, k):
        return self.base * k
    @staticmethod
    @count_calls
    def stat(v):
        return v + 1
    @classmethod
    def make(cls, v):
        return cls(v)

c = Calc.make(6)
c.mul(7)
print(Calc.stat(1), Calc.stat(2), c.stat(3))

# arbitrary expressions as decorators (3.9+)
decos = {"double": lambda f: lambda x: f(x) * 2}
@decos["double"]
def ident(x):
    return x
print(ident(21))

@(lambda f: lambda: f() + "!")
def shout():
    return "hey"
print(shout())

# decorator that validates types
def typed(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@typed(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError", e)

# property-like decorator built by hand
def once(fn):
    done = []
    def wrapper():
        if not done:
            done.append(fn())
        return done[0]
    return wrapper

@once
def expensive():
    print("computing...")
    return 99
print(expensive(), expensive(), expensive())
