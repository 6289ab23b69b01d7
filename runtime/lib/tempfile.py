"""Temporary files and directories for Ember (POSIX).

A name is prefix + 8 random characters + suffix. Files are opened O_EXCL with mode 0o600,
directories made with mode 0o700; on a clash another name is drawn.
"""

import io as _io
import os as _os
import sys as _sys

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "template", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_EEXIST = 17
_OPEN_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL
               | getattr(_os, "O_NOFOLLOW", 0) | getattr(_os, "O_CLOEXEC", 0))
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _NameSource:
    """Iterator of random 8-character names."""

    characters = _ALPHABET

    def __init__(self):
        self._gen = None
        self._owner_pid = None

    def _generator(self):
        # Reseed after a fork so that parent and child draw different names. random is
        # imported lazily: importing tempfile must stay cheap.
        pid = _os.getpid()
        if self._owner_pid != pid:
            import random
            self._gen = random.Random()
            self._owner_pid = pid
        return self._gen

    rng = property(_generator)

    def __iter__(self):
        return self

    def __next__(self):
        pick = self._generator().choice
        chars = self.characters
        return "".join([pick(chars) for _ in "12345678"])


_names = None


def _get_candidate_names():
    global _names
    if _names is None:
        _names = _NameSource()
    return _names


def _candidate_tempdir_list():
    found = [v for v in map(_os.getenv, ("TMPDIR", "TEMP", "TMP")) if v]
    found += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable(folder, names):
    # True when a scratch file can be made and written in folder; None to try another name.
    probe = _os.path.join(folder, next(names))
    try:
        fd = _os.open(probe, _OPEN_FLAGS, 0o600)
    except FileExistsError:
        return None
    except OSError:
        return False
    try:
        try:
            _os.write(fd, b"blat")
        finally:
            _os.close(fd)
        _os.unlink(probe)
    except OSError:
        return False
    return True


def _get_default_tempdir():
    names = _get_candidate_names()
    for folder in _candidate_tempdir_list():
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        for _ in range(100):
            verdict = _writable(folder, names)
            if verdict is None:
                continue
            if verdict:
                return folder
            break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" %
                            _candidate_tempdir_list())


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """Default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """Default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """Default name prefix, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """Default name prefix, as bytes."""
    return _os.fsencode(template)


_MIXED = "Can't mix bytes and non-bytes in path components."


def _infer_return_type(*args):
    kinds = set()
    for arg in args:
        if arg is None:
            continue
        if not isinstance(arg, (str, bytes)) and isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kinds.add(bytes if isinstance(arg, bytes) else str)
        if len(kinds) > 1:
            raise TypeError(_MIXED)
    if kinds:
        return kinds.pop()
    # Nothing given: follow the type of a user-set tempdir.
    return bytes if isinstance(tempdir, bytes) else str


def _sanitize_params(prefix, suffix, dir):
    kind = _infer_return_type(prefix, suffix, dir)
    binary = kind is bytes
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = _os.fsencode(template) if binary else template
    if dir is None:
        dir = gettempdirb() if binary else gettempdir()
    return prefix, suffix, dir, kind


def _fresh_paths(folder, prefix, suffix, kind):
    names = _get_candidate_names()
    encode = _os.fsencode if kind is bytes else None
    for _ in range(TMP_MAX):
        core = next(names)
        if encode is not None:
            core = encode(core)
        yield _os.path.join(folder, prefix + core + suffix)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    for candidate in _fresh_paths(_os.path.abspath(dir), pre, suf, output_type):
        try:
            return _os.open(candidate, flags, 0o600), candidate
        except FileExistsError:
            pass
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file readable and writable only by this user; return (fd, absolute path)."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    # POSIX has no text/binary distinction at the descriptor level.
    return _mkstemp_inner(dir, prefix, suffix, _OPEN_FLAGS, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory usable only by this user; return its absolute path."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    for candidate in _fresh_paths(dir, prefix, suffix, kind):
        try:
            _os.mkdir(candidate, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(candidate)
    raise FileExistsError(_EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when looked at. Racy: prefer mkstemp()."""
    folder = gettempdir() if dir is None else dir
    for candidate in _fresh_paths(folder, prefix, suffix, str):
        if not _os.path.exists(candidate):
            return candidate
    raise FileExistsError(_EEXIST, "No usable temporary filename found")


