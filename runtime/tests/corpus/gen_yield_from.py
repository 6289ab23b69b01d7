# yield from: delegation, return values, send/throw forwarding.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("  outer got result", r)
    yield "outer-after"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, 6]])], [[[7]]], 8])))
def catching_inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"inner handled {e}"
def delegator():
    yield from catching_inner()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(ValueError("x")), next(d))
def closing_inner():
    try:
        yield 1
    finally:
        print("  inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally on close")
c = closing_outer()
next(c)
c.close()
def gen_returning(n):
    yield n
    return n * 10
def sum_results():
    total = 0
    for i in range(1, 4):
        total += yield from gen_returning(i)
    return total
s = sum_results()
print(list(s))
s = sum_results()
try:
    while True:
        next(s)
except StopIteration as e:
    print("sum of results", e.value)
def tree(depth, prefix=""):
    if depth == 0:
        yield prefix
        return
    yield from tree(depth - 1, prefix + "L")
    yield from tree(depth - 1, prefix + "R")
print(list(tree(3)))
def yield_from_iterator_object():
    r = yield from iter([1, 2])
    yield ("return of plain iterator", r)
print(list(yield_from_iterator_object()))
def send_to_list():
    yield from [1, 2, 3]
sl = send_to_list()
next(sl)
try:
    sl.send("x")
except AttributeError as e:
    print("AttributeError", e)
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
dg = deep(50)
print(next(dg))
try:
    next(dg)
except StopIteration as e:
    print("depth", e.value)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, "cause:", repr(e.__cause__))
