class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.history = []
        self.dups = []
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            self.dups.append(k)
        self.history.append(("set", k))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        self.history.append(("get", k))
        return super().__getitem__(k)
    def __delitem__(self, k):
        self.history.append(("del", k))
        super().__delitem__(k)
    def __missing__(self, k):
        self.history.append(("missing", k))
        raise KeyError(k)

class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return RecordingNS()
    def __new__(m, name, bases, ns):
        print(name, "history:", ns.history)
        print(name, "dups:", ns.dups)
        return super().__new__(m, name, bases, dict(ns))

X = 100
class A(metaclass=Meta):
    a = 1
    b = a + X
    a = 2
    def f(self): return a
    tmp = 5
    del tmp
    try:
        tmp
    except NameError as e:
        print("NameError in body:", e)
    print("len builtin:", len([1]))
print(A.b)

# auto-value namespace: unknown names become values
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, k):
        if k.startswith("__") or k in __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else k in __builtins__:
            raise KeyError(k)
        self.counter += 1
        self[k] = self.counter
        return self.counter
class AutoMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return AutoNS()
class Codes(metaclass=AutoMeta):
    OK
    WARN
    ERROR
    print(OK, ERROR, len("abc"))
print(Codes.OK, Codes.WARN, Codes.ERROR)

# comprehension scoping in class body
class Scope:
    base = 10
    items = [1, 2, 3]
    firsts = [i for i in items]
    try:
        scaled = [i * base for i in items]
    except NameError as e:
        print("comprehension NameError:", e)
    pairs = list(map(lambda i, b=base: i + b, items))
print(Scope.firsts, Scope.pairs, hasattr(Scope, "scaled"))

def factory():
    v = "enclosing"
    class Inner:
        v = "class"
        def m(self): return v
        w = v
    return Inner
I = factory()
print(I().m(), I.w)

def nl():
    count = 0
    class C:
        nonlocal count
        count += 1
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = C()
    return c.inc(), count
print(nl())

# __classcell__ propagation
class CellMeta(type):
    def __new__(m, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class UsesSuper(metaclass=CellMeta):
    def m(self): return __class__
print(UsesSuper().m() is UsesSuper)
class DropCell(type):
    def __new__(m, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns)
try:
    class Broken(metaclass=DropCell):
        def m(self): return __class__
    Broken().m()
except (RuntimeError, NameError, TypeError) as e:
    print(type(e).__name__, e)
class Swap(type):
    def __new__(m, name, bases, ns):
        ns2 = dict(ns)
        return super().__new__(m, name + "X", bases, ns2)
class S(metaclass=Swap):
    def who(self): return __class__.__name__
print(S.__name__, S().who())
class Double(type):
    def __new__(m, name, bases, ns):
        super().__new__(m, name + "_first", bases, dict(ns))
        return super().__new__(m, name, bases, ns)
try:
    class DD(metaclass=Double):
        def m(self): return __class__
    print(DD().m().__name__)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(locals().get("__module__"), __name__)
class L:
    x = 1
    names = sorted(locals())
print(L.names)
