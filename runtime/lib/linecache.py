"""linecache: the lines of source files, read once and kept (getline, getlines), for
tracebacks and tools that show source."""

import os
import re
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); lazily loaded entries are 1-tuples.
cache = {}

_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def clearcache():
    """Forget every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of the file (read now unless kept), or [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        # Out of memory while reading: drop everything we keep and report nothing.
        clearcache()
        lines = []
    return lines


def _stale(entry):
    # Whether a kept file is gone or differs on disk now. Lazy entries, and sources that
    # came from a loader rather than a file (no mtime), are never stale.
    if len(entry) == 1 or entry[1] is None:
        return False
    size, mtime, _, fullname = entry
    try:
        st = os.stat(fullname)
    except OSError:
        return True
    return (size, mtime) != (st.st_size, st.st_mtime)


def checkcache(filename=None):
    """Drop kept files that changed on disk (all of them, or `filename`)."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    for name in names:
        if _stale(cache[name]):
            cache.pop(name, None)


def _decode(data):
    """Source bytes as text, by the BOM or PEP 263 coding line (UTF-8 otherwise)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    encoding = "utf-8"
    for line in data.split(b"\n", 2)[:2]:
        m = _CODING.match(line)
        if m:
            encoding = m.group(1).decode("ascii")
            break
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _pseudo(filename):
    # '<stdin>', '<string>' and the like name no file.
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def _on_path(filename):
    # A relative name found along sys.path, as the import system would: (path, stat).
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            path = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return path, os.stat(path)
        except OSError:
            pass
    return None


def _from_loader(filename):
    # The source that a lazily kept loader gives, kept now as lines; None if it fails.
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + "\n" for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read the file again and keep it; its lines, or [] when it cannot be read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if _pseudo(filename):
        return []
    try:
        found = filename, os.stat(filename)
    except OSError:
        # Not a file by that name: a module's loader may have the source, else a
        # relative name may be found along sys.path.
        if lazycache(filename, module_globals):
            lines = _from_loader(filename)
            if lines is not None:
                return lines
        found = _on_path(filename)
        if found is None:
            return []
    fullname, st = found
    try:
        with open(fullname, "rb") as fp:
            lines = _decode(fp.read()).splitlines(True)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Keep a way to get the source of a module whose loader can give it (PEP 302),
    without reading it yet; whether that was done."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _pseudo(filename):
        return False
    if module_globals and "__name__" in module_globals:
        name = module_globals["__name__"]
        loader = module_globals.get("__loader__")
        spec = module_globals.get("__spec__")
        if loader is None and spec is not None:
            loader = getattr(spec, "loader", None)
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
