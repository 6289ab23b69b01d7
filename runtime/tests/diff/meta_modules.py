import sys, types, importlib, importlib.util, os, tempfile

mod = types.ModuleType("plugins.dynamic", "Dynamically built module.")
print(mod, mod.__name__, mod.__doc__, sorted(vars(mod)))
exec("def hello(n):\n    return f'hello {n} from {__name__}'\nVALUE = 42", mod.__dict__)
sys.modules["plugins"] = types.ModuleType("plugins")
sys.modules["plugins"].dynamic = mod
sys.modules["plugins.dynamic"] = mod
import plugins.dynamic as pd
print(pd.hello("x"), pd.VALUE, pd is mod)
from plugins.dynamic import VALUE
print(VALUE)
try:
    from plugins.dynamic import missing
except ImportError as e:
    print(type(e).__name__, e)

lazy = types.ModuleType("lazycfg")
def _getattr(name):
    if name.startswith("opt_"):
        val = name[4:].upper()
        setattr(lazy, name, val)
        print("  computed", name)
        return val
    raise AttributeError(f"module {lazy.__name__!r} has no attribute {name!r}")
lazy.__getattr__ = _getattr
lazy.__dir__ = lambda: ["opt_a", "opt_b", "static"]
lazy.static = 1
sys.modules["lazycfg"] = lazy
import lazycfg
print(lazycfg.opt_color, lazycfg.opt_color, dir(lazycfg), lazycfg.static)
try:
    lazycfg.nothing
except AttributeError as e:
    print(type(e).__name__, e)
from lazycfg import opt_size
print(opt_size, getattr(lazycfg, "zzz", "dflt"))

class VerboseModule(types.ModuleType):
    def __setattr__(self, k, v):
        print(f"  module set {k}={v!r}")
        super().__setattr__(k, v)
    def __repr__(self):
        return f"<verbose module {self.__name__}>"
m = VerboseModule("settings")
m.debug = True
print(m, m.debug, isinstance(m, types.ModuleType))

with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "mypkg")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("from .core import Engine\n__all__ = ['Engine']\nloaded = []\n")
    with open(os.path.join(pkg, "core.py"), "w") as f:
        f.write("class Engine:\n    registry = {}\n    def __init_subclass__(cls, **kw):\n        Engine.registry[cls.__name__] = cls.__module__\n")
    with open(os.path.join(pkg, "ext.py"), "w") as f:
        f.write("from . import core\nimport mypkg\nmypkg.loaded.append(__name__)\nclass Turbo(core.Engine):\n    pass\n")
    with open(os.path.join(d, "lazymod.py"), "w") as f:
        f.write("_deprecated = {'old_name': 'new_name'}\nnew_name = 7\n"
                "def __getattr__(name):\n"
                "    if name in _deprecated:\n"
                "        print(f'  {name} is deprecated, use {_deprecated[name]}')\n"
                "        return globals()[_deprecated[name]]\n"
                "    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n"
                "def __dir__():\n"
                "    return sorted(list(globals()) + list(_deprecated))\n")
    sys.path.insert(0, d)
    import lazymod as lm
    print(lm.old_name, [n for n in dir(lm) if not n.startswith("_")])
    from lazymod import old_name
    print(old_name)
    try:
        from lazymod import nope
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0])
    try:
        lm.nope
    except AttributeError as e:
        print(type(e).__name__, e)
    del sys.modules["lazymod"]
    try:
        import mypkg
        print(mypkg.__all__, mypkg.Engine.__module__, mypkg.Engine.__qualname__)
        ext = importlib.import_module("mypkg.ext")
        print(mypkg.loaded, mypkg.Engine.registry, ext.__name__, ext.__package__, hasattr(mypkg, "ext"))
        again = importlib.import_module(".ext", "mypkg")
        print(again is ext, mypkg.loaded)
        importlib.reload(ext)
        print(mypkg.loaded, sorted(mypkg.Engine.registry))
        spec = importlib.util.spec_from_file_location("standalone", os.path.join(pkg, "core.py"))
        sa = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sa)
        print(sa.__name__, sa.Engine is mypkg.Engine, "standalone" in sys.modules)
        try:
            importlib.import_module("mypkg.nothing")
        except ModuleNotFoundError as e:
            print(type(e).__name__, e, e.name)
        try:
            importlib.import_module(".x")
        except TypeError as e:
            print(type(e).__name__, e)
        print(importlib.util.find_spec("mypkg.ext").name, importlib.util.find_spec("mypkg.zzz"))
    finally:
        sys.path.remove(d)
        for k in [k for k in sys.modules if k.startswith("mypkg")]:
            del sys.modules[k]
