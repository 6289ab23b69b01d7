"""A deployment script's resource handling: context managers built with contextlib,
ExitStack unwinding, suppressed and converted errors, and the tracebacks they leave."""
import contextlib
import io
import sys
import traceback

journal = []


def tb_summary(exc):
    """Function names and source lines of this file's frames in a traceback (no paths and
    no library frames, so it is portable)."""
    return [(fs.name, fs.line) for fs in traceback.extract_tb(exc.__traceback__)
            if fs.filename == __file__]


@contextlib.contextmanager
def step(name, *, convert=False):
    journal.append(f"begin {name}")
    try:
        yield name.upper()
    except KeyError as e:
        journal.append(f"{name} recovered from {e!r}")
    except ZeroDivisionError as e:
        if convert:
            raise ValueError(f"{name}: bad ratio") from e
        raise
    else:
        journal.append(f"{name} ok")
    finally:
        journal.append(f"end {name}")


def deploy(plan):
    with step("outer") as label:
        journal.append(f"inside {label}")
        for action in plan:
            with step(action, convert=action.startswith("conv")):
                if action.endswith("missing"):
                    {}["config"]
                if action.endswith("div"):
                    1 / 0
    return "deployed"


for plan in (["build", "test"], ["fetch-missing", "ship"], ["conv-div"], ["raw-div"]):
    journal.clear()
    try:
        result = deploy(plan)
    except Exception as e:
        result = f"{type(e).__name__}: {e} (cause {e.__cause__!r})"
        print("  frames:", tb_summary(e))
    print(plan, "->", result)
    print("  ", " | ".join(journal))

print("== ExitStack")
class Conn:
    opened = []

    def __init__(self, name, fail_close=False):
        self.name, self.fail_close = name, fail_close

    def __enter__(self):
        Conn.opened.append(self.name)
        return self

    def __exit__(self, et, ev, tb):
        Conn.opened.remove(self.name)
        journal.append(f"close {self.name} saw {et.__name__ if et else None}")
        if self.fail_close:
            raise ConnectionError(f"{self.name} close failed")
        return False


def open_all(names, fail_at=None, fail_close=()):
    with contextlib.ExitStack() as stack:
        conns = []
        for n in names:
            if n == fail_at:
                raise OSError(f"cannot open {n}")
            conns.append(stack.enter_context(Conn(n, n in fail_close)))
        stack.callback(journal.append, "callback ran")
        return [c.name for c in conns], list(Conn.opened)


for args in [(["db", "cache"],), (["db", "cache", "queue"], "queue"), (["db", "cache"], None, ("db",)),
             (["a", "b"], None, ("a", "b"))]:
    journal.clear()
    try:
        print(open_all(*args))
    except Exception as e:
        print(f"{type(e).__name__}: {e}; context={e.__context__!r}")
    print("  ", journal, Conn.opened)

journal.clear()
with contextlib.ExitStack() as outer:
    outer.callback(journal.append, "outer cb")
    with contextlib.ExitStack() as inner:
        inner.push(lambda et, ev, tb: journal.append(f"push saw {et.__name__}") or True)
        inner.callback(journal.append, "moved cb")
        saved = inner.pop_all()
        raise_it = KeyError("swallowed by push")
    journal.append("inner done")
    with saved:
        raise raise_it
print(journal)

print("== suppress / redirect / nullcontext")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["nothing"]
    print("not reached")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)
with contextlib.suppress(KeyError):
    pass
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 42, sep="=")
    with contextlib.redirect_stdout(io.StringIO()) as inner_buf:
        print("deeper")
    print(inner_buf.getvalue().strip(), "again")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.nullcontext({"k": 1}) as value:
    print(value)


class Timer(contextlib.ContextDecorator):
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        print(f"{'  ' * Timer.depth}enter depth {Timer.depth}")
        return self

    def __exit__(self, *exc):
        print(f"{'  ' * Timer.depth}exit {exc[0].__name__ if exc[0] else 'clean'}")
        Timer.depth -= 1
        return False


@Timer()
def work(n):
    if n:
        return work(n - 1) + n
    return 0


print(work(2))


@contextlib.contextmanager
def bad_generator(mode):
    if mode == "noyield":
        return
    yield 1
    if mode == "twice":
        yield 2


for mode in ("noyield", "twice"):
    try:
        with bad_generator(mode):
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

with contextlib.closing(io.StringIO("x")) as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    with step("final", convert=False):
        raise RuntimeError("plain")
except RuntimeError as e:
    print(tb_summary(e), journal[-1])
