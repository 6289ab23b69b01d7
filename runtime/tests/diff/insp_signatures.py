import inspect
import functools
from typing import Optional, List


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Has an indented body
        over lines.
    """


def annotated(x: int, y: "str" = "hi", *, flag: bool = False) -> Optional[List[int]]:
    return None


def posonly(a, b, /, c, *, d):
    pass


class Widget:
    """A widget."""

    def __init__(self, name, size=1, *, color="red"):
        self.name = name

    def resize(self, factor: float = 1.5) -> "Widget":
        return self

    @classmethod
    def make(cls, spec):
        return cls(spec)

    @staticmethod
    def helper(x, y=0):
        return x + y

    @property
    def area(self):
        return 0

    def __call__(self, event, *extra):
        pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=3):
    """Wrapped doc."""
    return p * q


def describe(obj, label):
    sig = inspect.signature(obj)
    print(f"{label}: {sig}")
    for name, p in sig.parameters.items():
        default = "-" if p.default is inspect.Parameter.empty else repr(p.default)
        ann = "-" if p.annotation is inspect.Parameter.empty else (p.annotation if isinstance(p.annotation, str) else getattr(p.annotation, "__name__", repr(p.annotation)))
        print(f"   {name:6} {str(p.kind):22} {p.kind.description:28} default={default} ann={ann}")
    ra = sig.return_annotation
    print("   return:", "empty" if ra is inspect.Signature.empty else repr(ra))


describe(plain, "plain")
describe(annotated, "annotated")
describe(posonly, "posonly")
describe(Widget, "Widget")
describe(Widget.resize, "Widget.resize")
describe(Widget("w").resize, "bound resize")
describe(Widget.make, "make")
describe(Widget.helper, "helper")
describe(Widget("w"), "callable instance")
describe(wrapped, "wrapped")
describe(functools.partial(plain, 1, c=9), "partial")
describe(lambda *a, k=1: None, "lambda")

print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)

# bind / bind_partial
sig = inspect.signature(plain)
ba = sig.bind(1, 2, 3, 4, c=5, z=6)
print(ba)
print(ba.arguments)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
bp = sig.bind_partial(c=1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)

errors = [
    lambda: sig.bind(1),
    lambda: sig.bind(c=1),
    lambda: inspect.signature(posonly).bind(1, b=2, c=3, d=4),
    lambda: inspect.signature(posonly).bind(1, 2, 3, 4),
    lambda: inspect.signature(annotated).bind(1, 2, 3),
    lambda: inspect.signature(annotated).bind(1, x=2),
    lambda: inspect.signature(annotated).bind(1, bogus=2),
]
for fn in errors:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

# Signature construction / replace
P = inspect.Parameter
params = [P("self", P.POSITIONAL_OR_KEYWORD), P("items", P.VAR_POSITIONAL),
          P("limit", P.KEYWORD_ONLY, default=10, annotation=int)]
s2 = inspect.Signature(params, return_annotation=list)
print(s2)
print(s2.replace(return_annotation=inspect.Signature.empty))
p = params[2].replace(name="maxn", default=None)
print(p, repr(p), p.name, p.default)
print(s2 == inspect.Signature(params, return_annotation=list))
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    P("1bad", P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)

# docs
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(wrapped)))
print(repr(inspect.getdoc(Widget.resize)))
print(repr(inspect.cleandoc("""
    First line
      indented more
    back

""")))
print(repr(inspect.cleandoc("  single  ")))
print(str(inspect.signature(plain).parameters["kw"]))
print(str(inspect.signature(plain).parameters["args"]))
print(list(P.__members__) if hasattr(P, "__members__") else sorted(k for k in dir(P) if k.isupper()))
print([str(k) for k in inspect._ParameterKind])
print(int(P.KEYWORD_ONLY), P.VAR_KEYWORD > P.KEYWORD_ONLY)
