"""posixpath (os.path): pathname manipulation for POSIX paths, str or bytes alike."""

import os
import stat as _stat

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, "
                            "not %r" % (funcname, s.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components, restarting at any absolute component."""
    a = os.fspath(a)
    sep = _sep(a)
    result = a
    try:
        if not p:
            result[:0] + sep  # alone, a must still be a str or bytes path
        for part in map(os.fspath, p):
            if part.startswith(sep):
                result = part  # an absolute part starts the path afresh
            elif result and not result.endswith(sep):
                result = result + sep + part
            else:
                result += part
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types("join", a, *p)
        raise
    return result


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def _splitext(p, sep, altsep, extsep):
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        # A leading run of dots in the last component is not an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b"/", None, b".")
    return _splitext(p, "/", None, ".")


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest leading string common to every item of m."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # Whatever the least and the greatest item share, every item between them shares.
    lo, hi = min(m), max(m)
    shared = 0
    for a, b in zip(lo, hi):
        if a != b:
            break
        shared += 1
    return lo[:shared]


# ---------------------------------------------------------------- file queries

def _query(probe, path):
    """probe(path) (os.stat or os.lstat), or None where the path cannot be examined:
    missing, unreadable, or not a valid name (embedded NUL)."""
    try:
        return probe(path)
    except (OSError, ValueError):
        return None


# The queries answer False for a path that cannot be examined: missing, unreadable, or
# not a valid name (embedded NUL).

def exists(path):
    try:
        os.stat(path)
        return True
    except (OSError, ValueError):
        return False


def lexists(path):
    """True for any existing path, a broken symbolic link included."""
    try:
        os.lstat(path)
        return True
    except (OSError, ValueError):
        return False


def isfile(path):
    try:
        return _stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _stat.S_ISDIR(os.stat(s).st_mode)
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def ismount(path):
    here = _query(os.lstat, path)
    if here is None or _stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    above = _query(os.lstat, realpath(join(path, b".." if isinstance(path, bytes) else "..")))
    if above is None:
        return False
    # A mount point sits on another device than its parent, or is its own parent (/).
    return above.st_dev != here.st_dev or above.st_ino == here.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---------------------------------------------------------------- expansion

def expanduser(path):
    """~ and ~user at the start of path, from HOME (user names are not looked up)."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    # Only a bare "~" (alone or followed by a separator) is expanded, from $HOME.
    if path[1:2] not in (sep, sep[:0]) or "HOME" not in os.environ:
        return path
    home = os.environ["HOME"]
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return (home.rstrip(sep) + path[1:]) or sep


def expandvars(path):
    """$name and ${name} replaced by environment values; unknown names are kept."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        text = path.decode("utf-8", "surrogateescape")
        return expandvars(text).encode("utf-8", "surrogateescape")
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


# ---------------------------------------------------------------- normalisation

def normpath(path):
    """Collapse redundant separators and up-level references (A//B, A/./B, A/foo/../B)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes, but turns three or more into one.
    lead = len(path) - len(path.lstrip(sep))
    if lead > 2:
        lead = 1
    kept = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()  # 'a/..' cancels out
                continue
            if lead:
                continue  # '..' at the root is the root
        kept.append(comp)
    return (sep * lead + sep.join(kept)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = os.fspath(filename)
    return abspath(_resolve(filename[:0], filename, strict, {})[0])


def _resolve(path, rest, strict, seen):
    """Resolves rest on top of the already-resolved path. seen maps each link met to its
    resolution, or to None while it is being resolved (meeting it again then is a loop).
    Returns (path, False) when a loop stopped the resolution (non-strict mode)."""
    if isinstance(path, bytes):
        sep, here, up = b"/", b".", b".."
    else:
        sep, here, up = "/", ".", ".."
    if isabs(rest):
        path, rest = sep, rest[1:]
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == here:
            continue
        if name == up:
            path = _realpath_up(path, up)
            continue
        candidate = join(path, name)
        if not _realpath_is_link(candidate, strict):
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known  # resolved before
                continue
            # A loop: strict mode lets stat() raise the ELOOP error.
            if strict:
                os.stat(candidate)
            else:
                return join(candidate, rest), False
        seen[candidate] = None
        path, complete = _resolve(path, os.readlink(candidate), strict, seen)
        if not complete:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def _realpath_up(path, up):
    """One level up from a resolved path ('..' piles up on a relative one)."""
    if not path:
        return up
    parent, last = split(path)
    return join(parent, up, up) if last == up else parent


def _realpath_is_link(candidate, strict):
    try:
        mode = os.lstat(candidate).st_mode
    except OSError:
        if strict:
            raise
        return False
    return _stat.S_ISLNK(mode)


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    curdir_, sep, pardir_ = (b".", b"/", b"..") if isinstance(path, bytes) else (".", "/", "..")
    start = curdir_ if start is None else os.fspath(start)
    try:
        origin = [c for c in abspath(start).split(sep) if c]
        target = [c for c in abspath(path).split(sep) if c]
        shared = len(commonprefix([origin, target]))
        # Climb out of what start has beyond the shared part, then go down to path.
        steps = [pardir_] * (len(origin) - shared) + target[shared:]
        return join(*steps) if steps else curdir_
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of every path in paths."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b"/", b"."
    else:
        sep, curdir_ = "/", "."
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        # The common prefix of the least and greatest lists is every list's common prefix.
        lo, hi = min(split_paths), max(split_paths)
        shared = 0
        while shared < len(lo) and lo[shared] == hi[shared]:
            shared += 1
        return (sep if isabs_ else sep[:0]) + sep.join(lo[:shared])
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise
