# generator/async-generator throw() argument forms, PEP 479 conversions, close() errors.
import sys
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e), e.__traceback__ is not None)
        yield 2
    yield 3
x = g(); next(x)
print(x.throw(ValueError))
x = g(); next(x)
print(x.throw(ValueError, "msg"))
x = g(); next(x)
print(x.throw(ValueError, ValueError("inst")))
x = g(); next(x)
print(x.throw(ValueError("direct")))
x = g(); next(x)
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e), x.gi_frame)
try:
    x = g(); x.throw(1)
except TypeError as e:
    print(e)
try:
    x = g(); next(x); x.throw(ValueError(), 5)
except TypeError as e:
    print(e)
def stopper():
    yield 1
    raise StopIteration("s")
try:
    list(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
async def co():
    raise StopIteration
try:
    co().send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))
async def ag():
    yield 1
    raise StopAsyncIteration
async def drive():
    try:
        async for v in ag():
            print(v)
    except RuntimeError as e:
        print(e)
import asyncio
asyncio.run(drive())
def closer():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
c = closer(); next(c)
try:
    c.close()
except ValueError as e:
    print("close raised", e, repr(e.__context__))
def fin():
    yield 1
f = fin()
print(f.close(), f.close())
try:
    next(f)
except StopIteration as e:
    print("exhausted", repr(e))
def running():
    yield r.send(None)
r = running()
try:
    next(r)
except ValueError as e:
    print(e)
def retv():
    yield 1
    return "ret"
rv = retv(); next(rv)
try:
    next(rv)
except StopIteration as e:
    print(e.value, e.args, repr(e))
print(x.throw.__doc__ is None or True)
import asyncio
async def ag_t():
    try:
        yield 1
    except ValueError as e:
        print("ag caught", repr(e))
        yield 2
async def main_athrow():
    a = ag_t()
    await a.__anext__()
    print(await a.athrow(ValueError, ValueError("x")))
    a = ag_t(); await a.__anext__()
    print(await a.athrow(ValueError("y")))
    a = ag_t(); await a.__anext__()
    try:
        await a.athrow(ValueError("y"), 1)
    except TypeError as e:
        print(e)
    try:
        await a.athrow(3)
    except TypeError as e:
        print(e)
asyncio.run(main_athrow())
