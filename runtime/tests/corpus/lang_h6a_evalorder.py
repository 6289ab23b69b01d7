# Evaluation order: call arguments, dict displays, subscripts and augmented assignment,
# decorators, default arguments, chained comparisons and finally blocks.
trace = []
def t(label, value=None):
    trace.append(label)
    return label if value is None else value

def show(title):
    print(f"{title}: {' '.join(map(str, trace))}")
    trace.clear()

def f(*args, **kwargs):
    return len(args), sorted(kwargs)

f(t("a"), t("b"), *[t("c")], k=t("d"), **{t("e"): t("f")})
show("call args")
d = {t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}
show("dict display")
s = {t("s1"), t("s2")}
l = [t("l1"), *(t("l2"), t("l3"))]
show("set/list")

class Box:
    def __init__(self):
        self.data = {"x": 1}
    def __getitem__(self, k):
        trace.append(f"get[{k}]")
        return self.data[k]
    def __setitem__(self, k, v):
        trace.append(f"set[{k}]={v}")
        self.data[k] = v
    def __getattr__(self, name):
        trace.append(f"getattr {name}")
        return 0

box = Box()
box[t("x")] += t("inc", 5)
show("aug subscript")
t("target")[0:0] if False else None
box[t("y")] = t("val", 7)
show("assign subscript")
box.counter += t("one", 1)
show("aug attr")
print(box.counter, box.data)

def deco(name):
    t(f"deco-factory {name}")
    def wrap(fn):
        t(f"wrap {name}")
        return fn
    return wrap

@deco("outer")
@deco("inner")
def decorated(x=t("default")):
    return x
show("decorators")

a = t("left", 1) < t("mid", 2) < t("right", 0) < t("never", 5)
show(f"chain -> {a}")
b = t("p", 0) or t("q", "") or t("r", "x") or t("s")
show(f"or -> {b!r}")
c = t("p", 1) and t("q", []) and t("r")
show(f"and -> {c!r}")
v = t("cond", True) and t("yes") if t("test", 1) else t("no")
show(f"ternary -> {v}")

def fin(n):
    for i in range(3):
        try:
            trace.append(f"try{i}")
            if i == n:
                return f"ret{i}"
            if i == 0:
                continue
            break
        finally:
            trace.append(f"fin{i}")
    return "end"
for n in range(3):
    r = fin(n)
    show(f"fin({n}) -> {r}")

def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            trace.append("inner finally")
    except ValueError as e:
        trace.append(f"caught {e}")
        return "handled"
    finally:
        trace.append("outer finally")
r = nested_finally()
show(f"nested -> {r}")

x = [0, 1, 2]
i = 0
i, x[i] = 2, 9
print(i, x)
x = [0, 1, 2]
x[t("idx", 1)], x[t("idx2", 2)] = t("rv1", "a"), t("rv2", "b")
show(f"tuple assign {x}")
m = {}
m[t("key")] = m.get(t("lookup"), 0) + 1
show(f"dict assign {m}")
lam = lambda a=t("lam-default"): a
show("lambda default")
vals = [t(f"gen{i}", i) for i in range(3) if t(f"cond{i}", i % 2 == 0)]
show(f"comprehension {vals}")
g = (t(f"lazy{i}", i) for i in range(2))
trace.append("created")
list(g)
show("generator")
print(max(t("m1", 3), t("m2", 5), key=lambda v: t(f"key{v}", -v)))
show("max key")
def kwfirst(a, b):
    return a, b
print(kwfirst(b=t("B"), a=t("A")))
show("kwargs order")
print(f"{t('f1')}{t('f2')!r:>5}{t('f3', 3):{t('spec', '03d')}}")
show("f-string")
print([t("slice-obj")][t("start", 0):t("stop", 1):t("step", 1)])
show("slice")
