# send(), throw(), close() on generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value
acc = accumulator()
print(next(acc))
for v in [10, 20, 5]:
    print("sent", v, "total", acc.send(v))
print(acc.send(None), next(acc))
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
        except KeyError:
            print("  KeyError -> returning")
            return "done"
c = catcher()
print(next(c))
print(c.throw(ValueError("first")))
print(next(c))
print(c.throw(ValueError, "second"))
print(next(c))
try:
    c.throw(KeyError("stop"))
except StopIteration as e:
    print("StopIteration with", e.value)
def not_caught():
    yield 1
    yield 2
n = not_caught()
print(next(n))
try:
    n.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
print(next(n, "generator is finished"))
fresh = not_caught()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted generator:", e)
print(list(fresh))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
cl = closer()
print(next(cl))
print(cl.close())
print(list(cl))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to close"
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError", e)
def return_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
rc = return_on_close()
next(rc)
print(rc.close())
def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
e = echo()
print(next(e), e.send("a"), e.send(1), e.send([2]))
def coroutine_pipeline():
    results = []
    def sink():
        while True:
            item = yield
            results.append(item)
    def filt(target):
        while True:
            item = yield
            if item % 2 == 0:
                target.send(item * 10)
    s = sink(); next(s)
    f = filt(s); next(f)
    for i in range(7):
        f.send(i)
    return results
print(coroutine_pipeline())
def running_average():
    total, count, avg = 0.0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
def throw_tb():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
t = throw_tb()
next(t)
print(t.throw(ZeroDivisionError))
