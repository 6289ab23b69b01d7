import types
import string
from types import SimpleNamespace

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# types
def f():
    pass
def g():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(types, types.ModuleType), isinstance(f.__code__, types.CodeType), isinstance(type.__dict__, types.MappingProxyType))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__, types.MethodType.__name__)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("b", 2))
show("mappingproxy setitem", lambda: mp.__setitem__("a", 2))

ns = SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b, repr(ns))
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) != SimpleNamespace(x=2))
print(SimpleNamespace(x=1) == {"x": 1}, SimpleNamespace())
show("positional", lambda: SimpleNamespace(1))
try:
    hash(SimpleNamespace())
except TypeError:
    print("SimpleNamespace is unhashable")
try:
    SimpleNamespace(a=1).b
except AttributeError:
    print("missing attribute raises AttributeError")
rec = SimpleNamespace()
rec.me = rec
print(rec)
class NS(SimpleNamespace):
    pass
print(NS(q=1), types.SimpleNamespace.__module__, types.SimpleNamespace.__name__)

def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (object,), {}, body)
print(K.__name__, K.x, K().hello(), K.__mro__)
class Meta(type):
    pass
K2 = types.new_class("K2", (), {"metaclass": Meta})
print(type(K2).__name__)
print(types.resolve_bases((int, str)), types.prepare_class("Z")[0].__name__)
show("meta conflict", lambda: types.prepare_class("Z", (K2, int), {"metaclass": type})[0])

# string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   world  foo"), string.capwords(" a-b c-d ", "-"), string.capwords(""), string.capwords("ÉLAN vital"))

T = string.Template
t = T("$who likes ${what}; $$ is a dollar; $who again")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "a", "what": "b"}), t.substitute({"who": "a", "what": "b"}, what="override"))
show("missing key", lambda: t.substitute(who="x"))
print(t.safe_substitute(who="x"), t.safe_substitute())
for bad in ["$", "a $1", "line1\n  ${bad-name} x", "${", "$ x", "ok $"]:
    show(f"invalid {bad!r}", lambda: T(bad).substitute(a=1))
    print("  safe", repr(T(bad).safe_substitute(a=1)), T(bad).is_valid())
print(T("$a$b ${c}d $_x9").substitute(a=1, b=2, c=3, _x9=4))
print(T("$a $b $a ${c}").get_identifiers(), T("$$ $a").is_valid(), T("$a$").is_valid())
show("identifiers invalid", lambda: T("$1").get_identifiers())
print(T("100$$ and $x").substitute(x=5), T("$x.y").substitute(x="X"), T("${x}y").substitute(x="X"))
print(T("héllo $nom").substitute(nom="ü"), T("$é").safe_substitute())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%who is %% %{x}").substitute(who="me", x=1))
print(string.Template.delimiter, string.Template.idpattern)

fmt = string.Formatter()
print(fmt.format("{} and {}", 1, 2), fmt.format("{0}{1}{0}", "a", "b"), fmt.format("{name}!", name="x"))
print(fmt.format("{0.real} {1[0]} {d[k]}", 3, [9], d={"k": "v"}), fmt.format("{:>5}|{:<4}|{:^6.2f}", "r", "l", 3.14159))
print(fmt.format("{!r} {!s} {x!r:>6}", "q", "q", x="z"), fmt.format("{{literal}} {}", 1), fmt.format("{:{}}", 7, 4))
print(list(fmt.parse("a{0}b{x!r:>3}c{{d}}")))
show("format mixed numbering", lambda: fmt.format("{} {0}", 1))
show("format missing", lambda: fmt.format("{z}"))
