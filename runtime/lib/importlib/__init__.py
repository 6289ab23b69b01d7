"""importlib: importing by name at run time (import_module), reloading a module from its
source (reload) and invalidate_caches. Ember's import system lives in the runtime; this
package is the Python face of it that programs call."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve(name, package):
    """The absolute name of `name`, relative (leading dots) to `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise TypeError(
            "the 'package' argument is required to perform a relative import for %r" % name)
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return "%s.%s" % (base, rest) if rest else base


def import_module(name, package=None):
    """Import the module `name` (relative to `package` when it starts with dots) and
    return it: the module itself, not its top-level package as __import__ does."""
    absname = _resolve(name, package)
    if not absname:
        raise ValueError("Empty module name")
    __import__(absname)
    return sys.modules[absname]


def reload(module):
    """Run the module's source again in its own namespace and return it (as CPython, the
    module object stays the same; names the new source no longer defines stay)."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    path = getattr(module, "__file__", None)
    if not path:
        # A module built into the runtime: nothing to read again.
        return module
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Ember's importer keeps no finder caches: nothing to clear."""
    return None
