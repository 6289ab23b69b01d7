# types.FunctionType(code, globals, name, argdefs, closure) builds functions, with CPython's checks.
import types
def f(a, b=1):
    "doc of f"
    return a
c=f.__code__
for args in [(), (c,), (c, {}, 1), (c, 1), (c, {}, None, 1), (c, {}, None, None, 1), (c, {}, None, None, (1,)), (1, {})]:
    try: print(types.FunctionType(*args))
    except Exception as e: print(type(e).__name__, e)
def g():
    x=1
    def h(): return x
    return h
h=g()
for args in [(h.__code__, {}), (h.__code__, {}, None, None, ()), (h.__code__, {}, None, None, (1,)), (h.__code__, {}, None, None, h.__closure__)]:
    try: r = types.FunctionType(*args); print(r.__qualname__, r())
    except Exception as e: print(type(e).__name__, e)
ff = types.FunctionType(c, {'__name__': 'mod'}, 'nm', (5,))
print(ff.__name__, ff.__qualname__, ff.__module__, ff.__defaults__, ff(1), ff.__doc__, ff.__kwdefaults__)
print(types.FunctionType(code=c, globals={}).__name__)
for kw in [dict(kwdefaults={}), dict(name=1)]:
    try: types.FunctionType(c, {}, **kw)
    except Exception as e: print(type(e).__name__, e)
try: types.FunctionType(c, {}, None, None, None, 1)
except Exception as e: print(type(e).__name__, e)
G = {"__name__": "sandbox", "y": 10}
def uses_global(): return y * 2
print(types.FunctionType(uses_global.__code__, G)())
try: types.FunctionType(uses_global.__code__, {})()
except NameError as e: print("NameError", e)
print(types.FunctionType(uses_global.__code__, {"y": 1, "__builtins__": {"len": len}})())
copy_f = types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
print(copy_f is f, copy_f(7), copy_f.__dict__)
try:
    class Sub(types.FunctionType): pass
except TypeError as e: print(e)
