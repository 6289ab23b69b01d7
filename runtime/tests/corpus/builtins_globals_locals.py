# globals(), locals(), vars() without args, and dynamic name lookup.
a = 1
b = "two"
g = globals()
print(g["a"], g["b"], "g" in g, g["__name__"], type(g).__name__)
g["c"] = 3
print(c)
def f(x, y=5):
    z = x + y
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    inner = "value"
    return vars()
print(g2())
class K:
    p = 1
    q = [k for k in ("a",)]
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
name = "a"
print(globals()[name], eval(name), eval("b", globals()), "__builtins__" in globals())
print(globals() is vars(), __name__, __doc__ is None)
def shadow():
    a = "local a"
    return a, globals()["a"]
print(shadow())
def closure():
    v = 10
    def inner():
        return locals()
    def inner2():
        return v, locals()
    return inner(), inner2()
print(closure())
