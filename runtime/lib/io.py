"""The io module: file objects over file descriptors (FileIO), a byte buffer layer
(BufferedReader/Writer/Random), a text layer (TextIOWrapper), in-memory StringIO and
BytesIO, and open().

Written in Python over the posix module's descriptor calls; the classes carry
``__module__ = '_io'`` so that their reprs and type names read as CPython's do.
"""

import posix as _posix
import _ember_io

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

_S_IFMT = 0o170000
_S_IFDIR = 0o040000


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


class _IOBase:
    __module__ = "_io"
    _io_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    @property
    def closed(self):
        return self._io_closed

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        if not self._io_closed:
            try:
                self.flush()
            finally:
                self._io_closed = True

    def __del__(self):
        # Files are closed (and flushed) when the object goes away, as in CPython.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def flush(self):
        self._check_closed()

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def seekable(self):
        self._check_closed()
        return False

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:  # b"" or "": nothing left
            raise StopIteration
        return line

    def readline(self, size=-1):
        # The generic line reader (raw streams such as FileIO have no buffer to search):
        # one byte at a time through read(), up to and including b"\n".
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if b == b"\n":
                break
        return bytes(line)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    pass


class _BufferedIOBase(_IOBase):
    def detach(self):
        self._unsupported("detach")


def _forwarded(holder, name):
    """A read-only property reading self.<holder>.<name>."""
    return property(lambda self: getattr(getattr(self, holder), name))


def _reading(attr):
    """A read-only property reading the private attribute attr."""
    return property(lambda self: getattr(self, attr))


class _TextIOBase(_IOBase):
    def detach(self):
        self._unsupported("detach")

    # A bare text stream knows no encoding, error handler or newlines.
    encoding = errors = newlines = property(lambda self: None)


IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    f = getattr(type(file), "__fspath__", None)
    if f is not None:
        p = f(file)
        if isinstance(p, (str, bytes)):
            return p
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(file).__name__, type(p).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(file).__name__)


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if type(b).__name__ == "memoryview":
        return b.tobytes()
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class FileIO(_RawIOBase):
    """A raw file over a descriptor."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        self._io_closed = True
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            fd = None
            file = _fspath(file)
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s"
                            % type(mode).__name__)
        rwa = None
        plus = False
        for c in mode:
            if c in "rwax":
                if rwa is not None:
                    raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
                rwa = c
            elif c == "+":
                if plus:
                    raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
                plus = True
            elif c == "b":
                pass
            else:
                raise ValueError("invalid mode: %s" % mode)
        if rwa is None:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        self._readable = rwa == "r" or plus
        self._writable = rwa != "r" or plus
        self._appending = rwa == "a"
        self._created = rwa == "x"
        if plus:
            flags = _posix.O_RDWR
        elif rwa == "r":
            flags = _posix.O_RDONLY
        else:
            flags = _posix.O_WRONLY
        if rwa == "w":
            flags |= _posix.O_CREAT | _posix.O_TRUNC
        elif rwa == "a":
            flags |= _posix.O_CREAT | _posix.O_APPEND
        elif rwa == "x":
            flags |= _posix.O_CREAT | _posix.O_EXCL
        flags |= _posix.O_CLOEXEC
        if fd is None:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self._fd = fd
        self._closefd = closefd
        self._io_closed = False
        try:
            st = _posix.fstat(fd)
            # A plain 19-field tuple until os registers its stat_result class.
            if isinstance(st, tuple) and len(st) == 19:
                mode, blksize = st[0], st[16]
            else:
                mode, blksize = st.st_mode, st.st_blksize
            if mode & _S_IFMT == _S_IFDIR:
                raise IsADirectoryError(21, "Is a directory", file)
            self._blksize = blksize if blksize > 1 else DEFAULT_BUFFER_SIZE
        except BaseException:
            if closefd:
                self._io_closed = True
                self._fd = -1
                _posix.close(fd)
            raise
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        try:
            name = self.name
        except AttributeError:
            return "<_io.FileIO fd=%d mode=%r closefd=%r>" % (self._fd, self.mode, self._closefd)
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (name, self.mode, self._closefd)

    def close(self):
        if not self._io_closed:
            self._io_closed = True
            if self._closefd and self._fd >= 0:
                fd = self._fd
                self._fd = -1
                _posix.close(fd)

    def flush(self):
        self._check_closed()

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _posix.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_closed()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check_closed()
        chunks = []
        while True:
            b = _posix.read(self._fd, 65536)
            if not b:
                break
            chunks.append(b)
        return b"".join(chunks)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _posix.write(self._fd, _as_bytes(b))

    def seek(self, pos, whence=0):
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size


class _BufferedBase(_BufferedIOBase):
    """Buffering over a raw file: a read buffer and a write buffer, one of them in use."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        if isinstance(raw, FileIO):
            # Pending writes live in a native buffer that the process's exit flushes.
            self._wbuf = _ember_io.WriteBuf(raw.fileno(), buffer_size)
        else:
            self._wbuf = _RawWriteBuf(raw, buffer_size)

    closed = _forwarded("raw", "closed")
    name = _forwarded("raw", "name")
    mode = _forwarded("raw", "mode")

    def __repr__(self):
        cls = type(self)
        modname = cls.__module__
        qual = cls.__qualname__
        try:
            name = self.name
        except AttributeError:
            return "<%s.%s>" % (modname, qual)
        return "<%s.%s name=%r>" % (modname, qual, name)

    # Questions about the file go to the raw stream below: what it allows ...
    def writable(self):
        return self.raw.writable()

    def readable(self):
        return self.raw.readable()

    def seekable(self):
        return self.raw.seekable()

    # ... and what it is.
    def isatty(self):
        return self.raw.isatty()

    def fileno(self):
        return self.raw.fileno()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        if not self.raw.closed:
            # The raw stream is closed even when the flush fails.
            try:
                self.flush()
            finally:
                self._wbuf.detach()
                self.raw.close()

    def _flush_writes(self):
        self._wbuf.flush()

    def flush(self):
        if self.raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()

    def _drop_reads(self):
        # Moves the raw position back over read-ahead bytes nobody consumed.
        unread = len(self._rbuf) - self._rpos
        if unread:
            self.raw.seek(-unread, SEEK_CUR)
        self._rbuf = b""
        self._rpos = 0

    def _check_readable(self):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")

    def _check_writable(self):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("write")

    def read(self, size=-1):
        self._check_readable()
        if self._wbuf:
            self._flush_writes()
        if size is None or size < 0:
            head = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            return head + self.raw.readall()
        avail = len(self._rbuf) - self._rpos
        if size <= avail:
            out = self._rbuf[self._rpos:self._rpos + size]
            self._rpos += size
            return out
        chunks = [self._rbuf[self._rpos:]]
        need = size - avail
        self._rbuf = b""
        self._rpos = 0
        while need > 0:
            b = self.raw.read(max(need, self.buffer_size))
            if not b:
                break
            if len(b) > need:
                chunks.append(b[:need])
                self._rbuf = b
                self._rpos = need
                need = 0
            else:
                chunks.append(b)
                need -= len(b)
        return b"".join(chunks)

    def read1(self, size=-1):
        self._check_readable()
        if self._rpos >= len(self._rbuf):
            if self._wbuf:
                self._flush_writes()
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        if size is None or size < 0:
            size = len(self._rbuf) - self._rpos
        out = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(out)
        return out

    def peek(self, size=0):
        self._check_readable()
        if self._rpos >= len(self._rbuf):
            if self._wbuf:
                self._flush_writes()
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        chunks = []
        total = 0
        while True:
            if self._rpos >= len(self._rbuf):
                if self._wbuf:
                    self._flush_writes()
                self._rbuf = self.raw.read(self.buffer_size)
                self._rpos = 0
                if not self._rbuf:
                    break
            end = self._rbuf.find(b"\n", self._rpos)
            stop = len(self._rbuf) if end < 0 else end + 1
            if size >= 0 and total + stop - self._rpos > size:
                stop = self._rpos + size - total
            chunks.append(self._rbuf[self._rpos:stop])
            total += stop - self._rpos
            self._rpos = stop
            if end >= 0 and stop == end + 1:
                break
            if size >= 0 and total >= size:
                break
        return b"".join(chunks)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable()
        data = _as_bytes(b)
        if self._rbuf:
            self._drop_reads()
        self._wbuf.append(data)
        return len(data)

    def tell(self):
        self._check_closed()
        pos = self.raw.tell()
        return pos - (len(self._rbuf) - self._rpos) + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_writable()
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_reads()
        return self.raw.truncate(pos)


