# throw() into a generator or coroutine that has not started does not enter its body;
# coroutine.__await__() returns an iterator usable with `yield from`.
def g(log):
    try:
        yield 1
    except ValueError:
        log.append("caught")
        raise
    finally:
        log.append("finally")
log = []
gen = g(log)
try:
    gen.throw(ValueError("x"))
except ValueError as e:
    print("raised", e)
print(log, next(gen, "exhausted"))
gen = g(log)
print(next(gen))
try:
    gen.throw(ValueError("y"))
except ValueError as e:
    print("raised", e)
print(log)

class Aw:
    def __await__(self):
        yield "step"
async def c(log):
    try:
        await Aw()
        log.append("after await")
    except ValueError as e:
        log.append(f"caught {e}")
        raise
    finally:
        log.append("finally")
log = []
co = c(log)
try:
    co.throw(ValueError("z"))
except ValueError as e:
    print("raised", e)
print(log)

async def val():
    return 41
def drive():
    return (yield from val().__await__())
try:
    next(drive())
except StopIteration as e:
    print("value", e.value)
async def two():
    x = await Aw()
    return x
w = two().__await__()
print(type(w).__name__, iter(w) is w, next(w))
try:
    w.send("sent")
except StopIteration as e:
    print("done", e.value)
w = two().__await__()
next(w)
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
w = two().__await__()
next(w)
print(w.close())
