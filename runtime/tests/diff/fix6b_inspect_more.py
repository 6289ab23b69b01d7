# inspect: generator/coroutine state, stack and frame info, getattr_static, argument and
# closure introspection, class trees.
import inspect, sys, os, asyncio
def gen():
    x = 1
    yield x
    y = 2
    yield y
g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def inner_state():
    return inspect.getgeneratorstate(g2)
def gen2():
    yield inner_state()
g2 = gen2()
print(next(g2))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g), inspect.GEN_CLOSED)
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print("TypeError:", e)
async def co():
    await asyncio.sleep(0)
c = co()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

def where():
    st = inspect.stack()
    return [(fi.function, fi.lineno, fi.code_context[0].strip() if fi.code_context else None, fi.index, os.path.basename(fi.filename)) for fi in st[:3]]
def caller():
    return where()
print(caller())
fi = inspect.stack()[0]
print(fi[3], fi.function, len(fi), type(fi).__name__, fi.positions.lineno == fi.lineno, fi.filename == __file__)
info = inspect.getframeinfo(sys._getframe(), context=3)
print(info.function, info.index, len(info.code_context), type(info).__name__, info.lineno == info.positions.lineno)
print(inspect.getframeinfo(sys._getframe(), context=0).code_context, inspect.getlineno(sys._getframe()) > 0)
def boom():
    raise ValueError("x")
try:
    boom()
except ValueError:
    frames = inspect.trace()
    print([(f.function, f.code_context[0].strip()) for f in frames])
    tb = sys.exc_info()[2]
    print([f.function for f in inspect.getinnerframes(tb, 0)], inspect.getframeinfo(tb).function)
print([f.function for f in inspect.getouterframes(sys._getframe())])

class Meta(type):
    meta_attr = "m"
class Desc:
    def __get__(self, obj, owner=None): return "computed"
class DataDesc:
    def __get__(self, obj, owner=None): return "data"
    def __set__(self, obj, value): pass
class Base(metaclass=Meta):
    base_attr = 1
    d = Desc()
    dd = DataDesc()
    def method(self): pass
    @property
    def prop(self): return 5
    def __getattr__(self, name): return "dynamic"
class Child(Base):
    child_attr = 2
obj = Child()
obj.__dict__.update(d="inst", dd="inst", own=3)
for name in ["base_attr", "child_attr", "d", "dd", "own", "method", "prop", "missing", "meta_attr"]:
    v = inspect.getattr_static(obj, name, "<none>")
    print(name, type(v).__name__ if not isinstance(v, (int, str)) else v, getattr(obj, name, "<none>") if name not in ("prop", "method") else "")
print(type(inspect.getattr_static(Child, "method")).__name__, inspect.getattr_static(Child, "meta_attr"), type(inspect.getattr_static(Child, "mro")).__name__)
try:
    inspect.getattr_static(obj, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
sl = Slots()
print(type(inspect.getattr_static(sl, "a")).__name__, inspect.getattr_static(sl, "zz", 0))
print([n for n, v in inspect.getmembers_static(Child) if not n.startswith("__")])

def f(a, b, *rest, key=None, **extra):
    frame = sys._getframe()
    return inspect.getargvalues(frame)
av = f(1, 2, 3, key="k", z=0)
print(av.args, av.varargs, av.keywords, {k: av.locals[k] for k in av.args})
print(inspect.formatargvalues(av.args, av.varargs, av.keywords, av.locals))
print(inspect.getargs(f.__code__), inspect.getargs((lambda x, /, y, *, z: 0).__code__))
counter = 10
def make():
    step = 2
    def bump(n):
        return len(str(n)) + counter + step + undefined_name
    return bump
cv = inspect.getclosurevars(make())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), cv.unbound)
class K:
    def m(self): return counter
print(inspect.getclosurevars(K().m))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError:", e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
def show(tree, depth=0):
    for item in tree:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            print("  " * depth + item[0].__name__, [b.__name__ for b in item[1]])
show(inspect.getclasstree([D, B, C, A]))
show(inspect.getclasstree([D, B, C], unique=True))
print(inspect.indentsize("\\t  x".replace("\\\\t", "\\t")), inspect.indentsize("    y"), inspect.getabsfile(show) == os.path.abspath(__file__))
