import sys
def g():
    print("g start", sys.exc_info()[0])
    yield 1
    print("g resumed", sys.exc_info()[0])
    try:
        raise
    except BaseException as e:
        print("bare raise got", type(e).__name__, e)
    yield 2
    try:
        raise KeyError("inner")
    except KeyError:
        print("in gen handler", sys.exc_info()[0])
        yield 3
        print("after yield in handler", sys.exc_info()[0])
    yield 4

it = g()
print(next(it))
try:
    raise ValueError("outer")
except ValueError:
    print(next(it))
print(sys.exc_info())
print(next(it))
print("caller sees", sys.exc_info()[0])
try:
    raise TypeError("t2")
except TypeError:
    print(next(it))
    print("caller after", sys.exc_info()[0])
print(sys.exc_info())

def h():
    try:
        yield
    except Exception:
        pass
    print("h ctx", sys.exc_info()[:2])
    yield
x = h(); next(x)
try:
    raise OSError("o")
except OSError:
    x.throw(KeyError("k"))
print(sys.exc_info())

# context chaining from the caller
def k():
    yield
    raise RuntimeError("from gen")
y = k(); next(y)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        next(y)
except RuntimeError as e:
    print("context", repr(e.__context__))

import asyncio
async def co():
    print("co sees", sys.exc_info()[0])
    await asyncio.sleep(0)
    print("co sees2", sys.exc_info()[0])
async def main():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        await co()
asyncio.run(main())

def gen2():
    try:
        yield 1
    finally:
        print("finally sees", sys.exc_info()[0])
z = gen2(); next(z)
try:
    raise IndexError
except IndexError:
    z.close()
print(sys.exc_info()[0])

# A generator suspended inside its own handler keeps its exception, whoever resumes it.
def keeper():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
        try:
            raise
        except KeyError as e:
            yield "reraised " + repr(e)
    yield sys.exc_info()[1]
kg = keeper()
print(repr(next(kg)))
try:
    raise ValueError("caller")
except ValueError:
    print(repr(next(kg)))
    print(repr(next(kg)))
    print(repr(next(kg)))
print(repr(sys.exc_info()[1]))

# yield from: the inner generator sees the outer caller's exception too.
def inner():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
def outer():
    yield from inner()
og = outer()
print(next(og))
try:
    raise IndexError("idx")
except IndexError:
    print(next(og))

# __context__ of an exception raised in a generator while the caller handles another.
def raiser():
    yield
    raise KeyError("gen")
for ctx_case in range(2):
    r = raiser(); next(r)
    try:
        try:
            if ctx_case:
                raise OSError("ctx")
            next(r)
        except OSError:
            next(r)
    except KeyError as e:
        print("gen error context", repr(e.__context__))

# Async generators and coroutines driven by hand.
async def agen():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
async def drive():
    ag = agen()
    print(await ag.__anext__())
    try:
        raise LookupError("lk")
    except LookupError:
        print(await ag.__anext__())
asyncio.run(drive())

async def simple():
    return repr(sys.exc_info()[1])
c = simple()
try:
    raise ArithmeticError("ar")
except ArithmeticError:
    try:
        c.send(None)
    except StopIteration as s:
        print("coroutine saw", s.value)

# A generator's finally during close() sees GeneratorExit, then the caller's state again.
def fin():
    try:
        yield
    finally:
        print("finally", repr(sys.exc_info()[1]))
f = fin(); next(f)
try:
    raise TabError("tab")
except TabError:
    f.close()
    print("after close", repr(sys.exc_info()[1]))
