# Dict watchers and fixed builtins: every global and builtin cache must see each change at
# once. Each loop runs a few thousand times (caches warm, shadow code made) before the change.
import builtins

N = 3000

# --- a global rebound inside a hot loop, from the module frame
X = 1
def read_x():
    return X
acc = []
for i in range(N):
    if i == 2000:
        X = 2
    acc.append(read_x())
print("rebind", sum(acc), acc[1999], acc[2000])

# --- rebound from inside a function with a `global` statement
def set_x(v):
    global X
    X = v
def loop_global():
    t = 0
    for i in range(N):
        if i == 1500:
            set_x(10)
        t += read_x()
    return t
print("global stmt", loop_global())

# --- a global shadowing a builtin, deleted: the builtin shows through again
def use_len(s):
    return len(s)
def shadow_loop():
    out = []
    for i in range(N):
        if i == 1000:
            globals()["len"] = lambda s: 100
        if i == 2000:
            del globals()["len"]
        out.append(use_len("abcd"))
    return out
r = shadow_loop()
print("shadow", sum(r), r[999], r[1000], r[1999], r[2000])

# --- `del` of a global that shadows a builtin, by DELETE_GLOBAL
def make_abs():
    global abs
    abs = lambda v: "mine"
def del_abs():
    global abs
    del abs
def use_abs():
    return abs(-3)
res = [use_abs() for _ in range(N)]
make_abs()
res.append(use_abs())
del_abs()
res.append(use_abs())
print("del global", res[0], res[-2:])
try:
    del_abs()
except NameError as e:
    print("NameError", e)

# --- builtins.len replaced, then restored
orig_len = builtins.len
def builtins_loop():
    t = []
    for i in range(N):
        if i == 1000:
            builtins.len = lambda s: -1
        if i == 2000:
            builtins.len = orig_len
        t.append(use_len("xyz"))
    return t
b = builtins_loop()
print("builtins.len", sum(b), b[999], b[1000], b[1999], b[2000])

# --- a builtin deleted from builtins (NameError), then put back
def use_sorted():
    return sorted([3, 1, 2])
for _ in range(N):
    use_sorted()
saved = builtins.sorted
del builtins.sorted
try:
    use_sorted()
except NameError as e:
    print("NameError", e)
builtins.sorted = saved
print("sorted back", use_sorted())

# --- a new global appears where only a builtin was, via setdefault/update/pop/popitem
def use_min():
    return min(4, 5)
for _ in range(N):
    use_min()
g = globals()
g.setdefault("min", lambda a, b: "setdefault")
print("setdefault", use_min())
g.pop("min")
print("pop", use_min())
g.update(min=lambda a, b: "update")
print("update", use_min())
g.update({"min": lambda a, b: "update2"})
print("update dict", use_min())
del g["min"]
print("del item", use_min())
g |= {"min": lambda a, b: "ior"}
print("ior", use_min())
g.pop("min")
print("pop again", use_min())

# --- names appearing and disappearing, NameError messages
def use_missing():
    return not_yet_defined
for i in range(5):
    try:
        use_missing()
    except NameError as e:
        print("missing", e)
not_yet_defined = "now"
print("defined", use_missing())
del not_yet_defined
try:
    use_missing()
except NameError as e:
    print("missing again", e)

# --- exec with a custom globals dict, code reused across dicts
src = """
def f():
    return val + len("ab")
"""
ns1 = {"val": 1}
ns2 = {"val": 100, "__builtins__": {"len": lambda s: 1000}}
exec(src, ns1)
exec(src, ns2)
s1 = sum(ns1["f"]() for _ in range(N))
s2 = sum(ns2["f"]() for _ in range(N))
ns1["val"] = 5
ns2["__builtins__"]["len"] = lambda s: 0
print("exec", s1, s2, ns1["f"](), ns2["f"]())
code = compile("total = 0\nfor i in range(2000):\n    total += k\n", "<loop>", "exec")
for k0 in (1, 2, 3):
    d = {"k": k0}
    exec(code, d)
    print("exec loop", d["total"])
d = {"k": 1}
exec("def get():\n    return k\n", d)
acc = 0
for i in range(N):
    if i == 1500:
        exec("k = 7", d)
    acc += d["get"]()
