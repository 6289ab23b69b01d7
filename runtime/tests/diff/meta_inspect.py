import inspect
import functools

class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)

class Widget(metaclass=Meta):
    """A widget.

        Indented details here.
    """
    kind = "base"
    def __init__(self, name: str, size: int = 1, *, color="red"):
        self.name = name
    @property
    def label(self):
        """The label."""
        return self.name.title()
    @classmethod
    def build(cls, spec: dict) -> "Widget":
        return cls(**spec)
    @staticmethod
    def check(x, /, y=2, *rest, flag, **extra):
        return x
    def render(self):
        pass
    async def fetch(self):
        pass
    def gen(self):
        yield 1

class Button(Widget):
    def render(self):
        """Render the button."""

print(inspect.getdoc(Widget))
print(repr(inspect.getdoc(Button.render)), repr(inspect.getdoc(Button.label)))
print(inspect.cleandoc("   first\n      second\n    third  \n"))
print(inspect.signature(Widget.check))
for name, p in inspect.signature(Widget.check).parameters.items():
    print(f"  {name:6} {p.kind.name:22} default={p.default!r}")
print(inspect.signature(Widget.build), inspect.signature(Widget.build).return_annotation)
print(inspect.signature(Button.__init__))
spec = inspect.getfullargspec(Widget.check)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)

members = inspect.getmembers(Button, predicate=inspect.isfunction)
print([n for n, _ in members])
print([n for n, _ in inspect.getmembers(Button(name="b")) if not n.startswith("_")])
print(inspect.getmro(Button)[0].__name__, len(inspect.getmro(Button)))
for attr in inspect.classify_class_attrs(Button):
    if not attr.name.startswith("_"):
        print(f"  {attr.name:7} {attr.kind:15} {attr.defining_class.__name__}")

print(inspect.isdatadescriptor(Widget.__dict__["label"]), inspect.ismethoddescriptor(Widget.__dict__["build"]))
print(inspect.iscoroutinefunction(Widget.fetch), inspect.isgeneratorfunction(Widget.gen), inspect.ismethod(Widget().render if False else Button("x").render))
print(inspect.isclass(Widget), inspect.isfunction(Widget.build), inspect.ismethod(Widget.build), inspect.isbuiltin(len), inspect.isroutine(len))

class Tricky:
    @property
    def boom(self):
        raise RuntimeError("evaluated!")
    def __getattr__(self, n):
        return "dyn:" + n
t = Tricky()
print(type(inspect.getattr_static(t, "boom")).__name__)
try:
    inspect.getattr_static(t, "dynamic")
except AttributeError as e:
    print(type(e).__name__, e)
print(inspect.getattr_static(t, "dynamic", "no-static"), t.dynamic)

sig = inspect.signature(Widget.__init__)
bound = sig.bind(None, "w", color="blue")
print(bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
try:
    sig.bind(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sig.bind(None, "a", 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(sig.bind_partial(None).arguments)

new_sig = sig.replace(parameters=[p for n, p in sig.parameters.items() if n != "self"], return_annotation=None)
print(new_sig)
P = inspect.Parameter
try:
    inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    P("1bad", P.POSITIONAL_ONLY)
except ValueError as e:
    print(type(e).__name__, e)
built = inspect.Signature([P("x", P.POSITIONAL_ONLY), P("k", P.KEYWORD_ONLY, default=None, annotation=int)])
print(built, str(P("args", P.VAR_POSITIONAL)), P("a", P.POSITIONAL_OR_KEYWORD).replace(default=3))

def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def wrapped(a, b=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
p = functools.partial(Widget.check, 1, flag=True)
print(inspect.signature(p))
print(inspect.signature(lambda *, a, b=2: 0), inspect.signature(Widget))

class WithCall:
    def __call__(self, q, r=0): pass
print(inspect.signature(WithCall()))
try:
    inspect.signature(5)
except TypeError as e:
    print(type(e).__name__, e)
