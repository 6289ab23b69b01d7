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

    # These two check the closed attribute and give the message with the full stop
    # whatever the class's own methods say (StringIO's have none).
    def __enter__(self):
        if self.closed:
            raise _closed_error()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise _closed_error()
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
    # A subclass gives readinto(); read() and readall() are made from it.
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buf = bytearray(size.__index__())
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


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
    if type(b).__module__ == "array":
        # array.array is written in Python here, so it has no buffer to hand over.
        return b.tobytes()
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _split_lines(data, nl):
    """data (bytes or str) cut after each nl, ends kept; a last piece without one too."""
    lines = data.splitlines(True)
    if nl != "\r" and len(lines) == data.count(nl) + (not data.endswith(nl)):
        # splitlines also cuts at "\r" (and, for str, a few more characters): here it
        # cut nowhere else.
        return lines
    lines = data.split(nl)
    last = lines.pop()
    lines = [line + nl for line in lines]
    if last:
        lines.append(last)
    return lines


def _universal_lines(text):
    """text cut after each "\n", "\r" and "\r\n", or None where splitlines would also
    cut at other characters."""
    lines = text.splitlines(True)
    cuts = text.count("\n") + text.count("\r") - text.count("\r\n")
    if len(lines) != cuts + (not text.endswith(("\n", "\r"))):
        return None
    return lines


def _no_pickling(self):
    # Files hold descriptors: pickle and copy refuse them (as __getstate__, so that a
    # subclass's own __reduce__ or __getstate__ still wins).
    cls = type(self)
    name = "_io." + cls.__name__ if cls.__module__ == "_io" else cls.__name__
    raise TypeError("cannot pickle %r object" % name)


class FileIO(_RawIOBase):
    """A raw file over a descriptor."""

    __getstate__ = _no_pickling

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
        # The first read asks for what fstat says is left (plus one byte, to see the
        # end), so that a regular file comes in one piece.
        want = 65536
        try:
            st = _posix.fstat(self._fd)
            size = st[6] if isinstance(st, tuple) else st.st_size
            left = size - _posix.lseek(self._fd, 0, SEEK_CUR)
            if left >= 0:
                want = left + 1
        except OSError:
            pass
        chunks = []
        while True:
            b = _posix.read(self._fd, want)
            if not b:
                break
            chunks.append(b)
            want = 65536
        if len(chunks) == 1:
            return chunks[0]
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

    __getstate__ = _no_pickling

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        # Lines split ahead from _rbuf for iteration (_lines[_li:_ln] start at _rpos);
        # every other use of the read buffer sets _ln = 0. Only for the plain classes
        # over a FileIO: a subclass's own readline must see each line.
        self._lines = None
        self._li = self._ln = 0
        self._split_ahead = type(raw) is FileIO and type(self) in (
            BufferedReader, BufferedRandom, BufferedWriter)
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
        self._ln = 0
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        self._ln = 0
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
        self._ln = 0
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
        self._ln = 0
        if self._wbuf:
            self._flush_writes()
        if size is None or size < 0:
            head = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            raw = self.raw
            # A raw stream without readall() (a BytesIO, say) is read to its end.
            return head + (raw.readall() if hasattr(raw, "readall") else raw.read())
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
        # As CPython: buffered bytes if there are any, else one raw read of size bytes
        # (the buffer's size by default) that bypasses the buffer.
        self._check_readable()
        self._ln = 0
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._rpos < len(self._rbuf):
            out = self._rbuf[self._rpos:self._rpos + size]
            self._rpos += len(out)
            return out
        if self._wbuf:
            self._flush_writes()
        self._rbuf = b""
        self._rpos = 0
        return self.raw.read(size)

    def peek(self, size=0):
        self._check_readable()
        self._ln = 0
        if self._rpos >= len(self._rbuf):
            if self._wbuf:
                self._flush_writes()
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def __next__(self):
        i = self._li
        if i < self._ln and not self.raw._io_closed:
            line = self._lines[i]
            self._li = i + 1
            self._rpos += len(line)
            return line
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readlines(self, hint=None):
        if not self._split_ahead or (hint is not None and hint > 0):
            return _IOBase.readlines(self, hint)
        return _split_lines(self.read(), b"\n")

    def readline(self, size=-1):
        i = self._li
        if i < self._ln and size == -1 and type(size) is int and not self.raw._io_closed:
            line = self._lines[i]
            self._li = i + 1
            self._rpos += len(line)
            return line
        self._check_readable()
        self._ln = 0
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
                if size < 0 and self._split_ahead:
                    last = self._rbuf.rfind(b"\n", stop) + 1
                    if last:
                        lines = _split_lines(self._rbuf[stop:last], b"\n")
                        self._lines = lines
                        self._li = 0
                        self._ln = len(lines)
                break
            if size >= 0 and total >= size:
                break
        return b"".join(chunks)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def write(self, b):
        raw = self.raw
        if (type(b) is bytes and self._split_ahead and raw is not None and raw._writable
                and not raw._io_closed and not self._rbuf):
            # A plain buffered file with no read-ahead: straight to the native buffer.
            self._wbuf.append(b)
            return len(b)
        if raw is None:
            raise ValueError("raw stream has been detached")
        if type(raw) is FileIO:
            # CPython's wording: a read-only file refuses before anything else.
            if not raw._writable:
                raise UnsupportedOperation("write")
            if raw._io_closed:
                raise ValueError("write to closed file")
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
        self._ln = 0
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


