"""Transactional resource handling with context managers and ExitStack."""
import contextlib
import io
import os
import tempfile


class TxError(Exception):
    pass


class Ledger:
    def __init__(self):
        self.entries = []
        self.log = []

    @contextlib.contextmanager
    def transaction(self, name):
        mark = len(self.entries)
        self.log.append(f"begin {name}")
        try:
            yield self
        except TxError as e:
            del self.entries[mark:]
            self.log.append(f"rollback {name}: {e}")
        except BaseException as e:
            del self.entries[mark:]
            self.log.append(f"abort {name}: {type(e).__name__}")
            raise
        else:
            self.log.append(f"commit {name}")
        finally:
            self.log.append(f"end {name}")

    def add(self, amount):
        if amount == 0:
            raise TxError("zero amount")
        if amount < -100:
            raise ValueError(f"overdraft {amount}")
        self.entries.append(amount)


class Lock:
    def __init__(self, name, journal):
        self.name, self.journal, self.held = name, journal, False

    def __enter__(self):
        if self.held:
            raise RuntimeError(f"{self.name} already held")
        self.held = True
        self.journal.append(f"+{self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.held = False
        self.journal.append(f"-{self.name}" + (f"({exc_type.__name__})" if exc_type else ""))
        return False


led = Ledger()
with led.transaction("t1") as l:
    l.add(10)
    l.add(5)
with led.transaction("t2"):
    led.add(7)
    led.add(0)
    led.add(99)
try:
    with led.transaction("t3"):
        led.add(1)
        led.add(-500)
except ValueError as e:
    print("escaped:", e)
try:
    with led.transaction("t4"):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupt propagated")
print(led.entries)
print("\n".join(led.log))

journal = []
locks = [Lock(n, journal) for n in "abc"]
try:
    with contextlib.ExitStack() as stack:
        held = [stack.enter_context(lk) for lk in locks]
        stack.callback(journal.append, "callback ran")
        print("holding", [h.name for h in held], [lk.held for lk in locks])
        stack.enter_context(locks[1])
except RuntimeError as e:
    print("stack error:", e)
print(journal, [lk.held for lk in locks])

journal.clear()
with contextlib.ExitStack() as outer:
    outer.enter_context(locks[0])
    later = outer.pop_all()
print("after pop_all:", journal, locks[0].held)
later.close()
print("after close:", journal, locks[0].held)


def open_all(folder, names):
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(os.path.join(folder, n), "w")) for n in names]
        stack.pop_all()
        return files


with tempfile.TemporaryDirectory() as d:
    files = open_all(d, ["a.txt", "b.txt"])
    for f in files:
        f.write(os.path.basename(f.name) + "\n")
        f.close()
    print(sorted(os.listdir(d)), [open(os.path.join(d, n)).read() for n in sorted(os.listdir(d))])
    try:
        open_all(d, ["c.txt", "missing/dir.txt"])
    except FileNotFoundError as e:
        print("open_all failed:", type(e).__name__, os.path.basename(e.filename))
    print(sorted(os.listdir(d)))

errors = []
with contextlib.ExitStack() as stack:
    stack.push(lambda et, ev, tb: errors.append(et and et.__name__) or et is KeyError)
    stack.callback(lambda: errors.append("cleanup"))
    raise KeyError("swallowed")
print("errors seen:", errors)

try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: [][0])
        raise ValueError("original")
except ZeroDivisionError as e:
    ctx = e.__context__
    print("final:", type(e).__name__, "<-", type(ctx).__name__, "<-", type(ctx.__context__).__name__, ctx.__context__)

with contextlib.suppress(FileNotFoundError):
    os.remove("definitely-not-here.tmp")
    print("not reached")
print("suppressed missing file")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    with contextlib.redirect_stdout(io.StringIO()) as inner:
        print("deeper")
print("captured:", repr(buf.getvalue()), repr(inner.getvalue()))


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    yield
    out.append(f"</{name}>")


out = []
with tag("html", out), tag("body", out):
    out.append("text")
print("".join(out))
out.clear()
try:
    with tag("p", out):
        raise IndexError("no close tag")
except IndexError:
    pass
print(out)


class Timer(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, *exc):
        print("stop", self.label, exc[0].__name__ if exc[0] else "ok")


@Timer("job")
def job(n):
    if n < 0:
        raise ValueError
    return n * 2


print(job(4))
try:
    job(-1)
except ValueError:
    print("job failed")
with contextlib.nullcontext("resource") as r:
    print("null gives", r)
