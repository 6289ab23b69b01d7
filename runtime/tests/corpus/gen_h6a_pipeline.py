# Generators: send/throw/close, yield from with return values, generator expressions, pipelines.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return "finished"

results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print("avg", d.send(v))
print(d.throw(ValueError("bad")))
d.send(None)
print(results)
for v in [1, 2]:
    d.send(v)
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration", e.value, results)

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield line

def tokens(lines):
    for n, line in enumerate(lines, 1):
        yield from ((n, tok) for tok in line.split())

src = """
let x = 10  # ten
let y = x * 2

print x y # show
"""
pipeline = tokens(strip_comments(read_lines(src)))
print(list(pipeline))
print(list(pipeline))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(15, fib())), sum(take(100, fib())) % 1000007)
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])

def closer():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in closer")

c = closer()
print(next(c), next(c))
c.close()
c.close()
print(list(c))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
g = counter()
print(next(g), next(g), next(g), g.send("reset"), next(g))
print(g.gi_running, g.gi_frame is not None, type(g).__name__, g.__name__)

def gen_raises():
    yield 1
    raise KeyError("inside")
try:
    list(gen_raises())
except KeyError as e:
    print("KeyError", e)

def stop_inside():
    yield 1
    raise StopIteration("boom")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

gen = (i * i for i in range(5))
print(3 in gen, list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [x for row in matrix for x in row if x % 2], sum(x * y for x, y in zip(*matrix)))
print(dict((k, v) for k, v in zip("abc", range(3))), set(x % 3 for x in range(10)), tuple(reversed(range(3))))
print(max((len(w), w) for w in "the quick brown fox".split()), min(range(10), key=lambda v: (v - 4) ** 2))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
def genthrow():
    try:
        yield 1
    except TypeError:
        yield "recovered"
    yield "after"
gt = genthrow()
next(gt)
print(gt.throw(TypeError), next(gt))
try:
    gt.throw(IndexError("x"))
except IndexError as e:
    print("IndexError", e)
print(list(gt))
