import inspect
import functools
import contextlib
import asyncio

def here():
    """Name and line of the caller, as a debug helper would print it."""
    frame = inspect.stack()[1]
    return f"{frame.function}:{frame.lineno}"

def trace_calls(fn):
    sig = inspect.signature(fn)
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        shown = ", ".join(f"{k}={v!r}" for k, v in bound.arguments.items())
        result = fn(*args, **kwargs)
        print(f"{fn.__qualname__}({shown}) -> {result!r}")
        return result
    return wrapper

@trace_calls
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"

area(3)
area(2, 5, unit="cm")
print(here(), inspect.getsource(area).splitlines()[0] if False else "", area.__wrapped__.__name__)

def outer():
    def inner():
        return [f.function for f in inspect.stack()[:3]]
    return inner()
print(outer())

def gen_numbers(n):
    for i in range(n):
        yield i * i
g = gen_numbers(3)
states = [inspect.getgeneratorstate(g)]
next(g)
states.append(inspect.getgeneratorstate(g))
states.append(sorted(inspect.getgeneratorlocals(g).items()))
list(g)
states.append(inspect.getgeneratorstate(g))
print(states)

counter = 0
def make_adder(step):
    def add(x):
        return x + step + counter + len([])
    return add
cv = inspect.getclosurevars(make_adder(5))
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)

class Config:
    debug = False
    def __init__(self):
        self.name = "cfg"
    @property
    def label(self):
        return self.name.upper()
    def __getattr__(self, item):
        return f"<missing {item}>"
c = Config()
print(c.whatever, inspect.getattr_static(c, "whatever", "no such attribute"), type(inspect.getattr_static(c, "label")).__name__, inspect.getattr_static(c, "name"))

@contextlib.contextmanager
def section(title):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")

@section("report")
def report(items):
    """Print items."""
    for i in items:
        print(" -", i)
report(["a", "b"])
print(report.__name__, report.__doc__)

@contextlib.asynccontextmanager
async def timed(label):
    print("start", label)
    yield label
    print("stop", label)

@timed("job")
async def job(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print(await job(21))
    async with timed("block") as t:
        print("inside", t)
asyncio.run(main())
def show_args(a, b=2, *rest, **opts):
    info = inspect.getargvalues(inspect.currentframe())
    return inspect.formatargvalues(*info)
print(show_args(1, 2, 3, x=4))
print([name for name, _ in inspect.getmembers(Config, inspect.isfunction)], inspect.isabstract(Config))
