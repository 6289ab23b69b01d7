# exec, eval, compile with globals/locals dicts.
print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("z = 10\ndef f(n):\n    return n + z\n", ns)
print(ns["z"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
exec("q = [i ** 2 for i in range(5)]", ns)
print(ns["q"])
code = compile("a * 2", "<expr>", "eval")
print(type(code).__name__, eval(code, {"a": 21}))
code2 = compile("for i in range(3):\n    out.append(i)\n", "<loop>", "exec")
out = []
exec(code2)
print(out)
exec(code2, {"out": out})
print(out)
single = compile("1 + 1", "<s>", "single")
print(type(single).__name__)
g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try:
    eval("print('x')", g)
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("def broken(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError for assignment in eval")
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError", e)
print(eval("  42  "))
print(eval("[1, 2][1]"), eval("{'k': 'v'}['k']"), eval("(lambda q: q * 3)(4)"))
loc = {"v": 3}
exec("v += 1\nw = v * 2", {}, loc)
print(sorted(loc.items()))
def in_function():
    local_var = 5
    return eval("local_var + 1")
print(in_function())
res = {}
exec("class K:\n    attr = 41\n    def m(self):\n        return self.attr + 1\nr = K().m()", res)
print(res["r"], res["K"].__name__)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("import math\nroot = math.sqrt(16)", res)
print(res["root"])
src = "total = 0\nfor n in range(1, 11):\n    total += n\n"
env = {}
exec(src, env)
print(env["total"])
print(eval(compile("3 ** 4", "<c>", "eval")))
try:
    compile("x", "<bad>", "nope")
except ValueError as e:
    print("ValueError", e)
print(eval("sum(x for x in range(4))", {}))
counter = {"n": 0}
for i in range(5):
    exec("n += i", {"i": i}, counter)
print(counter)
