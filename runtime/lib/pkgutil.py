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
            entries = sorted(os.listdir(self.path))
        except OSError:
            return
        found = set()
        for entry in entries:
            full = os.path.join(self.path, entry)
            stem = _module_name(entry)
            if stem is None:
                # A directory is a package when it holds an __init__ module.
                if '.' in entry or not os.path.isdir(full) or not _has_init(full):
                    continue
                stem, is_package = entry, True
            else:
                is_package = False
            if stem == '__init__' or '.' in stem or not stem or stem in found:
                continue
            found.add(stem)
            yield prefix + stem, is_package


def _has_init(directory):
    try:
        return any(_module_name(e) == '__init__' for e in os.listdir(directory))
    except OSError:
        return False


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
    result = list(path)
    parent, _, last = name.rpartition('.')
    if not parent:
        roots = sys.path
    else:
        parent_module = sys.modules.get(parent)
        roots = getattr(parent_module, '__path__', None)
        if roots is None:
            return result
    for base in roots:
        if not (isinstance(base, str) and os.path.isdir(base)):
            continue
        candidate = os.path.join(base, last)
        if candidate not in result and os.path.isfile(os.path.join(candidate, '__init__.py')):
            result.append(candidate)
        listing = os.path.join(base, name + '.pkg')
        if not os.path.isfile(listing):
            continue
        try:
            with open(listing) as lines:
                extra = [ln.rstrip('\n') for ln in lines]
        except OSError as exc:
            sys.stderr.write("Can't open %s: %s\n" % (listing, exc))
            continue
        result.extend(ln for ln in extra if ln and not ln.startswith('#'))
    return result


_DOTTED = r'[^\W\d]\w*(?:\.[^\W\d]\w*)*'
_NAME_FORM = re.compile(r'(%s)(?:(:)(%s)?)?' % (_DOTTED, _DOTTED))


def resolve_name(name):
    """The object `name` names: 'pkg.mod' (a module), 'pkg.mod:attr.attr' or, without
    a colon, 'pkg.mod.attr.attr' (the longest importable prefix is the module)."""
    form = _NAME_FORM.fullmatch(name)
    if form is None:
        raise ValueError(f'invalid format: {name!r}')
    module_part, colon, attr_part = form.groups()
    if colon:
        target = importlib.import_module(module_part)
        attrs = attr_part.split('.') if attr_part else []
    else:
        # No colon: import as many leading names as import, the rest are attributes.
        names = name.split('.')
        taken = 1
        target = importlib.import_module(names[0])
        while taken < len(names):
            try:
                target = importlib.import_module('.'.join(names[:taken + 1]))
            except ImportError:
                break
            taken += 1
        attrs = names[taken:]
    for attr in attrs:
        target = getattr(target, attr)
    return target
