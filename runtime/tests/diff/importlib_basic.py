# importlib: import_module (absolute, relative, stdlib), reload from source, find_spec,
# spec_from_file_location / module_from_spec, and the errors, on a package made here.
import importlib
import importlib.util
import os
import sys
import tempfile

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "ipkg"))
with open(os.path.join(root, "ipkg", "__init__.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(root, "ipkg", "mod.py"), "w") as f:
    f.write("Y = 2\n")
top = os.path.join(root, "itop.py")
with open(top, "w") as f:
    f.write("Z = 3\n")
sys.path.insert(0, root)

m = importlib.import_module("ipkg.mod")
print(m.Y, m.__name__, importlib.import_module(".mod", "ipkg") is m)
print(importlib.import_module("json").__name__, importlib.import_module("os.path") is os.path)
t = importlib.import_module("itop")
print(t.Z)
with open(top, "w") as f:
    f.write("Z = 30\nW = 4\n")
print(importlib.reload(t) is t, t.Z, t.W)
print(importlib.util.find_spec("nosuchmod_x"), importlib.util.find_spec("ipkg.mod").name,
      importlib.util.find_spec("json") is not None, importlib.util.find_spec("ipkg").parent)
print(importlib.util.resolve_name("..a", "p.q.r"), importlib.util.resolve_name("b", None))
spec = importlib.util.spec_from_file_location("loaded_top", top)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.Z, mod.W, mod.__name__, "loaded_top" in sys.modules)
for args in [(1,), ("..x",), ("",), ("no_such_module_q",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError", e)
print(importlib.invalidate_caches())