_BOMS = {"utf-16-le": (b"\xff\xfe", b"\xfe\xff"), "utf-8": (b"\xef\xbb\xbf",),
         "utf-32-le": (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")}


def _stateful_codec(codec):
    """For the UTF-16/UTF-32 family and utf-8-sig (text that may start with a byte order
    mark, or whose characters span several bytes): (incremental decoder class, the
    codec that writes without a mark, or None when the codec never writes one).
    None for the codecs whose chunks decode independently."""
    import codecs
    name = codecs.lookup(codec).name
    if not name.startswith(("utf-16", "utf-32", "utf-8-sig")):
        return None
    nobom = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}.get(name)
    return codecs.getincrementaldecoder(codec), nobom


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

    __getstate__ = _no_pickling

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
        # _wcodec encodes writes; for a codec that writes a byte order mark it turns into
        # _nobom once the stream is past its start. _idec: the incremental decoder for
        # codecs whose chunks cannot be decoded apart (else None).
        self._wcodec = codec
        self._nobom = self._idec = None
        if codec not in ("utf-8", "latin-1", "ascii"):
            stateful = _stateful_codec(codec)
            if stateful is not None:
                self._idec = stateful[0](errors)
                self._nobom = stateful[1]
                if self._nobom is not None:
                    try:
                        if buffer.seekable() and buffer.writable() and buffer.tell() != 0:
                            self._wcodec = self._nobom
                    except (OSError, ValueError):
                        pass
        # str.encode() with no arguments is the quick way to strict UTF-8.
        self._plain_utf8 = codec == "utf-8" and errors == "strict"
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
        # The same for a read-write file once a write has dropped the text read ahead:
        # the buffer below, while it holds no read-ahead bytes either.
        self._fastrw = None
        raw = getattr(buffer, "raw", None)
        if isinstance(buffer, _BufferedBase) and isinstance(raw, FileIO):
            if (raw._writable and not raw._readable and self._writenl in (None, "\n")
                    and not line_buffering
                    and (self._nobom is None or self._wcodec == self._nobom)):
                self._fastw = buffer._wbuf
        # Iteration splits decoded lines ahead (_lines[_li:_ln], each taking the chars
        # of _raws[i] from _dec) when the file is a plain TextIOWrapper over a buffer
        # whose closing shows in one attribute: _closer._io_closed.
        self._closer = None
        if type(self) is TextIOWrapper:
            if type(buffer) is BytesIO:
                self._closer = buffer
            elif (type(buffer) in (BufferedReader, BufferedRandom) and type(raw) is FileIO
                  and raw._readable):
                self._closer = raw
        # False from a next() call until the lines run out, a flush or a seek: tell()
        # is refused meanwhile, as in CPython.
        self._telling = True

    def _reset_reads(self):
        # _dec: decoded text not yet translated; _dpos: chars of it consumed;
        # _dstart: byte position of _dec[0]; _pending: undecoded bytes of a split sequence.
        self._dec = ""
        self._dpos = 0
        self._dstart = None
        self._pending = b""
        self._eof = False
        self._lines = self._raws = None
        self._li = self._ln = 0
        if self._idec is not None:
            # The byte order already found stays; half-decoded bytes go.
            self._idec.setstate((b"", 0))

    encoding = _reading("_encoding")
    errors = _reading("_errors")
    line_buffering = _reading("_line_buffering")
    write_through = _reading("_write_through")
    mode = _reading("_mode")
    name = _forwarded("buffer", "name")

    @property
    def closed(self):
        buffer = self.buffer
        if buffer is None:
            raise ValueError("underlying buffer has been detached")
        return buffer.closed

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
        self._ln = 0
        self._fastrw = None
        b = self.buffer
        self.buffer = None
        return b

    def flush(self):
        self._telling = True
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

    def _refill(self, size=DEFAULT_BUFFER_SIZE):
        """Decodes one more chunk (at least size bytes' worth, all that is left when size
        is negative) into _dec; False at end of file."""
        self._ln = 0
        self._fastrw = None
        if self._eof:
            return False
        if self._dstart is None:
            self._dstart = self.buffer.tell() if self.buffer.seekable() else 0
        if self._dpos:
            # Drop consumed text, keeping the byte position of what is left.
            self._dstart += len(self._dec[:self._dpos].encode(self._nobom or self._codec,
                                                               self._errors))
            self._dec = self._dec[self._dpos:]
            self._dpos = 0
        data = self.buffer.read() if size < 0 else self.buffer.read1(size)
        idec = self._idec
        if idec is not None:
            fresh = self._dstart == 0 and getattr(idec, "enc", 0) is None
            # Reading to the end decodes the rest in one final call, as CPython does.
            text = idec.decode(data, size < 0 or not data)
            if fresh:
                # A byte order mark at the start is not part of the text.
                for bom in _BOMS.get(self._nobom, ()):
                    if data.startswith(bom):
                        self._dstart = len(bom)
                        break
            self._dec += text
            if size < 0 or not data:
                self._eof = True
                return bool(text)
            return True
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

    def _note_newlines(self, s):
        """Records the kinds of line ends in s (a whole piece of text) for newlines."""
        crlf = s.count("\r\n")
        if crlf:
            self._seen.add("\r\n")
        if s.count("\n") > crlf:
            self._seen.add("\n")
        if s.count("\r") > crlf:
            self._seen.add("\r")

    def _translate(self, s):
        if self._readuniversal:
            self._note_newlines(s)
            if self._readtranslate and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._ln = 0
        if size < 0:
            while self._refill(-1):
                pass
            s = self._dec[self._dpos:]
            self._dpos = len(self._dec)
            return self._translate(s)
        out = []
        need = size
        while need > 0:
            # Keep one char of look-ahead so that a chunk-final "\r" sees its "\n".
            while (len(self._dec) - self._dpos <= need
                   and self._refill(max(need, DEFAULT_BUFFER_SIZE))):
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

    def __next__(self):
        self._telling = False
        i = self._li
        if i < self._ln and not self._closer._io_closed:
            self._li = i + 1
            self._dpos += len(self._raws[i])
            return self._lines[i]
        line = self.readline()
        if line:
            return line
        self._telling = True
        raise StopIteration

    def readlines(self, hint=None):
        if (self._closer is None or self._newline not in (None, "\n")
                or (hint is not None and hint > 0)):
            return _IOBase.readlines(self, hint)
        # The lines iteration would give, from the rest of the text read at once.
        self._telling = True
        return _split_lines(self.read(), "\n")

    def _split_universal(self, chunk):
        """(raw lines, lines) of chunk for universal newlines, or None where splitlines
        would also cut elsewhere."""
        if "\r" not in chunk:
            lines = _split_lines(chunk, "\n")
            return lines, lines
        raws = _universal_lines(chunk)
        if raws is None:
            return None
        if self._newline is None:
            return raws, chunk.replace("\r\n", "\n").replace("\r", "\n").splitlines(True)
        return raws, raws

    def _split_ahead(self, start):
        """Splits the whole lines of _dec from start on, for __next__ and readline."""
        dec = self._dec
        stop = dec.rfind("\n", start) + 1
        if not stop:
            return
        chunk = dec[start:stop]
        nl = self._newline
        if nl == "\n":
            raws = lines = _split_lines(chunk, "\n")
        elif nl is None or nl == "":
            pair = self._split_universal(chunk)
            if pair is None:
                return
            raws, lines = pair
            self._note_newlines(chunk)
        else:
            return
        self._raws = raws
        self._lines = lines
        self._li = 0
        self._ln = len(lines)

    def readline(self, size=-1):
        i = self._li
        if i < self._ln and size == -1 and type(size) is int and not self._closer._io_closed:
            self._li = i + 1
            self._dpos += len(self._raws[i])
            return self._lines[i]
        self._check_read()
        self._ln = 0
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
        if size < 0 and self._closer is not None and end < len(self._dec):
            self._split_ahead(end)
        if self._readuniversal:
            # (Universal newlines: the line ends in at most one of these.)
            if line.endswith("\r\n"):
                self._seen.add("\r\n")
                if self._readtranslate:
                    line = line[:-2] + "\n"
            elif line.endswith("\r"):
                self._seen.add("\r")
                if self._readtranslate:
                    line = line[:-1] + "\n"
            elif line.endswith("\n"):
                self._seen.add("\n")
        return line

    # -- writing

    def write(self, s):
        wb = self._fastw
        if wb is not None and type(s) is str:
            # WriteBuf.append raises ValueError once the file is closed.
            wb.append(s.encode() if self._plain_utf8 else s.encode(self._wcodec, self._errors))
            return len(s)
        buf = self._fastrw
        if buf is not None and type(s) is str and not buf._rbuf:
            buf._wbuf.append(s.encode() if self._plain_utf8
                             else s.encode(self._wcodec, self._errors))
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
        buf = self.buffer
        buf.write(text.encode(self._wcodec, self._errors))
        if self._nobom is not None:
            self._wcodec = self._nobom  # the byte order mark goes only at the start
        if self._line_buffering:
            if "\n" in s or "\r" in s:
                self.flush()
        elif (self._writenl in (None, "\n") and type(buf) is BufferedRandom
              and type(buf.raw) is FileIO):
            self._fastrw = buf
        return n

    # -- positioning

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        if self._dstart is None:
            return self.buffer.tell()
        return self._dstart + len(self._dec[:self._dpos].encode(self._nobom or self._codec,
                                                                 self._errors))

    def _restart_coders(self, position):
        """After a seek to position: at the start of the stream, a codec with a byte
        order mark writes one again and looks for one when reading."""
        if self._nobom is not None:
            self._fastw = self._fastrw = None
            if position == 0:
                self._wcodec = self._codec
                self._idec.reset()
            else:
                self._wcodec = self._nobom

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
                position = self.buffer.seek(0, SEEK_END)
                self._restart_coders(position)
                return position
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._reset_reads()
        self.buffer.seek(cookie)
        self._restart_coders(cookie)
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
    try:
        raw = FileIO(file, rawmode, closefd, opener=opener)
    except BaseException as exc:
        # CPython's open() is C, so a failure to open (FileNotFoundError...)
        # shows no frames of this module in its traceback.
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == _IO_FILE:
            tb = tb.tb_next
        exc.__traceback__ = tb
        raise
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


_IO_FILE = open.__code__.co_filename


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
        # _text + "".join(_parts) is the value; _len its length. While _appending (set by
        # a write at the end, newline "\n"), writes only add to _parts and _pos/_len
        # are behind: _value() brings them up to the end.
        self._appending = False
        self._parts = []
        self._text = ""
        self._len = 0
        self._pos = 0
        self._io_closed = False
        # Lines split ahead for iteration, as in BytesIO.
        self._lines = None
        self._li = self._ln = 0
        self._ahead = 0
        if initial_value:
            self.write(initial_value)
            self._appending = False
            self._pos = 0

    def _value(self):
        if self._parts:
            self._text = self._text + "".join(self._parts)
            self._parts = []
        if self._appending:
            self._appending = False
            self._pos = self._len = len(self._text)
        return self._text

    def _check_closed(self):
        if self._io_closed:
            # StringIO's message has no final period in CPython.
            raise ValueError("I/O operation on closed file")

    def close(self):
        self._io_closed = True
        self._appending = False
        self._parts = []
        self._text = ""
        self._len = 0
        self._ln = 0

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
        if self._appending and type(s) is str:
            self._parts.append(s)
            return len(s)
        if self._io_closed:
            raise ValueError("I/O operation on closed file")
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = m = len(s)
        nl = self._newline
        if nl != "\n":
            if nl is None:
                if "\r" in s:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif nl and "\n" in s:
                s = s.replace("\n", nl)
            m = len(s)
        if self._appending:
            self._value()
        pos = self._pos
        size = self._len
        if pos == size:
            # The common case: appending (no lines are split ahead at the end). Later
            # plain appends take the short way at the top until something else is done.
            self._parts.append(s)
            self._pos = self._len = pos + m
            self._appending = nl == "\n"
            return n
        self._ln = self._ahead = 0
        text = self._value()
        if pos > size:
            text = text + "\0" * (pos - size)
        self._text = text[:pos] + s + text[pos + m:]
        self._pos = pos + m
        self._len = len(self._text)
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._ln = self._ahead = 0
        text = self._value()
        if size < 0:
            out = text[self._pos:]
        else:
            out = text[self._pos:self._pos + size]
        self._pos = max(self._pos, min(len(text), self._pos + len(out)))
        return out

    def __next__(self):
        i = self._li
        if i < self._ln:
            line = self._lines[i]
            self._li = i + 1
            self._pos += len(line)
            return line
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readlines(self, hint=None):
        if type(self) is not StringIO or (hint is not None and hint > 0):
            return _IOBase.readlines(self, hint)
        if self.closed:
            raise _closed_error()
        # The rest split at once, as iteration would split it.
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return []
        rest = text[pos:]
        if self._newline == "":
            lines = _universal_lines(rest)
            if lines is None:
                return _IOBase.readlines(self, hint)
        else:
            lines = _split_lines(rest, self._newline or "\n")
        self._ln = self._ahead = 0
        self._pos = len(text)
        return lines

    def _split_ahead(self, text, start):
        """Splits some whole lines of text from start on, for __next__ and readline."""
        nl = self._newline or "\n"
        span = self._ahead = min(self._ahead * 2 + 512, 65536)
        stop = text.rfind(nl, start, start + span)
        if stop < 0:
            return
        chunk = text[start:stop + len(nl)]
        if self._newline == "":
            lines = _universal_lines(chunk)
            if lines is None:
                return
        else:
            lines = _split_lines(chunk, nl)
        self._lines = lines
        self._li = 0
        self._ln = len(lines)

    def readline(self, size=-1):
        i = self._li
        if i < self._ln and size == -1 and type(size) is int:
            line = self._lines[i]
            self._li = i + 1
            self._pos += len(line)
            return line
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._ln = 0
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            self._ahead = 0
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
            self._ahead = 0
        elif type(self) is StringIO and end < len(text):
            self._split_ahead(text, end)
        self._pos = end
        return text[pos:end]

    def tell(self):
        self._check_closed()
        if self._appending:
            self._value()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if self._appending:
            self._value()
        self._ln = self._ahead = 0
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
        if self._appending:
            self._value()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._ln = self._ahead = 0
        text = self._value()
        if pos < len(text):
            self._text = text[:pos]
            self._len = pos
        return pos

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError("%s.__setstate__ argument should be 4-tuple, got %s"
                            % (type(self).__name__, type(state).__name__))
        value, newline, pos, extra = state[:4]
        # The value was translated when first written: store it as it is.
        self.__init__(None, newline)
        self._text = value
        self._len = len(value)
        self._pos = pos
        if extra:
            self.__dict__.update(extra)


class BytesIO(_BufferedIOBase):
    """An in-memory binary file over a bytearray."""
    __ember_tp_name__ = '_io.BytesIO'

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _as_bytes(initial_bytes)
        self._pos = 0
        self._io_closed = False
        # Iteration splits lines ahead (_lines[_li:_ln] are the next ones, _pos where
        # the first starts); any other move or change of the data sets _ln = 0.
        self._lines = None
        self._li = self._ln = 0
        self._ahead = 0
        self._exported = False
        # While _appending, writes at the end only collect in _parts, and _pos is behind;
        # _catch_up() adds them to _buf and moves _pos to the end.
        self._appending = False
        self._parts = []

    def _catch_up(self):
        self._appending = False
        if self._parts:
            self._buf += b"".join(self._parts)
            self._parts = []
        self._pos = len(self._buf)

    def __iter__(self):
        # Unlike the other classes, BytesIO lets a closed buffer be iterated (next()
        # is what complains).
        return self

    def _next_line(self):
        """The line at _pos, splitting some following lines ahead while that is safe."""
        if self._appending:
            self._catch_up()
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos >= size:
            self._ln = 0
            return b""
        k = buf.find(b"\n", pos) + 1
        if not k:
            self._ln = 0
            self._pos = size
            return bytes(buf[pos:])
        if not self._exported:
            # A memoryview from getbuffer() could change the data behind copied lines.
            span = self._ahead = min(self._ahead * 2 + 512, 65536)
            stop = buf.rfind(b"\n", k, k + span) + 1
            if stop:
                lines = _split_lines(bytes(buf[k:stop]), b"\n")
                self._lines = lines
                self._li = 0
                self._ln = len(lines)
            else:
                self._ln = 0
        self._pos = k
        return bytes(buf[pos:k])

    def __next__(self):
        i = self._li
        if i < self._ln:
            line = self._lines[i]
            self._li = i + 1
            self._pos += len(line)
            return line
        if self._io_closed:
            raise _closed_error()
        line = self._next_line()
        if line:
            return line
        raise StopIteration

    def readlines(self, hint=None):
        # BytesIO stops once the lines reach the hint; the other classes once they pass it.
        self._check_closed()
        if self._appending:
            self._catch_up()
        self._ln = self._ahead = 0
        pos = self._pos
        if pos >= len(self._buf):
            return []
        lines = _split_lines(bytes(self._buf[pos:]), b"\n")
        if hint is not None and hint > 0:
            total = 0
            for n, line in enumerate(lines):
                total += len(line)
                if total >= hint:
                    del lines[n + 1:]
                    break
            self._pos = pos + total
        else:
            self._pos = len(self._buf)
        return lines

    def _check_closed(self):
        if self._io_closed:
            raise _closed_error()

    def close(self):
        self._io_closed = True
        self._ln = 0
        self._appending = False
        self._parts = []

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
        if self._appending:
            self._catch_up()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        if self._appending:
            self._catch_up()
        self._ln = 0
        self._exported = True
        return memoryview(self._buf)

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError("%s.__setstate__ argument should be 3-tuple, got %s"
                            % (type(self).__name__, type(state).__name__))
        value, pos, extra = state[:3]
        self.__init__(value)
        self._pos = pos
        if extra:
            self.__dict__.update(extra)

    def write(self, b):
        if self._appending and type(b) is bytes:
            self._parts.append(b)
            return len(b)
        if self._io_closed:
            raise _closed_error()
        if type(b) is not bytes:
            b = _as_bytes(b)
        if self._appending:
            self._catch_up()
        if self._ln:
            self._ln = self._ahead = 0
        n = len(b)
        pos = self._pos
        buf = self._buf
        size = len(buf)
        if pos == size:
            buf += b
            # Later writes of bytes at the end take the short way at the top, unless a
            # memoryview of the buffer could be out (resizing must fail right away then).
            self._appending = not self._exported
        else:
            if pos > size:
                buf += b"\0" * (pos - size)
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if self._appending:
            self._catch_up()
        self._ln = self._ahead = 0
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
        i = self._li
        if i < self._ln and size == -1 and type(size) is int:
            line = self._lines[i]
            self._li = i + 1
            self._pos += len(line)
            return line
        self._check_closed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        if size < 0:
            return self._next_line()
        if self._appending:
            self._catch_up()
        self._ln = self._ahead = 0
        pos = self._pos
        if pos >= len(self._buf):
            return b""
        k = self._buf.find(b"\n", pos, pos + size)
        end = min(pos + size, len(self._buf)) if k < 0 else k + 1
        self._pos = end
        return bytes(self._buf[pos:end])

    def tell(self):
        self._check_closed()
        if self._appending:
            self._catch_up()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if self._appending:
            self._catch_up()
        self._ln = self._ahead = 0
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
        if self._appending:
            self._catch_up()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError("negative size value %d" % pos)
        self._ln = self._ahead = 0
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

# The classes name _io as their module, as in CPython; pickle finds them there by name,
# so that module is made importable too.
import sys as _sys
_io_module = type(_sys)("_io")
for _name in ("DEFAULT_BUFFER_SIZE", "BlockingIOError", "UnsupportedOperation", "open",
              "open_code", "text_encoding", "FileIO", "BytesIO", "StringIO",
              "BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair",
              "TextIOWrapper", "IncrementalNewlineDecoder", "_IOBase", "_RawIOBase",
              "_BufferedIOBase", "_TextIOBase"):
    if _name in globals():
        setattr(_io_module, _name, globals()[_name])
_sys.modules.setdefault("_io", _io_module)
del _name, _io_module, _sys
