"""os: operating-system services over the Rust module posix, with os.path = posixpath."""

import sys
import posix as _posix
from posix import *
from posix import _exit
import stat as _stat
import _structseq
# PathLike is an ABC so that isinstance() consults its __subclasshook__.
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

import posixpath as path
sys.modules["os.path"] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_STAT_FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                None, None, None, "st_atime", "st_mtime", "st_ctime",
                "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                "st_blksize", "st_blocks", "st_rdev"]


def _fill_times(items, extra):
    # A stat_result built from just the 10 items gets its float times from the int ones.
    for i in range(3):
        if extra[i] is None:
            extra[i] = items[7 + i]


stat_result = _structseq.structseq("os", "stat_result", _STAT_FIELDS, 10, _fill_times)
terminal_size = _structseq.structseq("os", "terminal_size", ["columns", "lines"], 2)
uname_result = _structseq.structseq(
    "posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"], 5)


statvfs_result = _structseq.structseq(
    "os", "statvfs_result",
    ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
     "f_favail", "f_flag", "f_namemax", "f_fsid"], 10)


times_result = _structseq.structseq(
    "posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"], 5)


def _read_proc(name):
    import builtins
    with builtins.open("/proc/" + name, "rb") as f:
        return f.read()


def times():
    """CPU seconds used by this process and its waited-for children, and seconds elapsed
    (since boot), from /proc (in clock ticks of 1/100 s, Linux's USER_HZ)."""
    try:
        fields = _read_proc("self/stat").rpartition(b")")[2].split()
        elapsed = float(_read_proc("uptime").split()[0])
    except (OSError, IndexError, ValueError):
        raise OSError(0, "times() is unavailable") from None
    ticks = [int(x) / 100 for x in fields[11:15]]
    return times_result((*ticks, elapsed))


def getloadavg():
    """The 1, 5 and 15 minute load averages of the system."""
    try:
        parts = _read_proc("loadavg").split()
        return (float(parts[0]), float(parts[1]), float(parts[2]))
    except (OSError, IndexError, ValueError):
        raise OSError("Load averages are unobtainable") from None


# posix.stat and friends build their results with these classes.
_posix._stat_result = stat_result
_posix._statvfs_result = statvfs_result


def uname():
    return uname_result(_posix.uname())


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size(fd))


def fspath(path):
    """The file system representation of a path: str or bytes as is, else __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    method = getattr(kind, "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (kind.__name__, type(result).__name__))


class PathLike(metaclass=_ABCMeta):
    """Abstract base class for objects with __fspath__."""

    @_abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        # PathLike[str] is a generic alias, as for the builtin containers.
        return type(list[int])(cls, item)

    @classmethod
    def __subclasshook__(cls, subclass):
        # Only PathLike itself recognises classes by their __fspath__; subclasses use
        # ordinary registration and inheritance.
        if cls is not PathLike:
            return NotImplemented
        return hasattr(subclass, "__fspath__")


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# ---------------------------------------------------------------- environment

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of str that writes through to the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return "environ({%s})" % ", ".join(
            "%r: %r" % (k, v) for k, v in self._data.items())

    def get(self, key, default=None):
        return self._data.get(_check_str(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key in self:
            return self._data[key]
        self[key] = value
        return value

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        # A mapping is read through keys() and [], anything else as (key, value) pairs.
        if hasattr(other, "keys"):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for source in (pairs, kwds.items()):
            for key, value in source:
                self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        # (copy(): environb's gives bytes.)
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self.copy())
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_posix.environ))


supports_bytes_environ = True


def _register_environ_abcs(mutable_mapping):
    # Called from _collections_abc as well, so that importing os stays cheap.
    mutable_mapping.register(_Environ)


if "_collections_abc" in sys.modules:
    _register_environ_abcs(sys.modules["_collections_abc"].MutableMapping)


def getenv(key, default=None):
    """The environment variable key if it exists, else default."""
    return environ.get(key, default)


def __getattr__(name):
    # os.environb and os.getenvb live in _os_environb, loaded when first asked for:
    # every import of os compiled them (a third more start-up work for os).
    if name in ("environb", "getenvb"):
        import _os_environb
        value = globals()[name] = getattr(_os_environb, name)
        return value
    raise AttributeError(f"module 'os' has no attribute '{name}'")


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if env is not environ:
        # A plain mapping may give the search path under a bytes key instead.
        try:
            raw = env[b"PATH"]
        except (KeyError, TypeError):
            pass
        else:
            if path_list is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            path_list = fsdecode(raw)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------- directories

def _parent_and_leaf(p):
    """path.split(p), looking past one trailing separator ('a/b/' gives ('a', 'b'))."""
    head, tail = path.split(p)
    return path.split(head) if not tail else (head, tail)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and every missing intermediate one."""
    # Missing ancestors, nearest first; they are made top-down with the default mode.
    missing = []
    parent, leaf = _parent_and_leaf(name)
    first_leaf = leaf
    while parent and leaf and not path.exists(parent):
        missing.append(parent)
        parent, leaf = _parent_and_leaf(parent)
    for ancestor in reversed(missing):
        try:
            mkdir(ancestor)
        except FileExistsError:
            pass  # made meanwhile by someone else: fine
    here = curdir.encode("ASCII") if isinstance(first_leaf, bytes) else curdir
    if missing and first_leaf == here:
        return  # 'a/b/.' names a/b, just made
    try:
        mkdir(name, mode)
    except OSError:
        if not (exist_ok and path.isdir(name)):
            raise


