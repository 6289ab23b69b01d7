import inspect, functools, types, abc, sys

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    import re
    print(label, re.sub(" at 0x[0-9a-f]+", "", str(r)))

def f(a, b: int, /, c=3, *args: str, d, e: "x" = 5, **kw) -> bool:
    """  Doc line one.

        indented more
      back
    """
sig = inspect.signature(f)
print(sig, repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, int(p.kind), p.default is p.empty, p.annotation)
print(sig.return_annotation, sig == inspect.signature(f), hash(sig) == hash(inspect.signature(f)))
p = sig.parameters["c"]
print(p.replace(name="z", default=None), p.replace(kind=inspect.Parameter.KEYWORD_ONLY))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.replace(parameters=[]))
show("bad kind", lambda: inspect.Parameter("x", 7))
show("var default", lambda: inspect.Parameter("x", inspect.Parameter.VAR_POSITIONAL, default=1))
show("name type", lambda: inspect.Parameter(3, inspect.Parameter.KEYWORD_ONLY))
show("bad name", lambda: inspect.Parameter("class", inspect.Parameter.KEYWORD_ONLY))
show("implicit", lambda: inspect.Parameter(".0", inspect.Parameter.POSITIONAL_OR_KEYWORD))
show("implicit bad", lambda: inspect.Parameter(".0", inspect.Parameter.KEYWORD_ONLY))
P = inspect.Parameter
show("order", lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]))
show("defaults", lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]))
show("dup", lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]))
print(P("a", P.POSITIONAL_ONLY) == P("a", P.POSITIONAL_ONLY), P("a", 0) == P("a", 1), P("a", 0) == 5)

ba = sig.bind(1, 2, 3, 4, 5, d=6, zz=7)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
bp = sig.bind_partial(1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2), {"a": 1, "d": 1}),
                     ((1, 2), {"d": 1, "c": 2}), ((1, 2, 3), {"c": 4, "d": 1})]:
    show("bind %r %r" % (args, kwargs), lambda: sig.bind(*args, **kwargs))
def g(x, y=1, *, z):
    pass
sg = inspect.signature(g)
show("g many", lambda: sg.bind(1, 2, 3))
show("g unexpected", lambda: sg.bind(1, z=1, w=2))
show("g missing z", lambda: sg.bind(1))
print(sg.bind(1, z=2) == sg.bind(1, z=2), sg.bind(x=1, z=2).args, sg.bind(x=1, z=2).kwargs)

class C:
    def __init__(self, a, b=2):
        pass
    def meth(self, x, *, y=1):
        pass
    @classmethod
    def cm(cls, q):
        pass
    @staticmethod
    def sm(r, s=0):
        pass
    def __call__(self, k):
        pass
class N:
    def __new__(cls, n, *rest):
        return super().__new__(cls)
class Meta(type):
    def __call__(cls, m):
        pass
class WithMeta(metaclass=Meta):
    pass
class Empty:
    pass
for obj in [C, C.meth, C(1).meth, C.cm, C.sm, C(1), N, WithMeta, Empty,
            functools.partial(f, 1, 2, d=4), functools.partial(g, y=3),
            functools.partial(C.meth, C(1), 5), lambda *a, **k: None]:
    show("sig", lambda: inspect.signature(obj))
@functools.wraps(g)
def wrapped(*a, **k):
    pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
def with_sig(): pass
with_sig.__signature__ = inspect.Signature([P("q", P.KEYWORD_ONLY)])
print(inspect.signature(with_sig))
with_sig.__signature__ = 5
show("bad __signature__", lambda: inspect.signature(with_sig))
show("not callable", lambda: inspect.signature(5))
show("partial bad", lambda: inspect.signature(functools.partial(g, 1, 2, 3)))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C.meth))
print(inspect.getfullargspec(C(1).meth))
show("fas builtin", lambda: inspect.getfullargspec(5))

print(repr(inspect.getdoc(f)))
print(inspect.cleandoc("   first\n     a\n       b\n\n   c\n\n"))
class Base:
    def m(self):
        """base doc"""
    @property
    def pr(self):
        """prop doc"""
class Derived(Base):
    def m(self):
        pass
    @property
    def pr(self):
        return 1
