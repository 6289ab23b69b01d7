"""A job runner that exits in many ways: SystemExit codes, failures inside generators,
context managers and finally blocks, and grouped failures handled with except*."""
import atexit
import sys
import traceback


def run_job(fn, *args):
    """Runs fn and reports how it ended, the way a supervisor would."""
    try:
        result = fn(*args)
    except SystemExit as e:
        code = e.code
        print(f"  exit: code={code!r} type={type(code).__name__} args={e.args!r}")
        return "exited"
    except Exception as e:
        print(f"  fail: {type(e).__name__}: {e}")
        return "failed"
    else:
        print(f"  ok: {result!r}")
        return "ok"
    finally:
        print("  (cleanup)")


print("== sys.exit variants")
for arg in [(), (0,), (3,), ("bad config",), (None,), ((1, 2),), (True,), (-1,), (SystemExit(9),), (KeyError("k"),)]:
    print("exit with", arg)
    run_job(sys.exit, *arg)

print(repr(SystemExit(4, "extra")), SystemExit(4, "extra").code, issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))


def numbers(limit):
    try:
        for i in range(limit):
            if i == 3:
                raise ValueError(f"bad number {i}")
            yield i
    except GeneratorExit:
        print("  generator closed early")
        raise
    finally:
        print("  generator finally")


print("== generators")
print("collected", run_job(lambda: list(numbers(5))))
g = numbers(10)
print(next(g), next(g), g.close(), "close again:", g.close())
g = numbers(10)
next(g)
try:
    g.throw(KeyError("injected"))
except KeyError as e:
    print("thrown back:", repr(e))
print("after throw next:", run_job(next, g))


def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            received.append(f"err:{e}")
            continue
        if x is None:
            return received
        received.append(x)


e = echo()
next(e)
print(e.send("a"), e.send("b"), e.throw(ValueError("v")))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)


class Resource:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  close {self.name}: {et.__name__ if et else None} {ev!s}")
        return self.swallow


print("== with blocks")


def nested():
    with Resource("outer"), Resource("inner", swallow=True):
        raise RuntimeError("inner boom")
    with Resource("second"):
        raise LookupError("second boom")

run_job(nested)


def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"  # noqa: B012 (the exception is discarded)


def finally_chain():
    try:
        try:
            1 / 0
        finally:
            print("  inner finally runs")
    except ZeroDivisionError as e:
        raise TypeError("converted") from e


run_job(finally_overrides)
try:
    finally_chain()
except TypeError as e:
    print("cause:", repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

print("== except*")
def batch():
    errors = []
    for i, item in enumerate(["1", "x", "3", None, "5", "y"]):
        try:
            int(item)
        except (ValueError, TypeError) as e:
            e.add_note(f"item {i}")
            errors.append(e)
    raise ExceptionGroup("batch failed", errors)

try:
    batch()
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions], [x.__notes__ for x in eg.exceptions])
except* TypeError as eg:
    print("types:", len(eg.exceptions), eg.message)

try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError(2, "nofile"), ValueError("v")])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as rest:
    print("rest:", rest.message, [type(x).__name__ for x in rest.exceptions])

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest), sep="\n")
print(eg.subgroup(lambda x: isinstance(x, TypeError)))

print("== formatted traceback")
def level2(d):
    return d["missing"]
def level1():
    return level2({})

try:
    level1()
except KeyError:
    text = traceback.format_exc()
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("File")]
    print("\n".join(lines))
print(traceback.format_exception_only(ValueError, ValueError("short")))

print("== atexit")


class Reporter:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        print(f"atexit {self.name}: {args} {kwargs}")
        if self.name == "fails":
            raise RuntimeError("cleanup failed")  # reported to stderr, exit status kept

    def __repr__(self):
        return f"<Reporter {self.name}>"
    def __eq__(self, other):  # unregister() compares with ==
        return isinstance(other, Reporter) and other.name == self.name


atexit.register(Reporter("first"), 1, flag=True)
atexit.register(Reporter("fails"))
atexit.register(Reporter("dropped"))
atexit.register(print, "atexit print", sep="|")
atexit.register(Reporter("last"), "x")
atexit.unregister(Reporter("dropped"))
print("registered", atexit._ncallbacks())
sys.exit(0)
