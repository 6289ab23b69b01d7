# hex/oct/bin, iter(callable, sentinel), exit/quit, aiter/anext, dir() and vars().
for n in [0, 1, -1, 7, 8, 15, 16, 255, -255, 256, 2 ** 31, -(2 ** 63), 2 ** 64 + 5, 10 ** 30, True, False]:
    print(n, hex(n), oct(n), bin(n))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), int(hex(2 ** 100), 16) == 2 ** 100, int(bin(-77), 2), int(oct(99), 8))
for f in (hex, oct, bin):
    for bad in (1.5, "12", None, []):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(e)
try:
    hex(1, 2)
except TypeError as e:
    print(e)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 4)
print(type(it).__name__, iter(it) is it, list(it), counter, list(it), next(it, "done"))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")), list(data))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
class Eq:
    def __eq__(self, other):
        return other == 3
nums = iter(range(10))
print(list(iter(lambda: next(nums), Eq())))
calls = []
def fails():
    calls.append(1)
    if len(calls) > 2:
        raise KeyError("boom")
    return len(calls)
try:
    print(list(iter(fails, 99)))
except KeyError as e:
    print("KeyError", e, len(calls))
for bad_args in [(5, 1), (None, None), ()]:
    try:
        iter(*bad_args)
    except TypeError as e:
        print("TypeError", e)
try:
    iter([], 1, 2)
except TypeError as e:
    print("TypeError", e)
class Chunks:
    def __init__(self):
        self.parts = ["ab", "cd", ""]
    def read(self):
        return self.parts.pop(0)
print([c for c in iter(Chunks().read, "")])

for exiter in (exit, quit):
    for args in [(), (0,), (3,), ("message",), (None,)]:
        try:
            exiter(*args)
        except SystemExit as e:
            print("SystemExit", repr(e.code), e.args)

class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def consume():
    ai = aiter(AIt())
    got = [await anext(ai), await anext(ai), await anext(ai, "default")]
    try:
        await anext(ai)
    except StopAsyncIteration:
        got.append("stop")
    return got
coro = consume()
try:
    coro.send(None)
except StopIteration as e:
    print("async", e.value)
for bad in (lambda: aiter(5), lambda: anext(5), lambda: aiter([])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class Obj:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
o = Obj()
print(vars(o), "cls_attr" in vars(Obj), "inst" in dir(o), "cls_attr" in dir(o))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def local_names(a, b=1):
    c = a + b
    return dir(), vars() == locals()
print(local_names(5))
for bad in (lambda: vars(1), lambda: vars("s"), lambda: dir(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
