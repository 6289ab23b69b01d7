"""Resource management with contextlib: ExitStack, suppress, contextmanager."""
import contextlib
import io
from contextlib import (ExitStack, contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, AbstractContextManager, ContextDecorator)

events = []


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
        self.open = False

    def __enter__(self):
        self.open = True
        events.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.open = False
        events.append(f"exit {self.name} ({et.__name__ if et else None})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False


def flush(label):
    print(label, events)
    events.clear()


with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(events.append, "callback 1")
    print([r.open for r in rs])
flush("stack:")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y", fail_on_exit=True))
        stack.enter_context(Resource("z"))
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
flush("failing:")

with ExitStack() as outer:
    outer.enter_context(Resource("keep"))
    moved = outer.pop_all()
flush("after pop_all:")
moved.close()
flush("moved closed:")


@contextmanager
def transaction(db):
    snapshot = dict(db)
    events.append("begin")
    try:
        yield db
    except ValueError as e:
        db.clear()
        db.update(snapshot)
        events.append(f"rollback ({e})")
    else:
        events.append("commit")
    finally:
        events.append("end")


db = {"a": 1}
with transaction(db) as t:
    t["b"] = 2
print(db)
with transaction(db) as t:
    t["c"] = 3
    raise ValueError("constraint")
print(db)
try:
    with transaction(db) as t:
        t["d"] = 4
        raise TypeError("not handled")
except TypeError as e:
    print("TypeError escaped:", e)
print(db)
flush("tx:")


@contextmanager
def bad_cm():
    yield 1
    yield 2

try:
    with bad_cm():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


with suppress(KeyError, IndexError):
    [][1]
print("suppressed index")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress(Exception):
    raise ExceptionGroup("eg", [ValueError(1)])
print("suppressed group")


class Conn:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("  conn closed")

with closing(Conn()) as c:
    print("using", c.closed)
print("after", c.closed)

with nullcontext(42) as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print(repr(buf.getvalue()))


class timer_like(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"  start {self.label}")
        return self

    def __exit__(self, *exc):
        print(f"  stop {self.label} exc={exc[0].__name__ if exc[0] else None}")
        return False


@timer_like("work")
def work(x):
    print("  working on", x)
    return x * 2

print(work(21))


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")

@tag("decorated")
def body():
    print("  body")

body()
body()


class Managed(AbstractContextManager):
    def __exit__(self, *a):
        print("  Managed exit")

with Managed() as m:
    print("Managed enter returns self:", isinstance(m, Managed))
print(issubclass(Resource, AbstractContextManager), issubclass(int, AbstractContextManager))


# exception swallowing __exit__ and return values
class Swallow:
    def __enter__(self):
        return "entered"

    def __exit__(self, et, ev, tb):
        print("  swallowing", et.__name__ if et else None)
        return et is ZeroDivisionError

def f():
    with Swallow():
        1 / 0
    return "survived"
print(f())
try:
    with Swallow():
        raise OSError("nope")
except OSError as e:
    print("OSError:", e)


# nested with statement with multiple items
with Resource("p") as p, Resource("q") as q:
    print(p.name, q.name)
flush("multi:")

try:
    with Resource("m1"), Resource("m2", fail_on_exit=True), Resource("m3"):
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
flush("multi-fail:")


def gen_cleanup():
    with ExitStack() as st:
        st.callback(print, "  gen stack closed")
        yield 1
        yield 2

g = gen_cleanup()
print(next(g))
g.close()

with ExitStack() as st:
    for i in range(3):
        st.callback(lambda i=i: print("  cb", i))
    st.push(lambda *exc: print("  push exit", exc[0]))
print("done")
