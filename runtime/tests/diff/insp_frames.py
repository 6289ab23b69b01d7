import os
import sys
import inspect


def whoami():
    return sys._getframe(1).f_code.co_name


def caller_chain(depth=10):
    names = []
    f = sys._getframe(1)
    while f is not None and len(names) < depth:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def trace_call(fn):
    def wrapper(*args, **kwargs):
        caller = sys._getframe(1)
        print(f"call {fn.__name__} from {caller.f_code.co_name} line-delta {caller.f_lineno - caller.f_code.co_firstlineno}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def debug_locals():
    f = sys._getframe(1)
    items = sorted((k, v) for k, v in f.f_locals.items() if not k.startswith("_") and isinstance(v, (int, str, float)))
    return items


@trace_call
def compute(a, b, scale=2):
    total = (a + b) * scale
    label = "sum"
    print("inside", whoami())
    print("locals:", debug_locals())
    return total


def outer():
    x = 10
    def middle():
        y = 20
        def inner():
            z = x + y
            print("chain:", caller_chain()[:4])
            return z
        return inner()
    return middle()


class Service:
    def handle(self, req):
        frame = inspect.currentframe()
        print("method frame:", frame.f_code.co_name, "self in locals:", "self" in frame.f_locals)
        print("qualname via code:", frame.f_code.co_qualname if hasattr(frame.f_code, "co_qualname") else None)
        return self._helper(req)

    def _helper(self, req):
        st = inspect.stack()
        print("stack names:", [fi.function for fi in st[:3]])
        print("stack file:", os.path.basename(st[0].filename))
        print("ctx:", [ (fi.code_context[0].strip() if fi.code_context else None) for fi in st[:2]])
        print("index:", st[0].index)
        outer_info = inspect.getouterframes(inspect.currentframe())
        print("outer:", [o.function for o in outer_info[:3]])
        return req.upper()


def gen_frames():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


def info_of(frame):
    fi = inspect.getframeinfo(frame)
    return (os.path.basename(fi.filename), fi.function, fi.code_context[0].strip() if fi.code_context else None)


def main():
    print(compute(1, 2))
    print(compute(3, 4, scale=5))
    print(outer())
    print(Service().handle("ping"))
    print(list(gen_frames()))
    print(info_of(sys._getframe()))
    g = gen_frames()
    print("gi_frame code:", g.gi_frame.f_code.co_name, g.gi_running)
    next(g)
    print("gi_frame lineno delta:", g.gi_frame.f_lineno - g.gi_code.co_firstlineno)
    for _ in g:
        pass
    print("after exhaust:", g.gi_frame)
    f = sys._getframe()
    print("module globals has main:", "main" in f.f_globals, f.f_back.f_code.co_name)
    print("builtins has len:", "len" in f.f_builtins)
    lam = lambda: sys._getframe().f_code.co_name
    print("lambda:", lam())
    print("comp:", [sys._getframe().f_code.co_name for _ in range(1)])
    print("genexp:", list(sys._getframe().f_code.co_name for _ in range(1)))
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError:", e)


main()
