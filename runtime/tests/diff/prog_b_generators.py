"""Generator pipelines: coroutines with send/throw/close, yield from with return values, cleanup."""
import itertools

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print(f"  averager reset ({e})")
            total = count = 0
            avg = None
            continue
        if value is None:
            return {"count": count, "mean": avg}
        total += value
        count += 1
        avg = total / count

def grouper(results, key):
    results[key] = yield from averager()

def run_groups(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        try:
            g.send(None)
        except StopIteration:
            pass
    return results

print(run_groups({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25], "empty": []}))

avg = averager()
print(next(avg), avg.send(10), avg.send(20), avg.throw(ValueError("bad sample")), avg.send(6))
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def tracked(name, items):
    print(f"  {name}: start")
    try:
        for item in items:
            yield item
    except GeneratorExit:
        print(f"  {name}: closed early")
        raise
    finally:
        print(f"  {name}: finally")

def take(n, it):
    return [x for _, x in zip(range(n), it)]

print(take(2, tracked("a", range(5))))
g = tracked("b", "xyz")
print(next(g))
g.close()
print("closed state:", g.gi_frame is None, list(g))

def tokens(text):
    for word in text.split():
        yield from word.split("-") if "-" in word else (word,)

def numbered(it, start=1):
    n = start
    for x in it:
        received = yield f"{n}:{x}"
        if received == "skip":
            n += 10
        else:
            n += 1

pipe = numbered(tokens("well-known state-of-the-art tools"))
out = [next(pipe)]
out.append(pipe.send("skip"))
out.extend(pipe)
print(out)

def flatten(obj, depth=0):
    if isinstance(obj, (list, tuple)):
        total = 0
        for item in obj:
            total += yield from flatten(item, depth + 1)
        return total
    yield (depth, obj)
    return 1

gen = flatten([1, [2, [3, (4, 5)]], [], [[6]]])
items = []
while True:
    try:
        items.append(next(gen))
    except StopIteration as e:
        print("leaves:", e.value)
        break
print(items)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

evens = (x for x in fib() if x % 2 == 0)
print(list(itertools.islice(evens, 8)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))

c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), 3 in c, sorted(c))

def echo():
    try:
        while True:
            try:
                x = yield
                print("  echo", x)
            except KeyError as e:
                print("  handled", repr(e))
    finally:
        print("  echo done")

e = echo()
next(e)
e.send(1)
e.throw(KeyError("k"))
e.send(2)
try:
    e.throw(TypeError("fatal"))
except TypeError as exc:
    print("propagated", exc)
print(e.gi_frame is None)

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)

def bad_stop():
    yield 1
    raise StopIteration("oops")

try:
    list(bad_stop())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))

def ret_early():
    yield 1
    return "early"
    yield 2

r = ret_early()
print(next(r), next(r, "default"), list(r))
squares = (n * n for n in range(4))
print(squares.__name__, type(squares).__name__, sum(squares), sum(squares))
print(list(zip(*[iter("abcdefg")] * 3)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
