# Exceptions and context managers: __exit__ arguments, suppression, re-raising, nesting.
class Recorder:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: type={et.__name__ if et else None} value={ev!r} tb={'yes' if tb else 'no'}")
        return et is not None and issubclass(et, self.suppress)
def run(label, exc, suppress):
    print(label)
    try:
        with Recorder("cm", suppress):
            if exc:
                raise exc
            print("  body finished")
        print("  after with")
    except Exception as e:
        print(f"  escaped: {e!r}")
run("no exception", None, ())
run("suppressed", KeyError("k"), (KeyError,))
run("suppressed by base class", IndexError("i"), (LookupError,))
run("not suppressed", ValueError("v"), (KeyError,))
print("nested, inner suppresses")
with Recorder("outer"):
    with Recorder("inner", (ZeroDivisionError,)):
        1 / 0
    print("  between")
print("nested, outer suppresses")
with Recorder("outer", (ValueError,)):
    with Recorder("inner"):
        raise ValueError("to outer")
    print("  never printed")
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise RuntimeError("replaced") from ev
        return False
try:
    with Replace():
        raise KeyError("original")
except RuntimeError as e:
    print("replaced:", e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))
class ExitReturnsNone:
    def __enter__(self):
        return "value from enter"
    def __exit__(self, *args):
        return None
try:
    with ExitReturnsNone() as v:
        print("as target:", v)
        raise TypeError("propagates")
except TypeError as e:
    print("TypeError", e)
def in_function():
    with Recorder("fn", (StopIteration,)):
        raise StopIteration("stop")
    return "returned after suppression"
print(in_function())
class Transaction:
    def __init__(self):
        self.data = {"balance": 100}
        self.snapshot = None
    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.data.clear()
            self.data.update(self.snapshot)
            print(f"  rolled back because {ev}")
            return True
        print("  committed")
t = Transaction()
with t as d:
    d["balance"] -= 30
print(t.data)
with t as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ValueError("insufficient funds")
print(t.data)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        with r as c:
            print("depths", a, b, c)
print("final depth", Reentrant.depth)
