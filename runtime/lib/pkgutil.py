"""Utilities for the import system: listing the modules of a directory or package,
walking packages, reading a package's data files, and resolving dotted names.

Ember's own implementation of CPython's pkgutil. Directories are scanned as CPython's
path-based finder scans them; Ember's standard library is built into the runtime, so
`iter_modules()` without a path lists only the modules on sys.path's directories.
"""

import collections
import importlib
import os
import re
import sys

__all__ = [
    'get_importer', 'iter_importers', 'walk_packages', 'iter_modules',
    'get_data', 'extend_path', 'resolve_name', 'ModuleInfo',
]

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

# Suffixes a module file may have, longest first (so that ".cpython-311.so" wins).
_SUFFIXES = ['.py', '.pyc', '.so', '.abi3.so', '.cpython-311-x86_64-linux-gnu.so']


def _module_name(filename):
    """The module a file name stands for (inspect.getmodulename), or None."""
    base = os.path.basename(filename)
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


class FileFinder:
    """The finder for one directory of sys.path (what iter_modules reports as the
    module_finder of each module it found there)."""

    def __init__(self, path):
        self.path = path or '.'

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def find_spec(self, fullname, target=None):
        import importlib.util
        return importlib.util.find_spec(fullname)

    def iter_modules(self, prefix=''):
        try:
            names = os.listdir(self.path)
        except OSError:
            return
        names.sort()
        yielded = {}
        for fn in names:
            modname = _module_name(fn)
            if modname == '__init__' or modname in yielded:
                continue
            full = os.path.join(self.path, fn)
            ispkg = False
            if not modname and os.path.isdir(full) and '.' not in fn:
                modname = fn
                try:
                    inner = os.listdir(full)
                except OSError:
                    inner = []
                for sub in inner:
                    if _module_name(sub) == '__init__':
                        ispkg = True
                        break
                else:
                    continue    # not a package
            if modname and '.' not in modname:
                yielded[modname] = 1
                yield prefix + modname, ispkg


def get_importer(path_item):
    """The finder for directory `path_item` (cached in sys.path_importer_cache)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is not None and path_item in cache and cache[path_item] is not None:
        return cache[path_item]
    if not os.path.isdir(path_item or '.'):
        return None
    finder = FileFinder(path_item)
    if cache is not None:
        cache[path_item] = finder
    return finder


def iter_importers(fullname=''):
    """The finders for `fullname`: those of its parent package's __path__ if it has
    one, else those of sys.path."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path if hasattr(sys, 'meta_path') else ()
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for every submodule on `path` (a list of directories), or for
    every top-level module on sys.path when `path` is None."""
    if path is None:
        importers = [f for f in (get_importer(p) for p in sys.path) if f is not None]
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = [f for f in map(get_importer, path) if f is not None]
    yielded = {}
    for finder in importers:
        for name, ispkg in finder.iter_modules(prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for every module on `path`, recursively: each package found is
    imported, and its own __path__ walked. Errors importing a package go to `onerror`
    (ImportError is ignored without one; anything else propagates)."""
    return _walk(path, prefix, onerror, set())


def _walk(path, prefix, onerror, walked):
    # `walked`: the directories already walked (a package may list one twice).
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except Exception as exc:
            if onerror is not None:
                onerror(info.name)
            elif not isinstance(exc, ImportError):
                raise
            continue
        fresh = []
        for p in getattr(sys.modules[info.name], '__path__', None) or []:
            if p not in walked:
                walked.add(p)
                fresh.append(p)
        yield from _walk(fresh, info.name + '.', onerror, walked)


def get_data(package, resource):
    """The bytes of data file `resource` ('/'-separated, relative) of `package`, or None
    when the package has no file to be relative to."""
    mod = sys.modules.get(package) or importlib.import_module(package)
    filename = getattr(mod, '__file__', None)
    if filename is None:
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(filename))
    with open(os.path.join(*parts), 'rb') as f:
        return f.read()


def extend_path(path, name):
    """Extends package `name`'s __path__ with the directories of the same name on
    sys.path (and the lines of `name`.pkg files there), so that a package may be split
    over several directories."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + '.pkg'
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for dir in search_path:
        if not isinstance(dir, str) or not os.path.isdir(dir):
            continue
        subdir = os.path.join(dir, final_name)
        init = os.path.join(subdir, '__init__.py')
        if subdir not in path and os.path.isfile(init):
            path.append(subdir)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object `name` names: 'pkg.mod' (a module), 'pkg.mod:attr.attr' or, without
    a colon, 'pkg.mod.attr.attr' (the longest importable prefix is the module)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        ident = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{ident})(?P<cln>:(?P<obj>{ident})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
