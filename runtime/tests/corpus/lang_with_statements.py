# with statements: __enter__/__exit__, suppression, multiple managers, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with CM("outer", True), CM("inner") as i:
    print("both", i)
    1 / 0
print("outer suppressed inner's error")

with (CM("p1") as p1, CM("p2") as p2):
    print("parenthesized", p1, p2)

# exit order for multiple managers
def gen_cms():
    with CM("x"), CM("y"), CM("z"):
        print("xyz body")
gen_cms()

# return inside with still calls __exit__
def ret():
    with CM("ret"):
        return "returned"
print(ret())

# break/continue inside with
for n in range(3):
    with CM(f"loop{n}"):
        if n == 0:
            continue
        if n == 2:
            break
        print("loop body", n)

# __exit__ that raises replaces the exception
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

# __enter__ raising means __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise OSError("no enter")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never body")
except OSError as e:
    print("OSError", e)

# truthy non-bool return value suppresses
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return "yes"
with Truthy() as t:
    raise TypeError("hidden")
print("truthy suppressed, t =", t)

# object without __enter__
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# context manager as generator-less resource tracker
class Resource:
    open_count = 0
    def __init__(self, n): self.n = n
    def __enter__(self):
        Resource.open_count += 1
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        return et is ZeroDivisionError

for d in [1, 0, 2]:
    with Resource(d) as r:
        print("10 /", d, "=", 10 / r.n)
    print("open", Resource.open_count)

# suppressed StopIteration inside generator-like flow
def gen():
    with CM("in-gen", True):
        yield 1
        raise StopIteration
    yield 2
print(list(gen()))
