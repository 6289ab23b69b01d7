# Resource management: nested context managers, an exit stack written by hand, cleanup
# ordering, suppression, errors raised inside __exit__, and generator-based managers.
log = []

class Resource:
    def __init__(self, name, fail_on_enter=False, fail_on_exit=False, suppress=()):
        self.name = name
        self.fail_on_enter = fail_on_enter
        self.fail_on_exit = fail_on_exit
        self.suppress = suppress
    def __enter__(self):
        log.append(f"open {self.name}")
        if self.fail_on_enter:
            raise OSError(f"cannot open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        if self.fail_on_exit:
            raise RuntimeError(f"close failed for {self.name}")
        return et is not None and issubclass(et, self.suppress)

class ExitStack:
    def __init__(self):
        self._exits = []
    def enter(self, cm):
        result = cm.__enter__()
        self._exits.append(cm.__exit__)
        return result
    def callback(self, fn, *args):
        def _exit(et, ev, tb):
            fn(*args)
            return False
        self._exits.append(_exit)
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        pending = (et, ev, tb)
        suppressed = False
        while self._exits:
            fn = self._exits.pop()
            try:
                if fn(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as new:
                if pending[1] is not None and new.__context__ is None:
                    new.__context__ = pending[1]
                pending = (type(new), new, new.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not ev:
            raise pending[1]
        return suppressed or (et is not None and pending[0] is None)

def scenario(title, body):
    log.clear()
    try:
        result = body()
        outcome = f"returned {result!r}"
    except Exception as e:
        ctx = e.__context__
        outcome = f"raised {type(e).__name__}: {e}" + (f" (context: {type(ctx).__name__}: {ctx})" if ctx else "")
    print(f"{title}: {outcome}")
    for line in log:
        print("   ", line)

def plain():
    with Resource("a") as a, Resource("b") as b:
        log.append(f"using {a.name}+{b.name}")
        return "done"
scenario("plain", plain)

def body_error():
    with Resource("a"), Resource("b", suppress=(KeyError,)):
        raise KeyError("missing")
    return "after with"
scenario("suppressed", body_error)

def not_suppressed():
    with Resource("a"), Resource("b", suppress=(KeyError,)):
        raise ValueError("bad value")
scenario("propagated", not_suppressed)

def enter_fails():
    with Resource("a"), Resource("b", fail_on_enter=True), Resource("c"):
        log.append("never here")
scenario("enter fails", enter_fails)

def exit_fails():
    with Resource("a"), Resource("b", fail_on_exit=True):
        raise ValueError("original")
scenario("exit fails", exit_fails)

def stack_ok():
    with ExitStack() as stack:
        r = [stack.enter(Resource(n)) for n in "xyz"]
        stack.callback(log.append, "callback ran")
        log.append(f"working with {len(r)}")
    return "stack done"
scenario("stack", stack_ok)

def stack_error():
    with ExitStack() as stack:
        stack.enter(Resource("x"))
        stack.enter(Resource("y", fail_on_exit=True))
        stack.enter(Resource("z", suppress=(ZeroDivisionError,)))
        1 / 0
    return "suppressed by z, then y failed"
scenario("stack error", stack_error)

def stack_suppress():
    with ExitStack() as stack:
        stack.enter(Resource("p", suppress=(LookupError,)))
        stack.enter(Resource("q"))
        [][1]
    return "index error swallowed"
scenario("stack suppress", stack_suppress)

def managed(name):
    log.append(f"setup {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"teardown {name}")

class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def gen_ok():
    with GenCM(managed("db")) as h:
        log.append(f"handle {h}")
    return h
scenario("gen ok", gen_ok)

def gen_handled():
    with GenCM(managed("net")):
        raise ValueError("timeout")
    return "handled inside generator"
scenario("gen handled", gen_handled)

def gen_unhandled():
    with GenCM(managed("fs")):
        raise KeyError("path")
scenario("gen unhandled", gen_unhandled)

def loop_with_break():
    for i in range(5):
        with Resource(f"r{i}"):
            if i == 1:
                continue
            if i == 3:
                break
    return i
scenario("loop", loop_with_break)

def nested_finally():
    try:
        with Resource("outer"):
            try:
                raise TypeError("inner problem")
            finally:
                log.append("inner finally")
    finally:
        log.append("outer finally")
scenario("finally", nested_finally)
