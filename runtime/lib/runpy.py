"""Running a module or a script as the main program would, in a fresh namespace.

Ember's own implementation of CPython's runpy: `run_path` (a file, a directory or zip
with a `__main__`) and `run_module` (a module found on sys.path, or a package's
`__main__`). Ember's built-in standard-library modules have no source file to run, so
`run_module` on them raises ImportError.
"""

import importlib.util
import os
import sys
import types

__all__ = ['run_module', 'run_path']


class _Swapped:
    """While running with `alter_sys`: sys.argv[0] and sys.modules[name] stand for the
    code being run, and are put back afterwards."""

    def __init__(self, name, module, argv0):
        self.name, self.module, self.argv0 = name, module, argv0

    def __enter__(self):
        self.saved_argv0 = sys.argv[0] if sys.argv else None
        self.had_module = self.name in sys.modules
        self.saved_module = sys.modules.get(self.name)
        if sys.argv:
            sys.argv[0] = self.argv0
        else:
            sys.argv.append(self.argv0)
        sys.modules[self.name] = self.module
        return self

    def __exit__(self, *exc):
        if self.saved_argv0 is not None:
            sys.argv[0] = self.saved_argv0
        if self.had_module:
            sys.modules[self.name] = self.saved_module
        else:
            sys.modules.pop(self.name, None)
        return False


def _execute(code, namespace, init_globals, name, filename, package, spec, loader):
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(__name__=name, __file__=filename, __cached__=None, __doc__=None,
                     __loader__=loader, __package__=package, __spec__=spec)
    exec(code, namespace)
    return namespace


def _source_code(path):
    with open(path, 'rb') as f:
        source = f.read()
    return compile(source, path, 'exec', dont_inherit=True)


def _module_file(mod_name):
    """(name, file to run, package, spec) for module `mod_name`; a package runs its
    __main__ (whose name it is then)."""
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    parent = mod_name.rpartition('.')[0]
    if parent:
        __import__(parent)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        raise ImportError('Error while finding module specification for %r (%s: %s)'
                          % (mod_name, type(exc).__name__, exc)) from exc
    if spec is None:
        raise ImportError('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        try:
            return _module_file(mod_name + '.__main__')
        except ImportError as exc:
            raise ImportError('%s; %r is a package and cannot be directly executed'
                              % (exc, mod_name)) from exc
    origin = spec.origin
    if not origin or not os.path.isfile(origin):
        raise ImportError('No code object available for %s' % mod_name)
    return mod_name, origin, mod_name.rpartition('.')[0], spec


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module `mod_name`'s code in a fresh namespace named `run_name` (default: the
    module's name) and returns that namespace; with `alter_sys`, sys.argv[0] and
    sys.modules[run_name] stand for it while it runs."""
    mod_name, filename, package, spec = _module_file(mod_name)
    code = _source_code(filename)
    if run_name is None:
        run_name = mod_name
    loader = getattr(spec, 'loader', None)
    if not alter_sys:
        return _execute(code, {}, init_globals, run_name, filename, package, spec, loader)
    module = types.ModuleType(run_name)
    with _Swapped(run_name, module, filename):
        _execute(code, module.__dict__, init_globals, run_name, filename, package, spec,
                 loader)
    return module.__dict__.copy()


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script at `path_name` (or the `__main__.py` of a directory) in a fresh
    namespace named `run_name` (default '<run_path>') and returns that namespace."""
    if run_name is None:
        run_name = '<run_path>'
    path_name = os.fsdecode(path_name)
    if os.path.isdir(path_name):
        # A directory runs its __main__ with the directory first on sys.path.
        main = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            module = types.ModuleType(run_name)
            with _Swapped(run_name, module, path_name):
                _execute(_source_code(main), module.__dict__, init_globals, run_name, main,
                         '', None, None)
            return module.__dict__.copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code = _source_code(path_name)
    module = types.ModuleType(run_name)
    with _Swapped(run_name, module, path_name):
        _execute(code, module.__dict__, init_globals, run_name, path_name,
                 run_name.rpartition('.')[0], None, None)
    return module.__dict__.copy()
