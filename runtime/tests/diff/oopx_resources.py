"""Resource management with class-based and contextlib context managers."""
import contextlib
import sys


class Pool:
    def __init__(self, size):
        self.size = size
        self.in_use = set()
        self.log = []

    def acquire(self, name):
        if len(self.in_use) >= self.size:
            raise RuntimeError(f"pool exhausted ({self.size}) acquiring {name}")
        self.in_use.add(name)
        self.log.append(f"+{name}")
        return Connection(self, name)

    def release(self, name):
        self.in_use.discard(name)
        self.log.append(f"-{name}")


class Connection:
    def __init__(self, pool, name):
        self.pool, self.name = pool, name
        self.closed = False
        self.queries = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        if exc_type is KeyError:
            self.pool.log.append(f"suppressed KeyError {exc}")
            return True
        if exc_type is not None:
            self.pool.log.append(f"propagating {exc_type.__name__}")
        return None

    def close(self):
        if not self.closed:
            self.closed = True
            self.pool.release(self.name)

    def query(self, q):
        if self.closed:
            raise RuntimeError("connection closed")
        if q == "bad":
            raise ValueError("syntax error in query")
        self.queries.append(q)
        return len(self.queries)


class Transaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self.conn.query("BEGIN")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.conn.query("COMMIT")
        else:
            self.conn.query("ROLLBACK")
            if et is ZeroDivisionError:
                raise ArithmeticError("transaction math failed") from ev
        return False


class Timer:
    """Reentrant counter of depth."""
    def __init__(self):
        self.depth = 0
        self.max_depth = 0

    def __enter__(self):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self.depth

    def __exit__(self, *exc):
        self.depth -= 1


@contextlib.contextmanager
def tagged(log, tag):
    log.append(f"<{tag}>")
    try:
        yield tag.upper()
    except ValueError as e:
        log.append(f"caught {e!r} in {tag}")
    finally:
        log.append(f"</{tag}>")


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def double_yield():
    yield 1
    yield 2


def main():
    pool = Pool(2)
    with pool.acquire("c1") as c:
        with Transaction(c):
            c.query("SELECT 1")
    print(c.queries, c.closed, pool.log)

    try:
        with pool.acquire("c2") as c:
            with Transaction(c):
                1 / 0
    except ArithmeticError as e:
        print("ArithmeticError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print(c.queries, pool.log[-3:])

    with pool.acquire("c3") as c:
        {}["missing"]
    print("after suppressed", pool.log[-2:], pool.in_use)

    try:
        with pool.acquire("a") as a, pool.acquire("b") as b, pool.acquire("c") as cc:
            print("unreachable")
    except RuntimeError as e:
        print("RuntimeError:", e, sorted(pool.in_use), pool.log[-4:])

    t = Timer()
    with t as d1:
        with t as d2:
            with t as d3:
                print("depths", d1, d2, d3)
    print(t.depth, t.max_depth)

    log = []
    with tagged(log, "outer") as o:
        with tagged(log, "inner") as i:
            log.append(o + i)
            raise ValueError("boom")
        log.append("after inner")
    print(log)
    log.clear()
    try:
        with tagged(log, "x"):
            raise TypeError("not handled")
    except TypeError as e:
        print("TypeError:", e, log)

    for cm in (no_yield, double_yield):
        try:
            with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    with contextlib.ExitStack() as stack:
        conns = [stack.enter_context(Pool(5).acquire(f"s{i}")) for i in range(3)]
        stack.callback(print, "callback ran")
        stack.push(lambda et, ev, tb: print("push saw", et.__name__ if et else None))
        print([x.name for x in conns], [x.closed for x in conns])
    print([x.closed for x in conns])

    with contextlib.suppress(KeyError, IndexError):
        [][3]
    print("suppress ok")
    with contextlib.nullcontext("value") as v:
        print("nullcontext", v)
    try:
        with Connection:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

    class EnterOnly:
        def __enter__(self):
            return self
    try:
        with EnterOnly():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

    class Closer:
        def close(self):
            print("closing Closer")
    with contextlib.closing(Closer()) as cl:
        print(type(cl).__name__)

    stack = contextlib.ExitStack()
    stack.callback(print, "deferred 1")
    stack.callback(print, "deferred 2")
    moved = stack.pop_all()
    stack.close()
    print("moved")
    moved.close()

    @contextlib.contextmanager
    def swallow_all():
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__, e)
    with swallow_all():
        raise LookupError("gone")
    print("done", sys.exc_info()[0])


main()
