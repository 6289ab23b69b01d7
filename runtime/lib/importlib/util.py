"""importlib.util: resolve_name, find_spec and ModuleSpec, enough for programs that check
whether a module can be imported or build a module from a file path."""

import os
import sys
from importlib import _resolve

__all__ = ["resolve_name", "find_spec", "spec_from_file_location", "module_from_spec"]


class ModuleSpec:
    """What is known of a module before it runs: its name, where it comes from, and for a
    package where its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None

    @property
    def parent(self):
        if self.submodule_search_locations is not None:
            return self.name
        return self.name.rpartition(".")[0]

    @property
    def has_location(self):
        return self.origin is not None and self.origin not in ("built-in", "frozen")

    def __repr__(self):
        return "ModuleSpec(name=%r, loader=%r, origin=%r)" % (self.name, self.loader, self.origin)


class _SourceLoader:
    """Runs a module's source file in the module's namespace."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, encoding="utf-8") as f:
            source = f.read()
        exec(compile(source, self.path, "exec"), module.__dict__)

    def __repr__(self):
        return "<SourceLoader %r>" % self.path


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    return _resolve(name, package)


def _find_file(name, paths):
    leaf = name.rpartition(".")[2]
    for d in paths:
        d = d or "."
        pkg = os.path.join(d, leaf, "__init__.py")
        if os.path.isfile(pkg):
            return pkg, True
        mod = os.path.join(d, leaf + ".py")
        if os.path.isfile(mod):
            return mod, False
    return None, False


def find_spec(name, package=None):
    """The spec of module `name`, or None when it cannot be found. As CPython, a parent
    package is imported to search its path; the module itself is not run (except one
    built into the runtime, which is made to find out whether it exists)."""
    fullname = _resolve(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        spec = getattr(module, "__spec__", None)
        if spec is not None:
            return spec
        if not hasattr(module, "__name__"):
            raise ValueError("%s.__spec__ is not set" % fullname)
        path = getattr(module, "__file__", None)
        return ModuleSpec(fullname, None, origin=path or "built-in",
                          is_package=hasattr(module, "__path__"))
    parent = fullname.rpartition(".")[0]
    if parent:
        pkg = __import__(parent, fromlist=["__name__"])
        paths = getattr(pkg, "__path__", None)
        if paths is None:
            raise ModuleNotFoundError(
                "__path__ attribute not found on %r while trying to find %r" % (parent, fullname),
                name=fullname)
    else:
        paths = sys.path
    path, is_pkg = _find_file(fullname, paths)
    if path is not None:
        return ModuleSpec(fullname, _SourceLoader(fullname, path), origin=path, is_package=is_pkg)
    # A module built into the runtime (Rust or frozen) has no file to find: try it.
    try:
        __import__(fullname)
    except ImportError:
        return None
    return find_spec(fullname)


def spec_from_file_location(name, location, *, loader=None, submodule_search_locations=None):
    """A spec for the module `name` whose source is the file `location`."""
    location = os.fspath(location)
    spec = ModuleSpec(name, loader or _SourceLoader(name, location), origin=location,
                      is_package=submodule_search_locations is not None)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for `spec` (run it with spec.loader.exec_module(module))."""
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
        module.__package__ = spec.name
    else:
        module.__package__ = spec.parent
    return module
