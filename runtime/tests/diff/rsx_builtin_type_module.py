# __module__ of builtin types (reported by type.__module__), of builtin functions,
# and the repr of those types, as introspection helpers print them.
import types
import io


class Widget:
    def method(self):
        return 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 2


def gen():
    yield 1


async def coro():
    return 1


w = Widget()
samples = {
    "bound method": w.method,
    "function": Widget.method,
    "builtin function": len,
    "builtin method": [].append,
    "list iterator": iter([]),
    "tuple iterator": iter(()),
    "range iterator": iter(range(3)),
    "generator": gen(),
    "genexpr": (x for x in []),
    "lambda": lambda: 0,
    "int": 3,
    "dict keys": {}.keys(),
    "module": types,
    "mappingproxy": Widget.__dict__,
    "cell": types.CellType(1),
    "code": gen.__code__,
    "slice": slice(1),
    "ellipsis": ...,
    "none": None,
    "NotImplemented": NotImplemented,
    "property": property(),
}


def qualified(t):
    mod = t.__module__
    return t.__qualname__ if mod == "builtins" else f"{mod}.{t.__qualname__}"


for label, obj in samples.items():
    t = type(obj)
    print(f"{label:16} {t.__module__:10} {qualified(t):28} {t!r}")

c = coro()
print("coroutine", type(c).__module__, type(c).__name__)
c.close()

for fn in (len, print, iter, open, sorted, isinstance, io.open):
    print(fn.__name__, fn.__module__)

print(w.method.__module__, Widget.method.__module__, Widget.make.__module__, Widget.helper.__module__)
print(type.__module__, object.__module__, int.__module__, Widget.__module__)
print(type(type).__module__, type(Widget).__module__)
print(types.FunctionType.__module__, types.MethodType.__module__, types.BuiltinFunctionType.__module__)
print("__module__" in type.__dict__, type(type.__dict__["__module__"]).__name__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.__module__, Meta.__module__, type(WithMeta).__module__)
Dyn = types.new_class("Dyn", (WithMeta,))
print(Dyn.__module__ if "__module__" in Dyn.__dict__ else "no module", type(Dyn).__name__)