class _RawWriteBuf:
    """Pending writes for a raw stream that is not a FileIO (WriteBuf's interface)."""

    def __init__(self, raw, limit):
        self._raw = raw
        self._data = bytearray()
        self._limit = limit

    def __len__(self):
        return len(self._data)

    def append(self, b):
        self._data += b
        if len(self._data) >= self._limit:
            self.flush()

    def flush(self):
        data = self._data
        while data:
            n = self._raw.write(bytes(data))
            if n is None or n <= 0:
                break
            del data[:n]

    def detach(self):
        self._data = bytearray()


class BufferedReader(_BufferedBase):
    pass


class BufferedWriter(_BufferedBase):
    pass


class BufferedRandom(_BufferedBase):
    pass


_ENCODINGS = {
    "utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8",
    "latin-1": "latin-1", "latin1": "latin-1", "iso-8859-1": "latin-1",
    "iso8859-1": "latin-1", "l1": "latin-1", "8859": "latin-1", "cp819": "latin-1",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
}


def _norm_encoding(encoding):
    key = encoding.lower().replace("_", "-")
    codec = _ENCODINGS.get(key)
    if codec is None:
        # Let the str codecs decide whether they know it.
        try:
            "".encode(encoding)
        except LookupError:
            raise LookupError("unknown encoding: %s" % encoding)
        codec = encoding
    return codec


def _utf8_split(data):
    """The length of data's prefix that ends on a whole UTF-8 sequence."""
    n = len(data)
    i = 1
    while i <= 3 and i <= n:
        b = data[n - i]
        if b & 0xC0 == 0x80:
            i += 1
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else (3 if b < 0xF0 else 4)
            if need > i:
                return n - i
        break
    return n


