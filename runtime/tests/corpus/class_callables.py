# Callable objects, __call__, bound/unbound methods, staticmethod/classmethod behaviour.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2])), triple.calls, callable(triple))
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"
p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(5)], sorted(range(-3, 4), key=p))
class Tools:
    factor = 10
    def inst(self, x):
        return ("inst", x * self.factor)
    @classmethod
    def cls_m(cls, x):
        return ("cls", cls.__name__, x * cls.factor)
    @staticmethod
    def stat(x):
        return ("stat", x)
class SubTools(Tools):
    factor = 100
t = SubTools()
print(t.inst(1), t.cls_m(1), t.stat(1), SubTools.cls_m(2), SubTools.stat(2), Tools.inst(t, 3))
bound = t.inst
unbound = Tools.inst
print(bound(5), unbound(t, 5), bound.__self__ is t, type(unbound).__name__, type(bound).__name__)
try:
    Tools.inst(5)
except TypeError as e:
    print("TypeError", e)
cm = SubTools.cls_m
print(cm.__self__ is SubTools, cm(3))
class Adder:
    def __init__(self):
        self.total = 0
    def add(self, x):
        self.total += x
        return self.total
ad = Adder()
ops = [ad.add] * 3
print([op(i) for op, i in zip(ops, [1, 2, 3])], ad.total)
methods = {"up": str.upper, "title": str.title, "rev": lambda s: s[::-1]}
print({k: f("hello world") for k, f in methods.items()})
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register
    def __call__(self, name, *args):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name}"
        return handler(*args)
d = Dispatcher()
@d.on("add")
def _add(a, b):
    return a + b
@d.on("greet")
def _greet(who):
    return f"hi {who}"
print(d("add", 2, 3), d("greet", "ann"), d("nope"))
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.fn(*a, **k)
@CallCounter
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
class Method:
    @CallCounter
    def m(self):
        return "m"
try:
    Method().m()
except TypeError as e:
    print("TypeError", e)
print(Method.m(None), Method.m.count)
f = lambda: "lambda"
f.attr = 1
print(f(), f.attr, (lambda *a, **k: (a, k))(1, b=2))