def removedirs(name):
    """Remove a directory, then each parent left empty, stopping at the first that fails."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """rename() that makes the target's missing directories and prunes the source's
    emptied ones."""
    target_dir, target_leaf = path.split(new)
    if target_dir and target_leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_leaf = path.split(old)
    if not (source_dir and source_leaf):
        return
    try:
        removedirs(source_dir)
    except OSError:
        pass


# d_type values from readdir.
_DT_UNKNOWN = 0
_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10


class DirEntry:
    """One entry of a scandir() listing."""

    def __init__(self, dirpath, name, d_type, inode, is_bytes):
        self.name = name
        if dirpath is None:
            self.path = name
        elif isinstance(dirpath, int):
            self.path = name
        else:
            self.path = path.join(dirpath, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None
        self._dir_fd = dirpath if isinstance(dirpath, int) else None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _is_kind(self, d_type, test, follow_symlinks):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is_kind(_DT_DIR, _stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_kind(_DT_REG, _stat.S_ISREG, follow_symlinks)

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        i = self._next
        if i >= len(self._entries):
            raise StopIteration
        self._next = i + 1
        return self._entries[i]

    def close(self):
        self._entries = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._entries = []


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory path."""
    raw, is_bytes = _posix._scandir_raw(path)
    if path is None:
        dirpath = curdir
    elif isinstance(path, int):
        dirpath = path
    else:
        dirpath = fspath(path)
    return _ScandirIterator([DirEntry(dirpath, n, t, i, is_bytes) for n, t, i in raw])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    # Work list: directories still to list, and (bottom-up) finished triples waiting for
    # their subdirectories to be reported first. Popped from the end.
    pending = [fspath(top)]
    while pending:
        item = pending.pop()
        if type(item) is tuple:
            yield item
            continue
        listing = _walk_listing(item, onerror)
        if listing is None:
            continue
        dirs, files, dir_entries = listing
        if topdown:
            yield item, dirs, files
            # The caller may have pruned dirs: descend into what is left, in its order.
            below = [path.join(item, d) for d in dirs]
            below = [d for d in below if followlinks or not path.islink(d)]
        else:
            pending.append((item, dirs, files))
            below = [e.path for e in dir_entries if followlinks or not _walk_is_link(e)]
        pending.extend(reversed(below))


