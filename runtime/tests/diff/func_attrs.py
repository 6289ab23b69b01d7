# Attributes of functions, bound methods, builtin functions, method descriptors, code objects and cells.
def plain(a, b=2, *args, c, d=4, **kw):
    "Plain docstring."
    return a + b

def no_doc(x):
    return x

lam = lambda x, y=1: x * y

def outer(n):
    step = 10
    def inner(k):
        return n + k + step
    return inner

print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
print(plain.__defaults__, plain.__kwdefaults__, plain.__closure__, plain.__annotations__)
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, lam.__name__, lam.__qualname__, lam.__defaults__)
inner = outer(5)
print(inner.__name__, inner.__qualname__, len(inner.__closure__), sorted(c.cell_contents for c in inner.__closure__))
print(type(plain).__name__, type(plain.__code__).__name__, type(inner.__closure__[0]).__name__, callable(plain))
print(plain.__globals__ is globals(), inner.__globals__ is globals(), plain.__dict__, type(plain.__builtins__).__name__)

def annotated(x: int, y: "str" = "s") -> list:
    return []
print(annotated.__annotations__)

# Setting attributes.
def g(a, b=1):
    return (a, b)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
g.__doc__ = "new doc"
g.__module__ = "elsewhere"
print(g.__name__, g.__qualname__, g.__doc__, g.__module__, repr(g).startswith("<function Some.renamed at 0x"))
g.__defaults__ = (100,)
print(g(1), g.__defaults__)
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
g.__defaults__ = (7,)
g.__kwdefaults__ = {"z": 1}
print(g(2), g.__kwdefaults__)
g.custom = 42
g.__dict__["other"] = "o"
print(g.custom, g.other, sorted(g.__dict__))
g.__dict__ = {"fresh": True}
print(g.fresh, hasattr(g, "custom"))
g.__annotations__ = {"a": int}
print(g.__annotations__)
for attr, value in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", (1,)),
                    ("__code__", "code"), ("__annotations__", 3), ("__dict__", []), ("__globals__", {}), ("__closure__", ())]:
    try:
        setattr(g, attr, value)
        print("set", attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(g.missing)
except AttributeError as e:
    print("AttributeError", e)

# Swapping code objects.
def one():
    return 1
def two():
    return 2
one.__code__ = two.__code__
print(one(), one.__name__, one.__code__.co_name)
try:
    one.__code__ = inner.__code__
except ValueError as e:
    print("ValueError", e)

# Code objects.
co = plain.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_freevars, co.co_cellvars, co.co_firstlineno, co.co_flags & 0x0f)
print(outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__code__.co_flags & 0x10, co.co_filename.endswith("func_attrs.py"))
def pos_only(a, b, /, c):
    pass
print(pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_argcount, type(co.co_code).__name__, type(co.co_consts).__name__)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20, plain.__code__.co_flags & 0x20, repr(co).startswith("<code object plain at 0x"))

# Cells.
cell = inner.__closure__[0]
print(cell.cell_contents, repr(cell).startswith("<cell at 0x"), "int object at" in repr(cell))
cell.cell_contents = 1000
print(inner(1))

def make_empty():
    if False:
        v = 1
    def read():
        return v
    return read
empty = make_empty().__closure__[0]
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
print(repr(empty).endswith(": empty>"))

# __get__ and __call__.
class K:
    def m(self, x):
        return ("m", x)
k = K()
bound = plain.__get__(k)
print(type(bound).__name__, bound.__self__ is k, bound.__func__ is plain)
print(K.m.__get__(None, K) is K.m, K.m.__get__(k, K)(5), K.m.__get__(k)(6))
print(plain.__call__(1, c=3), lam.__call__(4, y=5), K.m.__call__(k, 7))

# Bound methods.
bm = k.m
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__, bm.__func__ is K.m, bm.__self__ is k)
print(bm == k.m, bm != k.m, bm == K().m, hash(bm) == hash(k.m), bm(3), bm.__call__(4))
print(repr(bm).startswith("<bound method K.m of <__main__.K object at 0x"))
K.m.tag = "tagged"
print(bm.tag)
for attr in ["__name__", "tag", "new_attr"]:
    try:
        setattr(bm, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
class WithRepr:
    def __repr__(self):
        return "WR!"
    def meth(self):
        pass
print(repr(WithRepr().meth))
print({bm: 1}[k.m], k.m in [k.m], bm.__get__(K()) is bm)

class Cm:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "static"
print(Cm.c(), Cm().c(), Cm.c.__self__ is Cm, Cm.c.__name__, type(Cm.s).__name__, Cm.s.__qualname__)

# Builtin functions and methods.
lst = [3, 1, 2]
app = lst.append
print(len.__name__, len.__qualname__, len.__module__, repr(len), repr(print), repr(abs))
print(app.__name__, app.__qualname__, app.__self__ is lst, app.__module__, repr(app).startswith("<built-in method append of list object at 0x"))
print(app == lst.append, app == [].append, len == len, len != abs, hash(app) == hash(lst.append))
print(type(len).__name__, type(app).__name__, len.__call__([1, 2]), app.__call__(9), lst)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__ is list, repr(list.append), repr(str.join))
print(type(list.append).__name__, list.append.__get__(lst)(4), lst, list.append.__call__(lst, 5), lst)
print("x".upper.__qualname__, (1).__add__.__qualname__, {}.get.__name__, repr("a".split).startswith("<built-in method split of str object"))
import math
print(math.sqrt.__name__, repr(math.sqrt), math.sqrt.__qualname__)
