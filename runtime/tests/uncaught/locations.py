# Where tracebacks mark the failing expression for many kinds of statements and
# expressions (each error raised while handling the previous one).
import sys
class C:
    __slots__ = ()
def t0(): a = None; return a < 1
def t1(): return -"s"
def t2():
    for x in 5:
        pass
def t3(): a, b = 1
def t4():
    x = 1
    x += None
def t5():
    d = {}
    del d["k"]
def t6():
    t = (1,)
    t[0] = 2
def t7(): C().y = 1
def t8(): import no_such_mod_q
def t9(): return f"{1:q}"
def t10(x=1): assert x == 2, "msg"
def t11():
    return max(1,
               None,
               2)
def t12(): return [x / 0 for x in [1]]
def t13(): return list(x / 0 for x in [1])
def t14(): return 1 < 2 < None
def t15(): return dict(**1)
def t16(): return print(*[1], **{1: 2})
def t17(x=1): return (x)[1:2]
def t18():
    def g():
        yield from 1
    return list(g())
def t19():
    with 1:
        pass
def t20(): return len(1) + 1
def t21(): return "a" "b" * None
def t22(): return {}.get(1, 2, 3)
def t23(): return [1][0][0]
def t24(): return sys.modules["nope"]
def t25(): return (lambda: 1 / 0)()
def t26(x=None): return [1, 2][x]
def t27(): return int("x") if True else 0
def t28():
    class K:
        z = 1 / 0
def t29():
    @staticmethod
    @len
    def q(): pass
def t30(): x = {"a": 1}; return x["a"]["b"]
def t31(): return not_defined_name + 1
def t32():
    y = 1
    def inner():
        return y + z
    return inner()
def t33(): return 2 ** -1 % 0
def t34(): return 1 if None.x else 2
def t35(): return [1, 2, 3].index(
    4)
def t37(v):
    for x, (y, z) in v:
        pass
def t38(d):
    del d.x, d["q"]
def t39():
    from sys import (
        path,
        nothing_here_q)
def t40():
    class M:
        def __enter__(self): return self
        def __exit__(self, *a): raise KeyError("exit")
    with M() as m, \
            M():
        pass
def t36():
    raise ValueError(
        "multi"
    )
tests = [v for k, v in sorted(globals().items()) if k.startswith("t") and k[1:].isdigit()]
tests.sort(key=lambda f: int(f.__name__[1:]))
def run(i):
    if i == len(tests):
        return
    try:
        tests[i](*([[(1, 2)]] if tests[i].__name__ == "t37" else [object()] if tests[i].__name__ == "t38" else []))
    finally:
        run(i + 1)
run(0)