print(inspect.getdoc(Derived.m), inspect.getdoc(Derived().m), inspect.getdoc(Derived.__dict__["pr"]))
class Undoc(Base):
    pass
print(repr(inspect.getdoc(Undoc)))

ms = inspect.getmembers(C, inspect.isfunction)
print([n for n, _ in ms])
print([n for n, _ in inspect.getmembers(C(1), inspect.ismethod)])
print([n for n, _ in inspect.getmembers_static(C) if not n.startswith("__")])
class Desc:
    def __get__(self, o, t=None): return "got"
class DataDesc(Desc):
    def __set__(self, o, v): pass
class HasDesc:
    d = Desc()
    dd = DataDesc()
    def __getattr__(self, n): return "dyn"
h = HasDesc()
h.__dict__["d"] = "inst"
h.__dict__["dd"] = "inst2"
print(type(inspect.getattr_static(h, "d")).__name__ if not isinstance(inspect.getattr_static(h, "d"), str) else inspect.getattr_static(h, "d"))
print(type(inspect.getattr_static(h, "dd")).__name__, inspect.getattr_static(h, "zz", "deflt"))
show("gas missing", lambda: inspect.getattr_static(h, "zz"))
print(inspect.ismethoddescriptor(Desc()), inspect.isdatadescriptor(DataDesc()), inspect.isdatadescriptor(Desc()),
      inspect.ismethoddescriptor(C.meth), inspect.isdatadescriptor(property()))
print(inspect.isclass(C), inspect.isfunction(f), inspect.ismethod(C(1).meth), inspect.isroutine(len),
      inspect.isbuiltin(len), inspect.ismodule(sys), inspect.iscode(f.__code__))
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen),
      inspect.isgeneratorfunction(functools.partial(gen)), inspect.iscoroutinefunction(f))
gi = gen()
print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi))
next(gi)
print(inspect.getgeneratorstate(gi))
gi.close()
print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi))
co = coro()
print(inspect.getcoroutinestate(co), inspect.iscoroutine(co), inspect.isawaitable(co))
co.close()
print(inspect.getcoroutinestate(co))
class Abs(abc.ABC):
    @abc.abstractmethod
    def x(self): pass
print(inspect.isabstract(Abs), inspect.isabstract(C), inspect.isabstract(5))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
print(inspect.getfile(f).endswith("inspect_rw_sig.py"), inspect.getsourcefile(C).endswith(".py"))
show("getfile builtin", lambda: inspect.getfile(sys))
show("getfile int", lambda: inspect.getfile(5))
show("getfile builtin class", lambda: inspect.getfile(int))
print(inspect.getsource(g))
print(inspect.getsourcelines(C.sm)[1])
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=False) is not f.__annotations__)
def strann(a: "int", b: "len") -> "str": pass
print(inspect.get_annotations(strann, eval_str=True))
class AnnC:
    x: int
    y: "str"
print(inspect.get_annotations(AnnC), inspect.get_annotations(Empty))
show("ann bad", lambda: inspect.get_annotations(5))
def loop(): pass
loop.__wrapped__ = loop
show("unwrap loop", lambda: inspect.unwrap(loop))
print(inspect.unwrap(wrapped) is g, inspect.unwrap(wrapped, stop=lambda x: True) is wrapped)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation("s"),
      inspect.formatannotation(types.SimpleNamespace))
info = inspect.getframeinfo(inspect.currentframe())
print(info.function, info.index, info.code_context[0].strip()[:30])
def argfn(x, *ys, k=1, **kws):
    return inspect.getargvalues(inspect.currentframe())
av = argfn(1, 2, 3, k=4, z=5)
print(av.args, av.varargs, av.keywords)
print(inspect.formatargvalues(av.args, av.varargs, av.keywords, av.locals))
print(inspect.getargs(argfn.__code__))
glob = 10
def clos():
    n = 1
    def inner():
        return n + glob + len([]) + undefined_name
    return inner
print(inspect.getclosurevars(clos()))
print([fi.function for fi in inspect.stack()][:1])
print(inspect.indentsize("\t  x"), inspect.Parameter.empty, inspect.Signature.empty)
print(sorted(k for k in dir(inspect) if k.startswith("CO_")))
