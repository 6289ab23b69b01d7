"""fileinput (Ember): read the lines of several files (or stdin) as one stream.

FileInput does the work; input() makes a module-wide instance that the plain
functions (filename(), lineno(), nextfile(), ...) query.  With inplace=True
whatever is printed while a file is read replaces that file's content.
"""

import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

# The instance made by input(), if any.
_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Makes (and returns) the module-wide FileInput; the arguments are FileInput's."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                     encoding=encoding, errors=errors)
    _state = made
    return made


def close():
    """Closes the module-wide FileInput and forgets it."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def _current():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


# The query functions just forward to the module-wide instance.

def nextfile():
    """Skips what is left of the current file."""
    return _current().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _current().filename()


def lineno():
    """Lines read so far, all files together."""
    return _current().lineno()


def filelineno():
    """Lines read so far from the current file."""
    return _current().filelineno()


def fileno():
    """File descriptor of the current file, -1 if there is none."""
    return _current().fileno()


def isfirstline():
    """True right after reading the first line of a file."""
    return _current().isfirstline()


def isstdin():
    """True while the lines come from standard input."""
    return _current().isstdin()


def _as_names(files):
    # One name, a path object, or an iterable of names; nothing means argv,
    # and an empty list means standard input ("-").
    if isinstance(files, str):
        return (files,)
    if isinstance(files, os.PathLike):
        return (os.fspath(files),)
    if files is None:
        files = sys.argv[1:]
    return tuple(files) or ("-",)


def _close_if(stream):
    if stream:
        stream.close()


def _remove_quietly(path):
    # A file that is already gone (or may not be removed) is no error here.
    try:
        os.unlink(path)
    except OSError:
        return False
    return True


class FileInput:
    """Iterates over the lines of each named file in turn."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._files = _as_names(files)
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._write_mode = mode.replace("r", "w")
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        # Counters: lines before the current file, lines of the current file.
        self._startlineno = 0
        self._filelineno = 0
        self._filename = None
        self._file = None
        self._isstdin = False
        # Inplace mode: the renamed original, the new file, the real stdout.
        self._backupfilename = None
        self._output = None
        self._savestdout = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    # Iteration yields lines until every file is read; as a context manager the
    # object closes itself (restoring stdout in inplace mode) on the way out.

    def __iter__(self):
        return self

    def __next__(self):
        line = self._next_line()
        if line:
            return line
        raise StopIteration

    def readline(self):
        """The next line; an empty string (or bytes) once everything is read."""
        return self._next_line()

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        self.close()

    def _next_line(self):
        while True:
            if self._file is None:
                if not self._files:
                    return b"" if "b" in self._mode else ""
                self._start_next_file()
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def _start_next_file(self):
        name, self._files = self._files[0], self._files[1:]
        self._startlineno += self._filelineno
        self._filelineno = 0
        self._filename = name
        self._isstdin = False
        self._backupfilename = None
        binary = "b" in self._mode
        text_args = {} if binary else {"encoding": self._encoding, "errors": self._errors}
        if name == "-":
            self._filename = "<stdin>"
            self._isstdin = True
            self._file = getattr(sys.stdin, "buffer", sys.stdin) if binary else sys.stdin
        elif self._inplace:
            self._file = self._begin_rewrite(name, text_args)
        elif not self._openhook:
            self._file = open(name, self._mode, **text_args)
        elif self._encoding is None:
            # Hooks written before encoding= existed take two arguments.
            self._file = self._openhook(name, self._mode)
        else:
            self._file = self._openhook(name, self._mode, encoding=self._encoding,
                                        errors=self._errors)

    def _begin_rewrite(self, name, text_args):
        # The original moves aside to the backup name and is read from there;
        # stdout goes to a fresh file (same permissions) under the original name.
        backup = os.fspath(name) + (self._backup or ".bak")
        self._backupfilename = backup
        _remove_quietly(backup)
        os.rename(name, backup)
        source = open(backup, self._mode, **text_args)
        try:
            perm = os.fstat(source.fileno()).st_mode
        except OSError:
            perm = None
        self._output = open(name, self._write_mode, **text_args)
        if perm is not None:
            try:
                os.chmod(name, perm)
            except OSError:
                perm = None  # the new file keeps the default permissions
        self._savestdout, sys.stdout = sys.stdout, self._output
        return source

    def nextfile(self):
        """Closes the current file (finishing an inplace rewrite) without reading on."""
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        # Everything is detached first; the closing below may raise, but each step
        # still runs (the first failure propagates, as with nested finally blocks).
        output, self._output = self._output, None
        current, self._file = self._file, None
        from_stdin, self._isstdin = self._isstdin, False
        backup, self._backupfilename = self._backupfilename, None
        try:
            _close_if(output)
        finally:
            try:
                _close_if(None if from_stdin else current)
            finally:
                if backup and not self._backup:
                    # No backup was asked for: the moved original goes.
                    _remove_quietly(backup)

    def close(self):
        """Closes the current file; the files not reached yet are dropped."""
        self._files = ()
        self.nextfile()

    # Queries about the most recently read line.

    def filename(self):
        """Name of the file being read ('<stdin>' for standard input)."""
        return self._filename

    def lineno(self):
        """Cumulative line number over all files read so far."""
        return self._startlineno + self._filelineno

    def filelineno(self):
        """Line number within the current file."""
        return self._filelineno

    def fileno(self):
        """Descriptor of the current file, or -1."""
        stream = self._file
        if stream:
            try:
                return stream.fileno()
            except ValueError:
                pass
        return -1

    def isfirstline(self):
        """Whether the last line read was its file's first."""
        return self._filelineno == 1

    def isstdin(self):
        """Whether the last line came from standard input."""
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that decompresses .gz and .bz2 files on the fly."""
    suffix = os.path.splitext(filename)[1]
    if suffix == ".gz":
        import gzip
        raw = gzip.open(filename, mode)
    elif suffix == ".bz2":
        import bz2
        raw = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" in mode:
        return raw
    # The decompressors give bytes; text mode needs a decoding layer.
    import io
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding and error handler."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
