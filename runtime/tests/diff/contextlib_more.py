import contextlib
from contextlib import contextmanager, ExitStack, suppress, redirect_stderr
import io, sys

@contextmanager
def opened(log):
    log.append("open")
    yield log
    log.append("close")

log = []
with opened(log) as l:
    l.append("body")
print(log)
cm = opened([])
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)

@contextmanager
def swallow_all():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__, e)

def gen_fn():
    with swallow_all():
        raise StopIteration("stop")
    return "after"
print(gen_fn())

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passes", e)

try:
    with passthrough():
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit passes")

@contextmanager
def finally_only():
    try:
        yield 1
    finally:
        print("cleanup")
try:
    with finally_only() as v:
        raise ValueError(v)
except ValueError as e:
    print("got", e)

@contextmanager
def nested(n):
    print("in", n)
    yield n
    print("out", n)
with nested(1) as a, nested(2) as b:
    print(a + b)

def count():
    return 3

with ExitStack() as stack:
    for i in range(count()):
        stack.callback(lambda i=i: print("cb", i))
    print("body done")

try:
    with ExitStack() as stack:
        stack.callback(print, "second")
        def raiser(*exc):
            raise KeyError("from exit")
        stack.push(raiser)
        raise ValueError("orig")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "inner closed")
    outer.push(inner)
    print("pushing stack")

with ExitStack() as s:
    s.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed via stack")

err = io.StringIO()
with redirect_stderr(err):
    print("err text", file=sys.stderr)
print(repr(err.getvalue()))

with contextlib.nullcontext() as n, suppress():
    print(n)
print(isinstance(suppress(), contextlib.AbstractContextManager))

class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False

@Ctx()
def decorated(x):
    print("running", x)
    return x
print(decorated(7))
