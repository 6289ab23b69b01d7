"""Plugin loader: writes modules to a temp dir and imports them several ways."""
import importlib
import importlib.util
import os
import sys
import tempfile
import types

PLUGINS = {
    "greet_plugin.py": (
        "NAME = 'greet'\n"
        "CALLS = []\n"
        "def run(who):\n"
        "    CALLS.append(who)\n"
        "    return f'hello {who}'\n"
    ),
    "math_plugin.py": (
        "NAME = 'math'\n"
        "from functools import reduce\n"
        "def run(xs):\n"
        "    return reduce(lambda a, b: a * b, xs, 1)\n"
    ),
    "broken_plugin.py": "NAME = 'broken'\nraise RuntimeError('cannot init')\n",
    "syntax_plugin.py": "def oops(:\n    pass\n",
}

PKG = {
    "toolkit/__init__.py": "from .core import helper\n__all__ = ['helper']\nLOADED = True\n",
    "toolkit/core.py": "def helper(x):\n    return x * 2\n",
    "toolkit/extra/__init__.py": "",
    "toolkit/extra/deep.py": "from ..core import helper\nVALUE = helper(21)\n",
}

with tempfile.TemporaryDirectory() as tmp:
    for name, src in {**PLUGINS, **PKG}.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(src)

    sys.path.insert(0, tmp)
    try:
        print("== import_module ==")
        g = importlib.import_module("greet_plugin")
        print(g.NAME, g.run("world"), g.CALLS)
        print("in sys.modules", "greet_plugin" in sys.modules)
        print("same object", importlib.import_module("greet_plugin") is g)
        print("file rel", os.path.relpath(g.__file__, tmp))

        m = importlib.import_module("math_plugin")
        print(m.run([1, 2, 3, 4]))

        print("== reload ==")
        g.CALLS.append("extra")
        print("before", g.CALLS)
        with open(os.path.join(tmp, "greet_plugin.py"), "a") as f:
            f.write("VERSION = 2\n")
        # make sure reload picks the new content even if mtime is unchanged
        st = os.stat(os.path.join(tmp, "greet_plugin.py"))
        os.utime(os.path.join(tmp, "greet_plugin.py"), (st.st_atime + 10, st.st_mtime + 10))
        importlib.invalidate_caches()
        g2 = importlib.reload(g)
        print("reload same obj", g2 is g, "calls reset", g.CALLS, "version", getattr(g, "VERSION", None))

        print("== failing imports ==")
        for mod in ("broken_plugin", "syntax_plugin", "missing_plugin"):
            try:
                importlib.import_module(mod)
            except ModuleNotFoundError as exc:
                print(mod, "ModuleNotFoundError", exc.name, str(exc))
            except SyntaxError as exc:
                print(mod, "SyntaxError", exc.lineno, os.path.basename(exc.filename))
            except RuntimeError as exc:
                print(mod, "RuntimeError", exc)
            print("   cached?", mod in sys.modules)

        print("== package ==")
        tk = importlib.import_module("toolkit")
        print(tk.helper(5), tk.__all__, tk.LOADED)
        print("is package", hasattr(tk, "__path__"), tk.__package__)
        deep = importlib.import_module("toolkit.extra.deep")
        print(deep.VALUE, deep.__package__, deep.__name__)
        rel = importlib.import_module(".core", package="toolkit")
        print(rel.__name__, rel is sys.modules["toolkit.core"])
        print("submodule attr", hasattr(tk, "extra"), hasattr(tk.extra, "deep"))
        try:
            importlib.import_module(".core")
        except TypeError as exc:
            print("TypeError", exc)

        print("== spec_from_file_location ==")
        path = os.path.join(tmp, "math_plugin.py")
        spec = importlib.util.spec_from_file_location("custom_math", path)
        print(spec.name, os.path.basename(spec.origin), spec.loader is not None)
        mod = importlib.util.module_from_spec(spec)
        print("before exec has run?", hasattr(mod, "run"), mod.__name__)
        spec.loader.exec_module(mod)
        print(mod.run([5, 5]), "custom_math" in sys.modules)
        sys.modules["custom_math"] = mod
        import custom_math
        print("import stmt finds it", custom_math is mod)

        print("== find_spec ==")
        print(importlib.util.find_spec("toolkit.core") is not None)
        print(importlib.util.find_spec("nonexistent_zzz"))
        print(importlib.util.find_spec("os").name)

        print("== sys.modules tricks ==")
        fake = types.ModuleType("fake_config", "fake docs")
        fake.DEBUG = True
        sys.modules["fake_config"] = fake
        import fake_config
        print(fake_config.DEBUG, fake_config.__doc__)
        del sys.modules["fake_config"]
        try:
            import fake_config as again
        except ModuleNotFoundError as exc:
            print("gone:", exc)
    finally:
        sys.path.remove(tmp)
        for name in list(sys.modules):
            if name.split(".")[0] in ("greet_plugin", "math_plugin", "toolkit", "custom_math", "blocked"):
                del sys.modules[name]
print("cleaned", "toolkit" in sys.modules, tmp in sys.path)
