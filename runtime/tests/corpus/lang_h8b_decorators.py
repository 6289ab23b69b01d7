"""Decorator toolbox: retries, validation, timing-free profiling, class decorators."""
import functools
import inspect


def trace(prefix=""):
    def deco(fn):
        depth = [0]

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            arglist = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix}{'  ' * depth[0]}-> {fn.__name__}({', '.join(arglist)})")
            depth[0] += 1
            try:
                result = fn(*args, **kwargs)
            except Exception as e:
                print(f"{prefix}{'  ' * (depth[0] - 1)}!! {type(e).__name__}: {e}")
                raise
            finally:
                depth[0] -= 1
            print(f"{prefix}{'  ' * depth[0]}<- {result!r}")
            return result
        wrapper.calls = depth
        return wrapper
    return deco


@trace("|")
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18), gcd.__name__, gcd.__wrapped__.__name__)


def retry(times, exceptions=(Exception,), on_retry=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    if on_retry:
                        on_retry(attempt, e)
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


class Flaky:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.calls = 0

    @retry(3, (ConnectionError,), on_retry=lambda n, e: print(f"  retry {n}: {e}"))
    def fetch(self, key):
        self.calls += 1
        if self.calls <= self.fail_times:
            raise ConnectionError(f"attempt {self.calls} for {key}")
        return f"value-of-{key}"


print(Flaky(2).fetch("a"))
try:
    Flaky(5).fetch("b")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def typechecked(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = fn.__annotations__.get(name)
            if isinstance(ann, type) and not isinstance(value, ann):
                raise TypeError(f"{fn.__name__}() argument {name!r} must be {ann.__name__}, "
                                f"not {type(value).__name__}")
        result = fn(*args, **kwargs)
        ret = fn.__annotations__.get("return")
        if isinstance(ret, type) and not isinstance(result, ret):
            raise TypeError(f"{fn.__name__}() returned {type(result).__name__}")
        return result
    return wrapper


@typechecked
def scale(values: list, factor: float = 1.0, *, label: str = "x") -> list:
    return [v * factor for v in values] if label != "bad" else "oops"


print(scale([1, 2], 2.5))
print(scale([1], factor=0.5, label="y"))
for call in [lambda: scale((1, 2)), lambda: scale([1], 2), lambda: scale([1], label=3),
             lambda: scale([1], label="bad"), lambda: scale(), lambda: scale([1], 1.0, 2.0)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(i) for i in range(15)], len(partitions.cache))


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self, **kw):
        self.kw = kw

s1 = Settings(a=1)
s2 = Settings(b=2)
print(s1 is s2, s1.kw, Settings.__name__, Settings.__wrapped__.__name__)


def add_repr(cls):
    fields = list(inspect.signature(cls.__init__).parameters)[1:]

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


REG = {}


@register(REG)
@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


@register(REG)
@add_repr
class Label:
    def __init__(self, text):
        self.text = text


print(Point(1, 2), Label("hi"), sorted(REG), REG["point"](5))


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class Greeter:
    def __init__(self, name):
        self.name = name

    @CountCalls
    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("ann")
print(g.greet("bob"), g.greet("cid"), Greeter.greet.count, Greeter.greet.__name__)


@CountCalls
def square(x):
    """Square a number."""
    return x * x

print([square(i) for i in range(5)], square.count, square.__doc__)


def stacked(*decos):
    def apply(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return apply


def upper(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a).upper()
    return w


def exclaim(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a) + "!"
    return w


@stacked(exclaim, upper)
def hello(name):
    return f"hello {name}"

print(hello("world"), hello.__name__, hello.__wrapped__.__wrapped__("x"))


class classproperty:
    def __init__(self, fget):
        self.fget = fget

    def __get__(self, obj, owner):
        return self.fget(owner)


class Version:
    _parts = (3, 11, 4)

    @classproperty
    def string(cls):
        return ".".join(map(str, cls._parts))

    @staticmethod
    def parse(s):
        return tuple(int(p) for p in s.split("."))

    @classmethod
    def newer(cls, s):
        return cls.parse(s) > cls._parts

print(Version.string, Version().string, Version.parse("1.2.3"), Version.newer("3.12.0"), Version.newer("3.9"))
sm = Version.__dict__["parse"]
cm = Version.__dict__["newer"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, callable(sm))
print(cm.__get__(None, Version)("4.0"))


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
fns = [lambda i=i: i * i for i in range(4)]
late = [lambda: i for i in range(4)]
print([f() for f in fns], [f() for f in late])
