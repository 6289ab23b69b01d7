# Generator basics: laziness, state, exhaustion, return values, gi_ attributes-free.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def with_return():
    yield 1
    yield 2
    return "the result"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("second StopIteration value:", e.value)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def squares():
    for i in range(5):
        x = yield i * i
        if x is not None:
            print("  received", x)
print(list(squares()))
def yield_expr_values():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    return received
g = yield_expr_values()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)
def gen_in_loop():
    for word in ["alpha", "beta", "gamma"]:
        for ch in word[:2]:
            yield ch
print("".join(gen_in_loop()))
gexp = (x * 2 for x in range(3))
print(next(gexp), list(gexp))
def independent():
    yield from range(3)
a, b = independent(), independent()
print(next(a), next(a), next(b), next(a), next(b))
def local_state():
    total = 0
    for v in [5, 10, 20]:
        total += v
        yield total
print(list(local_state()), sum(local_state()), max(local_state()))
def yields_none():
    yield
    yield
print(list(yields_none()))
def gen_with_try():
    try:
        yield "in try"
    except GeneratorExit:
        print("  GeneratorExit caught")
        raise
    finally:
        print("  finally in generator")
g = gen_with_try()
print(next(g))
g.close()
print("closed")
g.close()
print(next(g, "after close"))
def is_gen_function():
    yield
print(is_gen_function.__name__, type(is_gen_function()).__name__)
g = count_up(1)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
