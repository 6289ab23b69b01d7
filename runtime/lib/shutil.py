"""shutil: copying, moving and deleting files and whole trees, plus which() and terminal size."""

import fnmatch as _fnmatch
import os
import stat as _stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "get_terminal_size", "SameFileError", "ReadError", "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination name one file."""


class SpecialFileError(OSError):
    """The file is of a kind that cannot be copied (a FIFO, say)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive-format registration was refused."""


def copyfileobj(fsrc, fdst, length=0):
    """Stream everything from fsrc into fdst in chunks of length."""
    size = length or COPY_BUFSIZE
    pull = fsrc.read
    push = fdst.write
    chunk = pull(size)
    while chunk:
        push(chunk)
        chunk = pull(size)


def _same_target(a, b):
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError, TypeError, AttributeError):
        # One side missing: compare the spelled-out names instead.
        canon = lambda x: os.path.normcase(os.path.abspath(x))
        return canon(a) == canon(b)


def _refuse_fifos(*names):
    for name in names:
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if _stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of src into dst, without metadata; return dst."""
    if _same_target(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifos(src, dst)
    if follow_symlinks or not os.path.islink(src):
        with open(src, "rb") as reader, open(dst, "wb") as writer:
            copyfileobj(reader, writer)
    else:
        os.symlink(os.readlink(src), dst)
    return dst


def _both_links(src, dst):
    return os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if follow_symlinks:
        info = os.stat(src)
    elif _both_links(src, dst):
        return  # a link's own mode cannot be changed on Linux
    else:
        info = os.lstat(src)
    os.chmod(dst, _stat.S_IMODE(info.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and the access/modification times of src."""
    if not follow_symlinks and _both_links(src, dst):
        os.lstat(src)  # still report a missing source
        return
    info = os.stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(info.st_mode))


def _into_dir(src, dst):
    # A directory destination receives a file of the source's name.
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Return the new path."""
    target = _into_dir(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), plus the timestamps."""
    target = _into_dir(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """Build a copytree ignore callable skipping names that match any of the globs."""
    def skip(path, names):
        return {n for n in names if any(_fnmatch.fnmatch(n, pat) for pat in patterns)}
    return skip


def _dangling(link_path):
    target = os.readlink(link_path)
    if not os.path.isabs(target):
        target = os.path.join(os.path.dirname(link_path), target)
    return not os.path.exists(target)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst and return dst; per-entry failures end as one Error."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = set() if ignore is None else ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)

    def recurse(s, d):
        copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)

    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and symlinks:
                os.symlink(os.readlink(s), d)
                copystat(s, d, follow_symlinks=False)
            elif entry.is_symlink() and ignore_dangling_symlinks and _dangling(s):
                pass
            elif os.path.isdir(s) if entry.is_symlink() else entry.is_dir():
                recurse(s, d)
            else:
                copy_function(s, d)
        except Error as nested:
            problems += nested.args[0]
        except OSError as exc:
            problems.append((s, d, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _error_handler(ignore_errors, onerror):
    if ignore_errors:
        return lambda func, path, info: None
    if onerror is not None:
        return onerror

    def reraise(func, path, info):
        raise info[1]
    return reraise


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove a directory tree. Each failure goes to onerror(func, path, exc_info),
    is swallowed (ignore_errors), or is raised."""
    report = _error_handler(ignore_errors, onerror)
    try:
        info = os.lstat(path)
    except OSError:
        report(os.lstat, path, sys.exc_info())
        return
    if _stat.S_ISLNK(info.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, report)


rmtree.avoids_symlink_attacks = False


def _remove_tree(top, report):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        report(os.scandir, top, sys.exc_info())
        entries = ()
    for entry in entries:
        full = os.path.join(top, entry.name)
        try:
            subdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdir = False
        if subdir:
            _remove_tree(full, report)
            continue
        try:
            os.unlink(full)
        except OSError:
            report(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(top)
    except OSError:
        report(os.rmdir, top, sys.exc_info())


def _last_component(path):
    # 'a/b/' should yield 'b', not ''.
    strip = os.path.sep + (os.path.altsep or "")
    return os.path.basename(os.fspath(path).rstrip(strip))


def _is_inside(outer, inner):
    def with_sep(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return with_sep(inner).startswith(with_sep(outer))


def move(src, dst, copy_function=copy2):
    """Move src to dst by renaming, or by copying then deleting; return where it went."""
    target = dst
    if os.path.isdir(dst):
        if _same_target(src, dst):
            # Same directory under another spelling (case-insensitive file systems).
            os.rename(src, dst)
            return dst
        target = os.path.join(dst, _last_component(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _runnable(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def _search_path():
    found = os.environ.get("PATH")
    if found is not None:
        return found
    try:
        return os.confstr("CS_PATH")
    except (AttributeError, ValueError):
        return os.defpath


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Locate the executable cmd on PATH (or on path); None when absent."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    dirs = _search_path() if path is None else path
    if not dirs:
        return None
    visited = set()
    for folder in os.fspath(dirs).split(os.pathsep):
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _env_dimension(var):
    try:
        return int(os.environ[var])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Terminal size from COLUMNS/LINES, else from the terminal, else fallback."""
    cols = _env_dimension("COLUMNS")
    rows = _env_dimension("LINES")
    if cols > 0 and rows > 0:
        return os.terminal_size((cols, rows))
    try:
        actual = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError, TypeError):
        actual = os.terminal_size(fallback)
    if cols <= 0:
        cols = actual.columns or fallback[0]
    if rows <= 0:
        rows = actual.lines or fallback[1]
    return os.terminal_size((cols, rows))


if hasattr(os, "statvfs"):
    from collections import namedtuple as _namedtuple

    _usage = _namedtuple("usage", "total used free")

    def disk_usage(path):
        """Bytes in total, used and free on the file system holding path."""
        vfs = os.statvfs(path)
        unit = vfs.f_frsize
        return _usage(vfs.f_blocks * unit, (vfs.f_blocks - vfs.f_bfree) * unit,
                      vfs.f_bavail * unit)

    __all__.append("disk_usage")
