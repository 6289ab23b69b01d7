# types: dynamic class creation (new_class, resolve_bases, prepare_class), metaclass
# reconciliation, DynamicClassAttribute, SimpleNamespace and the type names.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"


C = types.new_class("C", (), {"metaclass": Meta, "flag": 3}, body)
print(type(C).__name__, C.x, C().hello(), C.prepared, C.__module__)
D = types.new_class("D", (C,), {"flag": 4})
print(type(D).__name__, D.__mro__[1].__name__)
E = types.new_class("E")
print(E.__bases__, type(E).__name__, E.__module__)

print(types.prepare_class("P", (), None)[0].__name__, types.prepare_class("P", (C,))[1],
      types.prepare_class("P", (int,), {"metaclass": type})[0])
kw = {"metaclass": Meta, "a": 1}
m, ns, rest = types.prepare_class("Q", (), kw)
print(m.__name__, ns, rest, kw)


class Entry:
    def __mro_entries__(self, bases):
        print("entries of", len(bases), "bases")
        return (int, str) if len(bases) > 1 else (int,)


e = Entry()
bases = (e, dict)
print(types.resolve_bases(bases))
plain = (int, str)
print(types.resolve_bases(plain) is plain)
F = types.new_class("F", (e,))
print(F.__bases__, F.__orig_bases__[0] is e)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((Bad(),))
except TypeError as exc:
    print(type(exc).__name__, exc)


class M1(type):
    pass


class M2(type):
    pass


A1 = M1("A1", (), {})
A2 = M2("A2", (), {})
try:
    types.new_class("X", (A1, A2))
except TypeError as exc:
    print(type(exc).__name__, exc)


class M3(M1):
    pass


B3 = M3("B3", (), {})
print(types.prepare_class("Y", (A1, B3))[0].__name__)
print(types.new_class("Z", (A1,), {"metaclass": type}).__class__.__name__)


class WithDyn:
    def __init__(self):
        self._v = 5

    @types.DynamicClassAttribute
    def value(self):
        return self._v

    def __getattr__(self, name):
        return "getattr:" + name


print(WithDyn().value)
try:
    WithDyn.value
except AttributeError as exc:
    print("class access AttributeError", repr(exc))

ns = types.SimpleNamespace(a=1, b=[2])
ns.c = ns
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=ns), ns.a)
try:
    types.SimpleNamespace(1)
except TypeError as exc:
    print(type(exc).__name__, exc)

for name in ("FunctionType", "LambdaType", "CodeType", "MappingProxyType", "CellType",
             "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
             "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "TracebackType",
             "FrameType", "MemberDescriptorType", "GenericAlias", "UnionType",
             "EllipsisType", "NoneType", "NotImplementedType"):
    print(name, getattr(types, name).__name__)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(sorted(n for n in types.__all__ if n in ("new_class", "coroutine", "SimpleNamespace")))


class Dyn2:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return self._n

    @name.setter
    def name(self, v):
        self._n = v * 2


d2 = Dyn2()
d2.name = 4
print(d2.name, Dyn2.__dict__["name"].__doc__, Dyn2.__dict__["name"].fset is not None)
try:
    del d2.name
except AttributeError as exc:
    print("del", type(exc).__name__, exc)
