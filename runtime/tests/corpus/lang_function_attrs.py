# Function objects: attributes, docstrings, defaults, annotations, code objects.
def f(a, b: int = 2, *args, c: str = "x", **kw) -> list:
    """Docstring of f."""
    return [a, b, args, c, kw]
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_name, f.__code__.co_varnames)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__annotations__, g())
f.custom = "attribute"
print(f.custom, "custom" in f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def h(x, y=[]):
    "single-quoted docstring"
    return x
print(h.__doc__)
h.__defaults__ = ([1],)
print(h.__defaults__)
class C:
    def m(self):
        "method doc"
    @staticmethod
    def s():
        pass
    @classmethod
    def k(cls):
        return cls.__name__
print(C.m.__qualname__, C.m.__doc__, C.s.__name__, C.k(), C().k())
bm = C().m
print(type(bm).__name__, bm.__func__ is C.m, bm.__name__)
print(type(C.m).__name__, type(C.__dict__["s"]).__name__, type(C.__dict__["k"]).__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(f), callable(C), callable(C()), callable(bm), callable(1))
def annotated(x: "str annotation", y: list[int]) -> None:
    pass
print(annotated.__annotations__["x"], annotated.__annotations__["y"], annotated.__annotations__["return"])
def defaults_eval(n=len("abc")):
    return n
print(defaults_eval())
def varargs_names(*args, **kwargs):
    pass
print(varargs_names.__code__.co_varnames, varargs_names.__code__.co_argcount)
def gen():
    yield 1
print(f == f, f != g)
print(sorted(k for k in dir(g) if not k.startswith("_")))
print(str(type(f)), str(type(len)))
print(len.__name__, len.__qualname__, type(len).__name__)
print([].append.__name__, type([].append).__name__)
