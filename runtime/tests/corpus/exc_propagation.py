# Exceptions propagating through frames, finally blocks and callbacks.
log = []
def level3(n):
    log.append(f"enter3({n})")
    try:
        if n == 0:
            raise ValueError("bottom")
        return 100 // n
    finally:
        log.append(f"exit3({n})")
def level2(n):
    log.append("enter2")
    try:
        return level3(n) + 1
    except TypeError:
        log.append("wrong handler in 2")
        raise
    finally:
        log.append("exit2")
def level1(n):
    try:
        return level2(n)
    except ValueError as e:
        log.append(f"handled in 1: {e}")
        return -1
print(level1(5), log)
log.clear()
print(level1(0), log)
def apply(fn, items):
    out = []
    for it in items:
        try:
            out.append(fn(it))
        except Exception as e:
            out.append(f"{type(e).__name__}({it!r})")
    return out
print(apply(lambda x: 10 / x, [1, 0, 2, "a"]))
print(apply(int, ["1", "x", "3.5", " 7 "]))
print(apply(lambda d: d["k"], [{"k": 1}, {}, None]))
def gen_raises():
    yield 1
    raise KeyError("gen")
def consume():
    total = []
    try:
        for v in gen_raises():
            total.append(v)
    except KeyError as e:
        total.append(f"caught {e}")
    return total
print(consume())
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False
log.clear()
try:
    with Resource("a"):
        with Resource("b"):
            raise OSError("disk")
except OSError as e:
    log.append(f"handled {e}")
print(log)
def deep(n):
    if n == 0:
        raise LookupError("deep")
    try:
        deep(n - 1)
    finally:
        trail.append(n)
trail = []
try:
    deep(5)
except LookupError:
    print("trail", trail)
def callback_raises(cb):
    try:
        return cb()
    except ZeroDivisionError:
        return "callback divided by zero"
print(callback_raises(lambda: 1 / 0), callback_raises(lambda: "fine"))
try:
    callback_raises(lambda: [][1])
except IndexError as e:
    print("IndexError escapes:", e)
def reraise_different():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    reraise_different()
except RuntimeError as e:
    print(e, "<-", e.__cause__)
results = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-e.args[0])
    else:
        results.append("else")
    finally:
        results.append("|")
print(results)
