# eval, exec, compile, globals() and locals() with explicit and implicit namespaces.
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("\tx - 3"), eval(b"x // 3"), eval("[i * i for i in range(4)]"))
print(eval("x + y", {"x": 1, "y": 2}), eval("x + y", {"x": 1}, {"y": 5}), eval("x", None, {"x": "local"}), eval("len('abc')", {}))
g = {"a": 3}
exec("b = a * 2\nc = b + 1", g)
print(g["b"], g["c"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
ns_g, ns_l = {"base": 100}, {}
exec("r = base + 1\ndef f():\n    return base\nres = f()", ns_g, ns_l)
print(sorted(ns_l), ns_l["r"], ns_l["res"], "r" in ns_g)
exec("x = 99")
print(x)
exec("import math as _m\nroot = _m.sqrt(16)")
print(root)

def scope():
    local_v = 5
    print(eval("local_v + x"))
    exec("print('exec sees', local_v)")
    return eval("local_v * 2")
print(scope())

code = compile("a * b", "<calc>", "eval")
print(type(code).__name__, code.co_name, code.co_filename, eval(code, {"a": 6, "b": 7}))
code2 = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
ns = {}
print(exec(code2, ns), ns["total"], eval(compile("total * 2", "t", "eval"), ns))
code3 = compile(source="1 + 1", filename="kw", mode="eval")
print(eval(code3), compile("pass", "p", "exec", 0, False, -1).co_filename)
single = compile("z = 5", "s", "single")
sns = {}
exec(single, sns)
print(sns["z"])
print(eval(compile(b"3 * 4", "b", "eval")))

class Mapping:
    def __init__(self):
        self.store = {"m": 1}
    def __getitem__(self, k):
        if k in self.store:
            return self.store[k]
        raise KeyError(k)
    def __setitem__(self, k, v):
        self.store[k] = v
mp = Mapping()
print(eval("m + 1", {}, mp))
exec("n = m + 41", {}, mp)
print(mp.store)

def show_locals(p, q=2):
    inner = p + q
    return sorted(locals().items())
print(show_locals(1))
def with_closure():
    captured = "c"
    def f():
        mine = 1
        return sorted(locals()), captured
    return f()
print(with_closure())
class Body:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names)
print(locals() is globals(), globals()["x"], "scope" in globals(), type(globals()).__name__)
def gl():
    globals()["made_here"] = "yes"
gl()
print(made_here)
print(sorted(k for k in dir() if not k.startswith("_"))[:5], "x" in dir())
def dir_in_func(a):
    b = 2
    return dir()
print(dir_in_func(1), vars() is globals(), sorted(vars(Body))[:2] if False else "skip")

errors = [
    lambda: eval("1", 5), lambda: eval("1", {}, 5), lambda: exec("1", 5), lambda: exec("1", {}, 5),
    lambda: eval(5), lambda: exec(5), lambda: eval(), lambda: exec(), lambda: eval("1", globals={}),
    lambda: exec("1", glob={}), lambda: compile("1", "f", "bad"), lambda: compile(5, "f", "exec"),
    lambda: compile("1", "f"), lambda: compile("1", 5, "exec"), lambda: eval("x = 1"), lambda: eval("undefined_name"),
    lambda: exec("raise ValueError('inside exec')"), lambda: eval("1 +"), lambda: exec("def f(:\n pass"),
    lambda: exec("  indented = 1"), lambda: globals(1), lambda: locals(1), lambda: dir(1, 2), lambda: vars(1, 2), lambda: vars(5),
    lambda: eval("1/0"), lambda: compile("x", "f", "eval", flags=0, mode="exec"),
]
for i, call in enumerate(errors):
    try:
        print(i, "ok", call())
    except SyntaxError as e:
        print(i, type(e).__name__, e.msg, e.lineno)
    except Exception as e:
        print(i, type(e).__name__, e)