class TextIOWrapper(_TextIOBase):
    """Text over a buffered byte stream: decoding, encoding and newline handling."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            # The locale's encoding ("locale" is what io.text_encoding gives for None).
            self._encoding = "UTF-8"
            codec = "utf-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        else:
            codec = _norm_encoding(encoding)
            self._encoding = encoding
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._codec = codec
        self._errors = errors
        self.buffer = buffer
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writenl = newline if newline not in (None, "") else None
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._seen = set()
        self._reset_reads()
        # Fast paths for plain files: a write-only file appends encoded text straight to
        # the native write buffer; a readable one checks closing on the raw file directly.
        self._fastw = None
        self._fastr = None
        raw = getattr(buffer, "raw", None)
        if isinstance(buffer, _BufferedBase) and isinstance(raw, FileIO):
            if raw._writable and not raw._readable and self._writenl in (None, "\n"):
                self._fastw = buffer._wbuf
            if raw._readable:
                self._fastr = raw

    def _reset_reads(self):
        # _dec: decoded text not yet translated; _dpos: chars of it consumed;
        # _dstart: byte position of _dec[0]; _pending: undecoded bytes of a split sequence.
        self._dec = ""
        self._dpos = 0
        self._dstart = None
        self._pending = b""
        self._eof = False

    encoding = _reading("_encoding")
    errors = _reading("_errors")
    line_buffering = _reading("_line_buffering")
    write_through = _reading("_write_through")
    mode = _reading("_mode")
    closed = _forwarded("buffer", "closed")
    name = _forwarded("buffer", "name")

    @property
    def newlines(self):
        if not self._seen:
            return None
        order = [nl for nl in ("\r", "\n", "\r\n") if nl in self._seen]
        return order[0] if len(order) == 1 else tuple(order)


    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append(" mode=%r" % (self._mode,))
        except AttributeError:
            pass
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    # Questions about the file go to the buffer below: what it allows ...
    def writable(self):
        return self.buffer.writable()

    def readable(self):
        return self.buffer.readable()

    def seekable(self):
        return self.buffer.seekable()

    # ... and what it is.
    def isatty(self):
        return self.buffer.isatty()

    def fileno(self):
        return self.buffer.fileno()

    def detach(self):
        self.flush()
        b = self.buffer
        self.buffer = None
        return b

    def flush(self):
        self.buffer.flush()

    def close(self):
        below = self.buffer
        if not below.closed:
            # The buffer is closed even when the flush fails.
            try:
                self.flush()
            finally:
                below.close()

    # -- reading

    def _refill(self):
        """Decodes one more chunk into _dec; False at end of file."""
        if self._eof:
            return False
        if self._dstart is None:
            self._dstart = self.buffer.tell() if self.buffer.seekable() else 0
        if self._dpos:
            # Drop consumed text, keeping the byte position of what is left.
            self._dstart += len(self._dec[:self._dpos].encode(self._codec, self._errors))
            self._dec = self._dec[self._dpos:]
            self._dpos = 0
        data = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
            if self._pending:
                tail = self._pending
                self._pending = b""
                self._dec += tail.decode(self._codec, self._errors)
                return True
            return False
        data = self._pending + data
        if self._codec == "utf-8":
            cut = _utf8_split(data)
            self._pending = data[cut:]
            data = data[:cut]
        self._dec += data.decode(self._codec, self._errors)
        return True

    def _check_read(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def _translate(self, s):
        if self._readtranslate and "\r" in s:
            if "\r\n" in s:
                self._seen.add("\r\n")
                s = s.replace("\r\n", "\n")
            if "\r" in s:
                self._seen.add("\r")
                s = s.replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            while self._refill():
                pass
            s = self._dec[self._dpos:]
            self._dpos = len(self._dec)
            if self._readtranslate and "\n" in s:
                self._seen.add("\n")
            return self._translate(s)
        out = []
        need = size
        while need > 0:
            # Keep one char of look-ahead so that a chunk-final "\r" sees its "\n".
            while len(self._dec) - self._dpos <= need and self._refill():
                pass
            if self._dpos >= len(self._dec):
                break
            end = self._dpos + need
            if self._readtranslate and self._dec[end - 1:end] == "\r" and self._dec[end:end + 1] == "\n":
                end += 1
            s = self._translate(self._dec[self._dpos:end])
            self._dpos = min(end, len(self._dec))
            out.append(s)
            need -= len(s)
        return "".join(out)

    def readline(self, size=-1):
        raw = self._fastr
        if raw is not None and size == -1 and self._readuniversal and not raw._io_closed:
            # A whole "\n" line already decoded, with no "\r" before it.
            dec = self._dec
            pos = self._dpos
            n = dec.find("\n", pos)
            if n >= 0 and dec.find("\r", pos, n) < 0:
                self._dpos = n + 1
                if self._readtranslate:
                    self._seen.add("\n")
                return dec[pos:n + 1]
        self._check_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        start = self._dpos
        scan = start
        while True:
            dec = self._dec
            if self._readuniversal:
                n = dec.find("\n", scan)
                r = dec.find("\r", scan)
                if r >= 0 and (n < 0 or r < n):
                    if r + 1 < len(dec) or self._eof:
                        end = r + 2 if dec[r + 1:r + 2] == "\n" else r + 1
                        break
                    n = -1  # "\r" at the end: need the next char
                    scan = r
                elif n >= 0:
                    end = n + 1
                    break
                else:
                    scan = len(dec)
            else:
                nl = self._newline or "\n"
                n = dec.find(nl, scan)
                if n >= 0:
                    end = n + len(nl)
                    break
                scan = max(start, len(dec) - len(nl) + 1)
            if size >= 0 and len(dec) - start >= size:
                end = start + size
                break
            # Refill may drop consumed text: keep indexes relative to _dpos.
            rel_start = start - self._dpos
            rel_scan = scan - self._dpos
            if not self._refill():
                end = len(self._dec)
                start = self._dpos + rel_start
                break
            start = self._dpos + rel_start
            scan = self._dpos + rel_scan
        if size >= 0 and end - start > size:
            end = start + size
            # A cut "\r\n" still counts as the one char it becomes.
            if self._readtranslate and self._dec[end - 1:end] == "\r" and self._dec[end:end + 1] == "\n":
                end += 1
        line = self._dec[start:end]
        self._dpos = end
        if self._readtranslate:
            if line.endswith("\r\n"):
                self._seen.add("\r\n")
                line = line[:-2] + "\n"
            elif line.endswith("\r"):
                self._seen.add("\r")
                line = line[:-1] + "\n"
            elif line.endswith("\n"):
                self._seen.add("\n")
        return line

    # -- writing

    def write(self, s):
        wb = self._fastw
        if wb is not None and type(s) is str and not self._line_buffering:
            # WriteBuf.append raises ValueError once the file is closed.
            wb.append(s.encode(self._codec, self._errors))
            return len(s)
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        if self._dstart is not None or self._dec:
            # Like CPython, decoded read-ahead is dropped without moving back over it: the
            # write lands where the byte layer stands.
            self._reset_reads()
        text = s
        if self._writenl is not None and self._writenl != "\n" and "\n" in text:
            text = text.replace("\n", self._writenl)
        self.buffer.write(text.encode(self._codec, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    # -- positioning

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if self._dstart is None:
            return self.buffer.tell()
        return self._dstart + len(self._dec[:self._dpos].encode(self._codec, self._errors))

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not isinstance(cookie, int):
            raise TypeError("an integer is required")
        if whence == SEEK_CUR or whence == SEEK_END:
            # Relative text seeks can only stay put or go to the end.
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero %s-relative seeks"
                                           % ("cur" if whence == SEEK_CUR else "end"))
            if whence == SEEK_CUR:
                cookie = self.tell()
            else:
                self.flush()
                self._reset_reads()
                return self.buffer.seek(0, SEEK_END)
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._reset_reads()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        # As CPython's C version: the buffer cuts at its own position when pos is None,
        # and text already decoded stays readable.
        self.flush()
        return self.buffer.truncate(pos)


def _open_mode(mode, buffering, encoding, errors, newline):
    """Checks open()'s mode and its agreement with the other arguments, in CPython's order
    of complaints; returns (FileIO mode, binary)."""
    letters = set(mode)
    if letters - set("axrwb+t") or len(letters) < len(mode):
        raise ValueError("invalid mode: '%s'" % mode)
    binary = "b" in letters
    if binary and "t" in letters:
        raise ValueError("can't have text and binary mode at once")
    primary = [c for c in "xrwa" if c in letters]  # create, read, write or append
    if len(primary) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not primary:
        raise ValueError("Must have exactly one of create/read/write/append mode and at "
                         "most one plus")
    if binary:
        for value, what in ((encoding, "an encoding"), (errors, "an errors"),
                            (newline, "a newline")):
            if value is not None:
                raise ValueError("binary mode doesn't take %s argument" % what)
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                          "default buffer size will be used", RuntimeWarning, 3)
    else:
        if newline is not None and not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is not None:
            _norm_encoding(encoding)
    return primary[0] + ("+" if "+" in letters else ""), binary


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s"
                        % type(errors).__name__)
    rawmode, binary = _open_mode(mode, buffering, encoding, errors, newline)
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            # Unbuffered means the raw stream itself, which only binary mode can give.
            if not binary:
                raise ValueError("can't have unbuffered text I/O")
            return raw
        if "+" in rawmode:
            buf = BufferedRandom(raw, buffering)
        elif rawmode == "r":
            buf = BufferedReader(raw, buffering)
        else:
            buf = BufferedWriter(raw, buffering)
        result = buf
        if binary:
            return result
        text = TextIOWrapper(buf, encoding, errors, newline, line_buffering)
        text._mode = mode
        return text
    except BaseException:
        result.close()
        raise


class StringIO(_TextIOBase):
    """An in-memory text file. Appends collect in a list, joined when the text is read."""
    __ember_tp_name__ = '_io.StringIO'

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        # _text + "".join(_parts) is the value; _len its length.
        self._parts = []
        self._text = ""
        self._len = 0
        self._pos = 0
        self._io_closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._parts:
            self._text = self._text + "".join(self._parts)
            self._parts = []
        return self._text

    def _check_closed(self):
        if self._io_closed:
            # StringIO's message has no final period in CPython.
            raise ValueError("I/O operation on closed file")

    def close(self):
        self._io_closed = True
        self._parts = []
        self._text = ""
        self._len = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        if self._io_closed:
            raise ValueError("I/O operation on closed file")
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl and nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        m = len(s)
        size = self._len
        if self._pos == size:
            # The common case: appending.
            self._parts.append(s)
            self._pos += m
            self._len += m
            return n
        text = self._value()
        if self._pos > size:
            text = text + "\0" * (self._pos - size)
        self._text = text[:self._pos] + s + text[self._pos + m:]
        self._pos += m
        self._len = len(self._text)
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        text = self._value()
        if size < 0:
            out = text[self._pos:]
        else:
            out = text[self._pos:self._pos + size]
        self._pos = max(self._pos, min(len(text), self._pos + len(out)))
        return out

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ""
        nl = self._newline
        if nl == "":
            n = text.find("\n", pos)
            r = text.find("\r", pos)
            if r >= 0 and (n < 0 or r < n):
                end = r + 2 if text[r + 1:r + 2] == "\n" else r + 1
            elif n >= 0:
                end = n + 1
            else:
                end = len(text)
        else:
            sep = nl if nl else "\n"
            k = text.find(sep, pos)
            end = len(text) if k < 0 else k + len(sep)
        if size >= 0 and end - pos > size:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # CPython 3.11's StringIO says "cur" here too.
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        text = self._value()
        if pos < len(text):
            self._text = text[:pos]
            self._len = pos
        return pos

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_BufferedIOBase):
    """An in-memory binary file over a bytearray."""
    __ember_tp_name__ = '_io.BytesIO'

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _as_bytes(initial_bytes)
        self._pos = 0
        self._io_closed = False

    def readlines(self, hint=None):
        # BytesIO stops once the lines reach the hint; the other classes once they pass it.
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def _check_closed(self):
        if self._io_closed:
            raise _closed_error()

    def close(self):
        self._io_closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        data = _as_bytes(b)
        n = len(data)
        pos = self._pos
        size = len(self._buf)
        if pos == size:
            self._buf += data
        else:
            if pos > size:
                self._buf += b"\0" * (pos - size)
            self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        pos = self._pos
        if pos >= len(self._buf):
            return b""
        out = bytes(self._buf[pos:pos + size])
        self._pos = pos + len(out)
        return out

    read1 = read

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        pos = self._pos
        if pos >= len(self._buf):
            return b""
        k = self._buf.find(b"\n", pos)
        end = len(self._buf) if k < 0 else k + 1
        if size >= 0 and end - pos > size:
            end = pos + size
        self._pos = end
        return bytes(self._buf[pos:end])

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
            return pos
        if whence == 1:
            origin = self._pos
        elif whence == 2:
            origin = len(self._buf)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        # Relative seeks stop at the start; going past the end is allowed.
        self._pos = max(0, origin + pos)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("negative size value %d" % pos)
        del self._buf[pos:]
        return pos


BlockingIOError = BlockingIOError


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or none, for str input): records which newline kinds
    were seen and, with translate, turns '\r\n' and '\r' into '\n'. A '\r' at the end
    of a chunk waits for the next one, which may start with its '\n'."""

    _LF = 1
    _CR = 2
    _CRLF = 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(text).__name__)
        if self.pendingcr and (text or final):
            text = "\r" + text
            self.pendingcr = False
        # A '\r' at the very end may be half of '\r\n': hold it back for the next chunk.
        if not final and text.endswith("\r"):
            text = text[:-1]
            self.pendingcr = True
        pairs = text.count("\r\n")
        lone_cr = text.count("\r") - pairs
        lone_lf = text.count("\n") - pairs
        self.seennl |= ((self._LF if lone_lf else 0) | (self._CR if lone_cr else 0)
                        | (self._CRLF if pairs else 0))
        if self.translate and (pairs or lone_cr):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        # The held-back '\r' rides in the low bit of the inner decoder's flag.
        return buf, (flag << 1) | int(self.pendingcr)

    def setstate(self, state):
        pending, flag = state
        # The low bit is ours (a held-back '\r'); the rest is the inner decoder's flag.
        self.pendingcr = (flag & 1) == 1
        inner = self.decoder
        if inner is not None:
            inner.setstate((pending, flag >> 1))

    def reset(self):
        self.seennl, self.pendingcr = 0, False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


def open_code(path):
    """Opens a file of Python code for reading, as bytes."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding that open() uses for encoding=None: 'locale' ('utf-8' in UTF-8 mode)."""
    if encoding is not None:
        return encoding
    import sys
    if sys.flags.utf8_mode:
        return "utf-8"
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel + 1)
    return "locale"


for _c in (_RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BufferedReader,
           BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO,
           IncrementalNewlineDecoder):
    _c.__module__ = "_io"
del _c
