import functools
import inspect

calls = []

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.traced = True
    return wrapper

def retry(times=2, exceptions=(ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {fn.__qualname__} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        wrapper.retries = times
        return wrapper
    return deco

def validate(**checks):
    def deco(fn):
        sig = inspect.signature(fn)
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, check in checks.items():
                if not check(bound.arguments[name]):
                    raise ValueError(f"bad {name}={bound.arguments[name]!r}")
            return fn(*bound.args, **bound.kwargs)
        return wrapper
    return deco

state = {"n": 0}

@traced
@retry(times=3)
@validate(x=lambda v: v >= 0)
def flaky(x, scale=2, *, offset=0):
    """Fails until the third call."""
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"flake #{state['n']}")
    return x * scale + offset

print(flaky(5, offset=1))
print(flaky.__name__, flaky.__doc__, flaky.__qualname__, flaky.traced, flaky.retries)
print(flaky.__wrapped__.__name__, flaky.__wrapped__.__wrapped__.__wrapped__.__code__.co_name)
print(inspect.signature(flaky), inspect.unwrap(flaky) is flaky.__wrapped__.__wrapped__.__wrapped__)
print(sorted(k for k in vars(flaky)))
try:
    flaky(-1)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    flaky(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    flaky(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
print(calls)

# decorator on methods, classmethod, staticmethod stacking
class Service:
    prefix = "svc"
    @traced
    def handle(self, req):
        return f"{self.prefix}:{req}"
    @classmethod
    @traced
    def create(cls):
        return cls()
    @staticmethod
    @traced
    def helper(a, b):
        return a + b
    @property
    @traced
    def status(self):
        return "ok"

s = Service.create()
print(s.handle("ping"), Service.helper(1, 2), s.status, calls[-4:])
print(Service.handle.__qualname__, Service.__dict__["create"].__func__.__qualname__, Service.helper.__wrapped__.__qualname__)
print(inspect.signature(Service.handle), inspect.signature(s.handle), inspect.signature(Service.create))

# class-based decorator with descriptor protocol
class memoize:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.__wrapped__(*args)
        return self.cache[args]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

class Math:
    @memoize
    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)

m = Math()
print(m.fib(30), len(Math.fib.cache), Math.fib.__name__, type(m.fib).__name__)

@memoize
def slow_square(n):
    """Square it."""
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache, slow_square.__doc__)

# wraps with assigned/updated customization
def quiet(fn):
    @functools.wraps(fn, assigned=("__name__",), updated=())
    def w(*a):
        return fn(*a)
    return w
@quiet
def loud():
    "doc"
    return 1
print(loud.__name__, loud.__doc__, loud.__qualname__.split(".")[-1], hasattr(loud, "__wrapped__"))

# lru_cache / cache introspection
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info(), sq.__wrapped__(9), sq.__name__)
sq.cache_clear()
print(sq.cache_info())

# singledispatch
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(sorted(k.__name__ for k in describe.registry))

# partialmethod and partial repr
class Light:
    def set(self, state, level=100):
        return f"{state}@{level}"
    on = functools.partialmethod(set, "on")
    off = functools.partialmethod(set, "off", level=0)
print(Light().on(), Light().off(), Light().on(level=5))
p = functools.partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords)