print("exec rebinding", acc)

# --- module attributes set from another module
import os, sys, tempfile
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "watch_helper_mod.py"), "w") as fh:
    fh.write("W = 1\ndef get_w():\n    return W\ndef get_abs():\n    return abs(-2)\n")
sys.path.insert(0, tmp)
import watch_helper_mod as m
os.remove(os.path.join(tmp, "watch_helper_mod.py"))
t = 0
for i in range(N):
    if i == 1000:
        m.W = 5
    if i == 2000:
        setattr(m, "W", 9)
    t += m.get_w()
print("module attr", t)
for _ in range(N):
    m.get_abs()
m.abs = lambda v: "module abs"
print("module shadow", m.get_abs())
del m.abs
print("module unshadow", m.get_abs())
gw = m.get_w
for _ in range(N):
    gw()
vars(m).clear()
try:
    gw()
except NameError as e:
    print("cleared module", e)
m.W = "back"
print("refilled", gw())
try:
    get_w = None
    print(m.get_w)
except AttributeError as e:
    print("AttributeError", e)

# --- `__builtins__` replaced in an exec namespace after its functions were made
ns3 = {}
exec("def f():\n    return len('abc')\n", ns3)
for _ in range(N):
    ns3["f"]()
ns3["__builtins__"] = {"len": lambda s: "new builtins"}
print("old function keeps its builtins", ns3["f"]())
print("f.__builtins__ is builtins dict", ns3["f"].__builtins__ is vars(builtins))

# --- builtins dict of a function is the one of its module when made
ns4 = {"__builtins__": {"len": lambda s: 55}}
exec("def f():\n    return len('x')\n", ns4)
print("custom builtins", ns4["f"](), ns4["f"].__builtins__ is ns4["__builtins__"])
ns5 = {"__builtins__": builtins}
exec("def f():\n    return len('xy')\n", ns5)
print("module as builtins", ns5["f"](), ns5["f"].__builtins__ is vars(builtins))

# --- a global changed by a nested function call in the middle of an expression
Y = 1
def change_y():
    global Y
    Y = 50
    return 0
def expr():
    return Y + change_y() + Y
for _ in range(N):
    Y = 1
    v = expr()
print("mid expression", v)

# --- a value dropped from globals while a cached load could still see it
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, Z.n if "Z" in globals() and isinstance(Z, Noisy) else None)
Z = Noisy(1)
def read_z():
    return Z.n
for _ in range(N):
    read_z()
Z = Noisy(2)
print("after rebind", read_z())
del Z
print("Z gone", "Z" in globals())

# --- globals with non-str keys and str subclasses
class S(str):
    pass
def use_q():
    return Q
Q = "plain"
for _ in range(N):
    use_q()
globals()[S("Q")] = "via subclass"
print("str subclass key", use_q())
globals()[42] = "int key"
print("int key", use_q(), globals()[42])
del globals()[42]
print("still", use_q())

# --- a module's __dict__ cannot be replaced or deleted
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            m.__dict__ = {}
        else:
            del m.__dict__
    except (AttributeError, TypeError) as e:
        print(attempt, type(e).__name__, e)

# --- a suspended generator sees globals changed while it waited
GEN_G = 1
def gen():
    while True:
        yield GEN_G + len("ab")
it = gen()
vals = [next(it) for _ in range(N)]
GEN_G = 100
vals.append(next(it))
len = lambda s: 1000
vals.append(next(it))
del len
vals.append(next(it))
print("generator", sum(vals), vals[-4:])

# --- a class body and its methods
K = "k1"
class C:
    attr = K
    def m(self):
        return K, len("abc")
c = C()
for _ in range(N):
    c.m()
K = "k2"
print("class", C.attr, c.m())

# --- recursion with the global rebound half-way
DEPTH_MARK = "before"
def rec(n):
    global DEPTH_MARK
    if n == 0:
        return []
    if n == 50:
        DEPTH_MARK = "after"
    return [DEPTH_MARK] + rec(n - 1)
r = rec(100)
print("recursion", r[0], r[50], r[51], r[-1])