def _walk_listing(top, onerror):
    """(directory names, other names, directory entries) of top, or None when it cannot be
    listed (onerror hears of it)."""
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    dirs, files, dir_entries = [], [], []
    for entry in entries:
        if _walk_is_dir(entry):
            dirs.append(entry.name)
            dir_entries.append(entry)
        else:
            files.append(entry.name)
    return dirs, files, dir_entries


def _walk_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False  # unknown: listed with the files


def _walk_is_link(entry):
    try:
        return entry.is_symlink()
    except OSError:
        return True  # unknown: not followed


def _exists(name):
    return name in globals()


# ---------------------------------------------------------------- processes

from _ember_spawn import waitpid, waitstatus_to_exitcode

# Exit codes of <sysexits.h>, and the waitpid/waitid/spawn option numbers of Linux.
EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE = 64, 65, 66, 67, 68, 69
EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL = 70, 71, 72, 73, 74, 75
EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 76, 77, 78
WUNTRACED = WSTOPPED = 2
WEXITED, WCONTINUED, WNOWAIT = 4, 8, 0x1000000
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3
P_WAIT, P_NOWAIT, P_NOWAITO = 0, 1, 1


def _wstatus(status):
    # The wait status as the C int these macros take.
    from operator import index
    n = index(status)
    if not -0x80000000 <= n <= 0x7FFFFFFF:
        raise OverflowError("Python int too large to convert to C int")
    return n & 0xFFFFFFFF


def WIFEXITED(status):
    """True when the process ended by calling exit()."""
    return _wstatus(status) & 0x7F == 0


def WEXITSTATUS(status):
    """Return the process return code from status."""
    return (_wstatus(status) >> 8) & 0xFF


def WIFSIGNALED(status):
    """True when the process was ended by a signal."""
    low = _wstatus(status) & 0x7F
    return low != 0 and low != 0x7F


def WTERMSIG(status):
    """The signal that ended the process."""
    return _wstatus(status) & 0x7F


def WIFSTOPPED(status):
    """True when the process is stopped (not ended)."""
    return _wstatus(status) & 0xFF == 0x7F


def WSTOPSIG(status):
    """The signal that stopped the process."""
    return (_wstatus(status) >> 8) & 0xFF


def WIFCONTINUED(status):
    """True when a stopped process was resumed by SIGCONT."""
    return _wstatus(status) == 0xFFFF


def WCOREDUMP(status):
    """True when the process left a core dump."""
    return _wstatus(status) & 0x80 != 0


def kill(pid, signal, /):
    """Sends a signal to process pid. Ember installs no operating-system handlers, so a
    signal this process sends itself goes to the handler that signal.signal() recorded
    (run at once, in the caller's frame) or is dropped when that handler is SIG_IGN."""
    if type(pid) is int and pid == _posix.getpid() and isinstance(signal, int):
        import signal as _sigmod
        handler = _sigmod._handlers.get(signal)
        if handler is not None and handler is not _sigmod.SIG_DFL:
            if callable(handler):
                handler(int(signal), sys._getframe(1))
            return
    _posix.kill(pid, signal)


class _wrap_close:
    """popen()'s stream: reads and writes go to the pipe; close() waits for the command and
    gives None on success, else its wait status (the exit code in bits 8-15)."""

    def __init__(self, stream, proc):
        self._stream, self._proc = stream, proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        return status << 8 if status else None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    # Everything else is the stream's.
    def __iter__(self):
        return iter(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a shell; a text stream to read its stdout ("r") or feed its stdin ("w")."""
    problem = None
    if not isinstance(cmd, str):
        problem = TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    elif mode != "r" and mode != "w":
        problem = ValueError("invalid mode %r" % mode)
    elif buffering == 0 or buffering is None:
        problem = ValueError("popen() does not support unbuffered streams")
    if problem is not None:
        raise problem
    import subprocess
    side = "stdout" if mode == "r" else "stdin"
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                            **{side: subprocess.PIPE})
    return _wrap_close(getattr(proc, side), proc)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the already-open descriptor fd (open() with an int)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
