# LOAD_METHOD_MODULE: module.function(...) calls cached by the module dict's version, and
# what must invalidate them (rebinding, deleting, another module at the same site).
import math
import sys
import types

def call_sqrt(m, x):
    return m.sqrt(x)

print(sum(call_sqrt(math, 4.0) for _ in range(100)))
orig = math.sqrt
math.sqrt = lambda x: "patched"
print(call_sqrt(math, 4.0))
math.sqrt = orig
print(call_sqrt(math, 9.0))

fake = types.ModuleType("fake")
fake.sqrt = lambda x: ("fake", x)
print([call_sqrt(m, 16.0) for m in (math, fake, math, fake)])

mod = types.ModuleType("late")
def call_f(m):
    return m.f()
mod.f = lambda: 1
print(sum(call_f(mod) for _ in range(60)))
del mod.f
try:
    call_f(mod)
except AttributeError as e:
    print(type(e).__name__, e)
mod.f = lambda: 2
print(call_f(mod))

def mod_getattr(name):
    return lambda: "from __getattr__ " + name
mod.__getattr__ = mod_getattr
del mod.f
print(call_f(mod))

class NotModule:
    def sqrt(self, x):
        return "method"
print(call_sqrt(NotModule(), 1.0), call_sqrt(math, 25.0))
print(sum(1 for _ in range(60) if sys.getrecursionlimit() > 0))
m = types.ModuleType("made", "its doc")
print(m.__name__, m.__doc__, list(m.__dict__))
for bad in ((), (3,)):
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print(e)