class _Remover:
    """Owns a named temporary file's clean-up: closing it and unlinking its name, once.
    The wrapper's methods hold this object (not the wrapper), so a file stays open while
    one of its methods is still in use, even after the wrapper itself is dropped."""

    def __init__(self, file, name, delete):
        self.file, self.name, self.delete = file, name, delete
        self.done = False

    def unlink(self):
        if self.done:
            return
        self.done = True
        if not self.delete:
            return
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def close(self):
        try:
            self.file.close()
        finally:
            self.unlink()

    def __del__(self):
        # Dropping the last reference closes (and so deletes) the file.
        try:
            self.close()
        except Exception:
            pass


class _TemporaryFileWrapper:
    """Proxy to an open file that also carries .name and removes the file once closed."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._remover = _Remover(file, name, delete)

    def __getattr__(self, attr):
        value = getattr(self.__dict__["file"], attr)
        if callable(value):
            method, remover = value, self._remover

            def value(*args, **kwargs):
                remover  # held, so the file outlives the call
                return method(*args, **kwargs)

            value.__name__ = getattr(method, "__name__", attr)
            value.__doc__ = getattr(method, "__doc__", None)
        if not isinstance(value, int):
            # Kept on the instance: later lookups skip __getattr__.
            setattr(self, attr, value)
        return value

    @property
    def closed(self):
        return self.file.closed

    def close(self):
        self._remover.close()

    def __exit__(self, exc, value, tb):
        try:
            return self.file.__exit__(exc, value, tb)
        finally:
            self._remover.unlink()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __iter__(self):
        yield from self.file


def _open_fd(fd, mode, buffering, encoding, newline, errors):
    return _io.open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file visible under .name; removed on close when delete is true."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    fd, path = _mkstemp_inner(dir, prefix, suffix, _OPEN_FLAGS, kind)
    try:
        handle = _open_fd(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(handle, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file whose directory entry is removed straight away."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    fd, path = _mkstemp_inner(dir, prefix, suffix, _OPEN_FLAGS, kind)
    try:
        _os.unlink(path)
        return _open_fd(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.close(fd)
        raise


def _delegate(method):
    # A method that simply forwards to the current backing file.
    def forward(self, *args):
        return getattr(self._file, method)(*args)
    forward.__name__ = method
    return forward


class SpooledTemporaryFile:
    """In-memory file that moves to a real temporary file past max_size bytes, or when
    a descriptor is asked for."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    def _maybe_roll(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        spot = memory.tell()
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        # Text mode moves the encoded bytes, not the decoded text.
        textual = hasattr(disk, "buffer")
        (disk.buffer if textual else disk).write(
            (memory.detach() if textual else memory).getvalue())
        disk.seek(spot, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return iter(self._file)

    close = _delegate("close")
    flush = _delegate("flush")
    isatty = _delegate("isatty")
    read = _delegate("read")
    readline = _delegate("readline")
    readlines = _delegate("readlines")
    seek = _delegate("seek")
    tell = _delegate("tell")

    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    errors = property(lambda self: self._file.errors)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._maybe_roll()
        return count

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._maybe_roll()
        return result


def _rmtree(path, ignore_errors=False, top=True):
    # Delete a tree without descending into symlinked directories. A permission error
    # (a directory made read-only inside the tree) is met by giving the owner full rights
    # on the directory holding the entry, then trying once more.
    def guarded(action, target, holder):
        try:
            action(target)
            return
        except FileNotFoundError:
            return
        except PermissionError:
            pass
        except OSError:
            if not ignore_errors:
                raise
            return
        try:
            _os.chmod(holder, 0o700)
            action(target)
        except FileNotFoundError:
            pass
        except OSError:
            if not ignore_errors:
                raise

    def listing(folder):
        with _os.scandir(folder) as it:
            return list(it)

    entries = []
    try:
        entries = listing(path)
    except FileNotFoundError:
        return
    except PermissionError:
        guarded(lambda p: entries.extend(listing(p)), path, path)
    except OSError:
        if not ignore_errors:
            raise
    for entry in entries:
        try:
            nested = entry.is_dir(follow_symlinks=False)
        except OSError:
            nested = False
        if nested:
            _rmtree(entry.path, ignore_errors, False)
        else:
            guarded(_os.unlink, entry.path, path)
    # The folder holding the top directory is not ours to change.
    guarded(_os.rmdir, path, path if top else _os.path.dirname(path))


class TemporaryDirectory:
    """A fresh directory (.name) that cleanup() or leaving the with-block removes."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalized = False

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if self._finalized or not _os.path.exists(self.name):
            return
        self._finalized = True
        _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        # An abandoned directory is removed, quietly.
        if getattr(self, "_finalized", True):
            return
        self._finalized = True
        try:
            _rmtree(self.name, ignore_errors=True)
        except Exception:
            pass
