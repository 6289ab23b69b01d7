"""A tiny plugin registry that inspects callbacks through code and function attributes."""
import asyncio
import inspect
import types

CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GEN = 0x04, 0x08, 0x20, 0x80, 0x200


def classify(fn):
    co = fn.__code__
    kinds = []
    if co.co_flags & CO_GENERATOR:
        kinds.append("generator")
    if co.co_flags & CO_COROUTINE:
        kinds.append("coroutine")
    if co.co_flags & CO_ASYNC_GEN:
        kinds.append("async-generator")
    if co.co_flags & CO_VARARGS:
        kinds.append("*args")
    if co.co_flags & CO_VARKEYWORDS:
        kinds.append("**kwargs")
    return kinds or ["plain"]


def arg_names(fn):
    co = fn.__code__
    n = co.co_argcount + co.co_kwonlyargcount
    names = list(co.co_varnames[:n])
    if co.co_flags & CO_VARARGS:
        names.append("*" + co.co_varnames[n])
        n += 1
    if co.co_flags & CO_VARKEYWORDS:
        names.append("**" + co.co_varnames[n])
    return names


registry = {}


def plugin(name=None, **options):
    def register(fn):
        key = name or fn.__name__
        registry[key] = (fn, options)
        fn.plugin_name = key
        return fn
    return register


@plugin(priority=1)
def on_start(config, verbose=False, *, retries=3):
    return f"start {config} v={verbose} r={retries}"


@plugin("tick")
def ticker(limit):
    for i in range(limit):
        yield i * i


@plugin()
async def fetch(url, *headers, timeout: float = 1.0, **extra) -> str:
    await asyncio.sleep(0)
    return f"GET {url} {headers} {timeout} {sorted(extra)}"


@plugin()
async def stream(n):
    for i in range(n):
        yield i


def make_counter(start, step=1):
    total = start
    history = []

    @plugin("counter")
    def bump():
        nonlocal total
        total += step
        history.append(total)
        return total
    return bump


counter = make_counter(10, step=5)

for key in sorted(registry):
    fn, opts = registry[key]
    co = fn.__code__
    print(f"{key}: {fn.__qualname__} kinds={classify(fn)} args={arg_names(fn)} opts={opts}")
    print(f"   argcount={co.co_argcount} kwonly={co.co_kwonlyargcount} posonly={co.co_posonlyargcount} nlocals={co.co_nlocals}")
    print(f"   varnames={co.co_varnames} freevars={co.co_freevars} cellvars={co.co_cellvars}")
    print(f"   defaults={fn.__defaults__} kwdefaults={fn.__kwdefaults__} annotations={fn.__annotations__}")
    print(f"   predicates gen={inspect.isgeneratorfunction(fn)} coro={inspect.iscoroutinefunction(fn)} agen={inspect.isasyncgenfunction(fn)}")
    print(f"   attrs={sorted(k for k in vars(fn))} module={fn.__module__} name-match={fn.__name__ == co.co_name}")

print(counter(), counter())
cells = dict(zip(counter.__code__.co_freevars, (c.cell_contents for c in counter.__closure__)))
print("closure:", cells)
counter.__closure__[counter.__code__.co_freevars.index("total")].cell_contents = 0
print("after reset:", counter(), cells["history"])

print(on_start("cfg"))
on_start.__defaults__ = (True,)
on_start.__kwdefaults__ = {"retries": 9}
print(on_start("cfg"))
print(inspect.signature(on_start))
print(list(ticker(4)))
g = ticker(3)
print(type(g).__name__, g.__name__, g.gi_code is ticker.__code__, inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))


async def main():
    print(await fetch("/a", "h1", timeout=2, z=1, a=2))
    print([x async for x in stream(3)])
    c = fetch("/b")
    print(type(c).__name__, inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
    print(await c)
    print(inspect.getcoroutinestate(c))
    ag = stream(2)
    print(type(ag).__name__, inspect.isasyncgen(ag), ag.__name__)
    await ag.aclose()

asyncio.run(main())

clone = types.FunctionType(on_start.__code__, on_start.__globals__, "clone", ("dflt",), on_start.__closure__)
clone.__kwdefaults__ = {"retries": 0}
print(clone.__name__, clone.__qualname__, clone(1), clone.__defaults__)
renamed = on_start.__code__.replace(co_name="renamed_start")
print(renamed.co_name, renamed.co_varnames == on_start.__code__.co_varnames)
print(callable(on_start), callable(ticker(1)), hasattr(on_start, "__wrapped__"))
for bad in [("__defaults__", [1]), ("__name__", None), ("__code__", 5), ("__kwdefaults__", (1,))]:
    try:
        setattr(clone, *bad)
        print("set", bad[0])
    except TypeError as e:
        print("TypeError", e)
lam = lambda x, y=2: x + y
print(lam.__name__, lam.__code__.co_name, lam.__defaults__, arg_names(lam), classify(lam))
print([c for c in on_start.__code__.co_consts if isinstance(c, str)][:2])
