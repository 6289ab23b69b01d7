"""shutil: copying, moving and deleting files and whole trees, plus which() and terminal size."""

import fnmatch as _fnmatch
import os
import stat as _stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "get_terminal_size", "chown", "SameFileError", "ReadError", "RegistryError",
           "make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive"]

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
    # As CPython, a relative link text is tested against the current directory, not the
    # link's own folder (so copytree skips such links unless they resolve from here).
    return not os.path.exists(os.readlink(link_path))


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


def chown(path, user=None, group=None):
    """Give path a new owner and/or group, each a name or a numeric id."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _lookup_id("pwd", "getpwnam", user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group if isinstance(group, int) else _lookup_id("grp", "getgrnam", group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


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


# -- archives: make_archive() and unpack_archive() over tarfile and zipfile

def _have(module):
    try:
        __import__(module)
    except ImportError:
        return False
    return True


_ZLIB_SUPPORTED = _have("zlib")
_BZ2_SUPPORTED = _have("bz2")
_LZMA_SUPPORTED = _have("lzma")
_TAR_SUFFIXES = {None: "", "gzip": "gz", "bzip2": "bz2", "xz": "xz"}


def _lookup_id(module, func, name):
    # The numeric id of a user or group name; None when unknown or no database.
    if name is None:
        return None
    try:
        lookup = getattr(__import__(module), func)
    except (ImportError, AttributeError):
        return None
    try:
        return lookup(name)[2]
    except KeyError:
        return None


def _parent_for(target, dry_run, logger):
    # Makes the directory an archive will be written in, when missing.
    where = os.path.dirname(target)
    if where and not os.path.exists(where):
        if logger is not None:
            logger.info("creating %s", where)
        if not dry_run:
            os.makedirs(where)


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Writes base_name + '.tar' (+ '.gz', '.bz2' or '.xz' by compress) holding
    base_dir; owner and group, when given, name every member's owner."""
    usable = {"gzip": _ZLIB_SUPPORTED, "bzip2": _BZ2_SUPPORTED, "xz": _LZMA_SUPPORTED}
    if compress is not None and not usable.get(compress, False):
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    suffix = _TAR_SUFFIXES[compress]
    archive_name = base_name + ".tar" + ("." + suffix if suffix else "")
    _parent_for(archive_name, dry_run, logger)
    if logger is not None:
        logger.info("Creating tar archive")
    uid = _lookup_id("pwd", "getpwnam", owner)
    gid = _lookup_id("grp", "getgrnam", group)

    def owned(info):
        if gid is not None:
            info.gid, info.gname = gid, group
        if uid is not None:
            info.uid, info.uname = uid, owner
        return info

    if not dry_run:
        archive = tarfile.open(archive_name, "w|" + suffix)
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        try:
            archive.add(source, base_dir, filter=owned)
        finally:
            archive.close()
    if root_dir is not None:
        return os.path.abspath(archive_name)
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None,
                  owner=None, group=None, root_dir=None):
    """Writes base_name + '.zip' (deflated) holding base_dir."""
    import zipfile
    zip_name = base_name + ".zip"
    _parent_for(base_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_name, base_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            top = os.path.normpath(base_dir)
            start = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
            start = os.path.normpath(start)

            def put(path, arcname):
                zf.write(path, arcname)
                if logger is not None:
                    logger.info("adding '%s'", path)

            if top != os.curdir:
                put(start, top)
            for here, subdirs, files in os.walk(start):
                inside = here if root_dir is None else os.path.relpath(here, root_dir)
                inside = os.path.normpath(inside)
                # Directories sorted, files in the order the directory lists them.
                for name in sorted(subdirs):
                    put(os.path.join(here, name), os.path.join(inside, name))
                for name in files:
                    path = os.path.normpath(os.path.join(here, name))
                    if os.path.isfile(path):
                        put(path, os.path.join(inside, name))
    if root_dir is not None:
        return os.path.abspath(zip_name)
    return zip_name


# name -> (function, extra keyword arguments, description, takes root_dir)
_ARCHIVE_FORMATS = {"tar": (_make_tarball, [("compress", None)], "uncompressed tar file", True)}
if _ZLIB_SUPPORTED:
    _ARCHIVE_FORMATS["gztar"] = (_make_tarball, [("compress", "gzip")],
                                 "gzip'ed tar-file", True)
    _ARCHIVE_FORMATS["zip"] = (_make_zipfile, [], "ZIP file", True)
if _BZ2_SUPPORTED:
    _ARCHIVE_FORMATS["bztar"] = (_make_tarball, [("compress", "bzip2")],
                                 "bzip2'ed tar-file", True)
if _LZMA_SUPPORTED:
    _ARCHIVE_FORMATS["xztar"] = (_make_tarball, [("compress", "xz")],
                                 "xz'ed tar-file", True)


def get_archive_formats():
    """Sorted (name, description) pairs of the formats make_archive() writes."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=""):
    """Adds a format for make_archive(): function(base_name, base_dir, **kwargs)
    is called with the (name, value) pairs of extra_args as keywords."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    if any(not isinstance(pair, (tuple, list)) or len(pair) != 2 for pair in extra_args):
        raise TypeError("extra_args elements are : (arg_name, value)")
    _ARCHIVE_FORMATS[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Writes an archive of base_dir (default: everything) as seen from root_dir
    (default: the current directory) named base_name plus the format's
    extension; format is 'zip', 'tar', 'gztar' or another registered one.
    Returns the archive's file name."""
    if hasattr(sys, "audit"):
        sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    entry = _ARCHIVE_FORMATS.get(format)
    if entry is None:
        raise ValueError("unknown archive format '%s'" % format)
    func, extra, _, takes_root = entry
    kwargs = {"dry_run": dry_run, "logger": logger, "owner": owner, "group": group}
    kwargs.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    back_to = None
    if root_dir is not None:
        if takes_root:
            base_name = os.fspath(base_name)
            kwargs["root_dir"] = root_dir
        else:
            # Formats registered by users are run from inside root_dir.
            back_to = os.getcwd()
            base_name = os.path.abspath(base_name)
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if back_to is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", back_to)
            os.chdir(back_to)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            # Absolute names and names with '..' could land outside extract_dir.
            if name.startswith("/") or ".." in name:
                continue
            target = os.path.join(extract_dir, *name.split("/"))
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if name.endswith("/"):
                continue
            with archive.open(name, "r") as src, open(target, "wb") as dst:
                copyfileobj(src, dst)


def _unpack_tarfile(filename, extract_dir):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir)
    finally:
        archive.close()


# name -> (file name extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {
    "tar": ([".tar"], _unpack_tarfile, [], "uncompressed tar file"),
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
}
if _ZLIB_SUPPORTED:
    _UNPACK_FORMATS["gztar"] = ([".tar.gz", ".tgz"], _unpack_tarfile, [], "gzip'ed tar-file")
if _BZ2_SUPPORTED:
    _UNPACK_FORMATS["bztar"] = ([".tar.bz2", ".tbz2"], _unpack_tarfile, [], "bzip2'ed tar-file")
if _LZMA_SUPPORTED:
    _UNPACK_FORMATS["xztar"] = ([".tar.xz", ".txz"], _unpack_tarfile, [], "xz'ed tar-file")


def get_unpack_formats():
    """Sorted (name, extensions, description) triples of the formats
    unpack_archive() reads."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=""):
    """Adds a format for unpack_archive(): function(filename, extract_dir, **kwargs)
    handles files ending with one of extensions."""
    if extra_args is None:
        extra_args = []
    taken = {}
    for other, entry in _UNPACK_FORMATS.items():
        for ext in entry[0]:
            taken[ext] = other
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None):
    """Unpacks the archive filename into extract_dir (default: the current
    directory); format, when not given, comes from the file name's extension."""
    if hasattr(sys, "audit"):
        sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        for name, entry in _UNPACK_FORMATS.items():
            if any(filename.endswith(ext) for ext in entry[0]):
                format = name
                break
        else:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    entry = _UNPACK_FORMATS[format]
    entry[1](filename, extract_dir, **dict(entry[2]))
