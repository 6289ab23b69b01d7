"""Introspection helpers as a serializer or debugger would use them."""
import inspect
import types


class Base:
    """Base doc."""
    kind = "base"
    _private = 1

    def __init__(self, a, b=2, *args, c, d=4, **kw):
        self.a, self.b, self.c, self.d = a, b, c, d
        self.extra = kw

    def method(self, x):
        return x

    @classmethod
    def make(cls):
        return cls(1, c=3)

    @staticmethod
    def helper(y):
        return y * 2

    @property
    def total(self):
        return self.a + self.b


class Child(Base):
    kind = "child"

    def method(self, x, y=0):
        return super().method(x) + y

    def __repr__(self):
        return f"Child(a={self.a})"


obj = Child.make()
print(type(obj).__name__, type(obj).__qualname__, type(obj).__module__, obj)
print(sorted(vars(obj)), vars(obj)["extra"])
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in vars(Child) if not n.startswith("__")], "__repr__" in vars(Child))
print(Child.__doc__, Base.__doc__, Child.__base__.__name__, Child.__bases__)
print(getattr(obj, "kind"), getattr(Base, "kind"), getattr(obj, "nope", None), hasattr(obj, "total"))
print(obj.total, type(Base.__dict__["total"]).__name__, type(Base.__dict__["make"]).__name__,
      type(Base.__dict__["helper"]).__name__, type(Base.__dict__["method"]).__name__)
print(type(obj.method).__name__, obj.method.__self__ is obj, obj.method.__func__ is Child.method)
print(Child.make.__self__ is Child, type(Child.helper).__name__, Child.helper(4))
print(callable(obj), callable(obj.method), callable(Child), callable(Base.total))
print(isinstance(obj, Base), isinstance(obj, (int, str)), issubclass(Child, (int, Base)), issubclass(Child, object))
print(Child.__name__, Child.method.__qualname__, Base.make.__qualname__, Child.__init__ is Base.__init__)

sig = inspect.signature(Base.__init__)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:5} {str(p.kind):22} default={p.default if p.default is not p.empty else '-'}")
print(inspect.signature(Child.method), inspect.signature(obj.method), inspect.signature(Base.helper))
bound = sig.bind(None, 10, c=30, zz=1)
print(bound.arguments, bound.args, bound.kwargs)
try:
    sig.bind(None)
except TypeError as e:
    print("TypeError:", e)

print(inspect.isclass(Child), inspect.ismethod(obj.method), inspect.isfunction(Child.method),
      inspect.isfunction(obj.method), inspect.isgeneratorfunction(Child.method))
print(sorted(n for n, _ in inspect.getmembers(obj, inspect.ismethod)))
print(sorted(n for n, v in inspect.getmembers(Child) if isinstance(v, property)))
print([c.__name__ for c in inspect.getmro(Child)])
print(inspect.getdoc(Child), inspect.getdoc(Base.method))


def gen_fn():
    yield 1


async def coro_fn():
    return 1

print(inspect.isgeneratorfunction(gen_fn), inspect.iscoroutinefunction(coro_fn), inspect.isgenerator(gen_fn()))
code = Base.__init__.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:6],
      bool(code.co_flags & inspect.CO_VARARGS), bool(code.co_flags & inspect.CO_VARKEYWORDS))
print(Base.__init__.__defaults__, Base.__init__.__kwdefaults__)


def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print(add5.__name__, add5.__qualname__, add5.__code__.co_freevars, add5.__closure__[0].cell_contents, add5(1))
print(add5.__module__, add5.__globals__ is globals(), type(add5).__name__)


def annotated(x: int, y: "list[str]" = None) -> bool:
    return True

print(annotated.__annotations__, inspect.signature(annotated))

ns = types.SimpleNamespace(x=1, y=[2])
ns.z = 3
print(ns, vars(ns), ns.x)
Dyn = types.new_class("Dyn", (Base,), {}, lambda d: d.update({"kind": "dyn"}))
print(Dyn.kind, Dyn.__mro__[1].__name__, Dyn.make().kind)
fn = types.FunctionType(add5.__code__, globals(), "renamed", None, add5.__closure__)
print(fn.__name__, fn(10))
bm = types.MethodType(lambda self: f"bound to {self!r}", obj)
print(bm(), type(bm).__name__)
print(type(len).__name__, type([].append).__name__, type(str.upper).__name__)
print(type(type).__name__, type(object).__name__, type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(isinstance(len, types.BuiltinFunctionType), isinstance(add5, types.FunctionType), isinstance(obj.method, types.MethodType))
print(object.__subclasses__ is not None, Base.__subclasses__(), len(Child.__subclasses__()))
mp = Child.__dict__
print(type(mp).__name__, "kind" in mp, mp["kind"])
try:
    mp["kind"] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in Base.__dict__ if k.startswith("__") and k.endswith("__")))
setattr(Child, "added", lambda self: "dynamic")
print(obj.added(), "added" in Child.__dict__)
delattr(Child, "added")
print(hasattr(obj, "added"))
print(id(obj) == id(obj), hash(obj) == hash(obj), obj.__class__ is Child, obj.__dict__ is vars(obj))
print(repr(int.__add__)[:26], repr(str.join)[:23], repr(Base.total)[:18])
print(vars(Base)["kind"], [k for k in ("a", "kind", "__init__") if k in Base.__dict__])
print(globals()["Base"] is Base, "make_adder" in globals(), sorted(locals().keys()) == sorted(globals().keys()))


def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())

print(show_locals(1))
