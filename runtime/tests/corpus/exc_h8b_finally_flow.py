"""Control flow through try/except/else/finally in a transaction processor."""
import sys

trace = []


def step(label):
    trace.append(label)


def process(op, fail_at=None):
    step(f"begin {op}")
    try:
        step("try")
        if fail_at == "try":
            raise ValueError(f"{op} failed in try")
        if fail_at == "return":
            return "early return"
    except ValueError as e:
        step(f"except {e}")
        if fail_at == "try" and op == "reraise":
            raise
        if op == "convert":
            raise RuntimeError("converted") from e
        return "handled"
    else:
        step("else")
        if fail_at == "else":
            raise KeyError("from else")
        return "ok"
    finally:
        step("finally")
        if op == "override":
            return "finally wins"


cases = [("plain", None), ("plain", "try"), ("plain", "return"), ("plain", "else"),
         ("reraise", "try"), ("convert", "try"), ("override", "try"), ("override", "else"),
         ("override", None)]
for op, fail in cases:
    trace.clear()
    try:
        result = process(op, fail)
        print(f"{op:8} {str(fail):6} -> {result!r}")
    except Exception as e:
        print(f"{op:8} {str(fail):6} !! {type(e).__name__}: {e} (cause={e.__cause__!r}, context={e.__context__!r})")
    print("   ", trace)


def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("else")
    return out


print(loop_with_finally())


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally n =", n)


print(while_finally())


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally, exc_info:", sys.exc_info()[0].__name__)
    except KeyError as e:
        print("  outer caught", repr(e))
        try:
            raise IndexError("second")
        except IndexError as e2:
            print("  context of second:", repr(e2.__context__))
        print("  exc_info after nested handler:", sys.exc_info()[1])
    print("  exc_info outside:", sys.exc_info())


nested()


def swallow_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop ended"


print(swallow_in_finally())


def exc_var_cleared():
    try:
        raise ValueError("gone")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(exc_var_cleared())


def context_suppression():
    try:
        try:
            raise TypeError("original")
        except TypeError:
            raise ValueError("replacement") from None
    except ValueError as e:
        return e.__context__, e.__cause__, e.__suppress_context__


print(context_suppression())


class Cleanup:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else 'no error'}")
        return self.suppress


def with_flow(kind):
    with Cleanup("outer"):
        with Cleanup("inner", suppress=(kind == "suppress")):
            if kind in ("raise", "suppress"):
                raise OSError(kind)
            if kind == "return":
                return "returned"
        print("  after inner")
    return "fell through"


for kind in ["none", "raise", "suppress", "return"]:
    try:
        print(kind, "->", with_flow(kind))
    except OSError as e:
        print(kind, "-> OSError", e)


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


g = generator_finally()
print(next(g))
del g
print("after del generator")
for v in generator_finally():
    if v == 1:
        break
print("after break")


def raise_in_except_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [].pop()
    except IndexError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__context__
        return " <- ".join(chain)


print(raise_in_except_chain())


def bare_raise_outside():
    try:
        raise
    except RuntimeError as e:
        return f"RuntimeError: {e}"


print(bare_raise_outside())


def assert_flow(x):
    try:
        assert x > 0, f"x must be positive, got {x}"
        assert x != 5
        return "passed"
    except AssertionError as e:
        return f"AssertionError({e.args})"


print([assert_flow(v) for v in (1, -2, 5)])

count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration("manual")
    except StopIteration as e:
        print("stopped:", e, count)
        break
    finally:
        print("  finally", count)
