"""Reading and writing gzip files (RFC 1952) on the zlib module.

GzipFile reads and writes members of raw deflate data framed by a header (magic
number, method, flags, mtime, extra flags, OS byte, optional name) and a trailer
(CRC-32 and length); open() adds text mode, compress()/decompress() work on bytes.
The header fields written, the order of zlib calls and the error messages follow
CPython's module, so output for a given mtime is the same bytes.
"""

import os
import io
import time
import struct
import zlib
import builtins

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Header flag bits (RFC 1952, section 2.3.1).
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
# A GzipFile's mode.
READ, WRITE = 1, 2
# Levels that the header's XFL byte names: fastest, best (anything else: neither).
_LEVEL_FAST, _LEVEL_BEST = 1, 9

_MAGIC = b"\x1f\x8b"
_CHUNK = io.DEFAULT_BUFFER_SIZE
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not a valid gzip stream (bad header or trailer)."""


def open(filename, mode="rb", compresslevel=_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary mode ('r', 'w', 'a', 'x', with or without 'b')
    or text mode (the same with 't'); filename may be a path or a file object."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for value, what in ((encoding, "encoding"), (errors, "errors"),
                            (newline, "newline")):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if not text:
        return binary
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _extra_flags(level):
    # The XFL byte: 2 for the slowest, best compression, 4 for the fastest.
    if level == _LEVEL_BEST:
        return 2
    if level == _LEVEL_FAST:
        return 4
    return 0


def _header(level, mtime, fname=b""):
    if mtime is None:
        mtime = time.time()
    head = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, FNAME if fname else 0,
                       int(mtime), _extra_flags(level), 255)
    if fname:
        head += fname + b"\x00"
    return head


def _header_name(name):
    # The name stored in the header: the file's base name in Latin-1 without '.gz'
    # (nothing when it cannot be encoded).
    try:
        base = os.path.basename(name)
        if not isinstance(base, bytes):
            base = base.encode("latin-1")
    except UnicodeEncodeError:
        return b""
    if base.endswith(b".gz"):
        base = base[:-3]
    return base


class _Input:
    """The compressed bytes of a file being read, with lookahead that can be given back."""

    def __init__(self, fp):
        self.fp = fp
        self.buf = b""

    def read(self, n):
        # Up to n bytes: first the held-back ones, then the file's.
        if self.buf:
            out = self.buf[:n]
            self.buf = self.buf[n:]
            if len(out) < n:
                out += self.fp.read(n - len(out))
            return out
        return self.fp.read(n)

    def exact(self, n):
        data = b""
        while len(data) < n:
            more = self.read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def chunk(self):
        if self.buf:
            out = self.buf
            self.buf = b""
            return out
        return self.fp.read(_CHUNK)

    def give_back(self, data):
        self.buf = data + self.buf

    def until_nul(self):
        while True:
            c = self.read(1)
            if not c or c == b"\x00":
                return


def _read_header(src):
    """Reads one member header; its mtime, or None at a clean end of input."""
    magic = src.read(2)
    if magic == b"":
        return None
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", src.exact(8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (size,) = struct.unpack("<H", src.exact(2))
        src.exact(size)
    if flags & FNAME:
        src.until_nul()
    if flags & FCOMMENT:
        src.until_nul()
    if flags & FHCRC:
        src.exact(2)
    return mtime


class GzipFile(io.BufferedIOBase):
    """A file object over a gzip stream: decompresses as it is read, compresses as
    it is written. Random access is emulated (forward reads, rewinds)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self.name = filename
        writing = mode.startswith(("w", "a", "x"))
        if not writing and not mode.startswith("r"):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if writing and given_mode is None:
            import warnings
            warnings.warn(
                "GzipFile was opened for writing, but this will change in future "
                "Python releases.  Specify the mode argument for opening it for "
                "writing.", FutureWarning, 2)
        self.fileobj = fileobj
        if writing:
            self._start_member(compresslevel, mtime)
        else:
            self.mode = READ
            self._src = _Input(fileobj)
            self._reset_reading()

    def _start_member(self, level, mtime):
        # Writes the member header and sets up a raw deflate stream, with the running
        # CRC-32, uncompressed length and position that the trailer and tell() need.
        self.mode = WRITE
        self.crc = self.size = self.offset = 0
        self.compress = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                         zlib.DEF_MEM_LEVEL, 0)
        self._write_mtime = mtime
        self.fileobj.write(_header(level, mtime, _header_name(self.name)))

    # -- state

    def _reset_reading(self):
        self._dec = None          # the member's decompressor; None between members
        self._member_crc = 0
        self._member_len = 0
        self._at_end = False      # no more members
        self._pos = 0             # uncompressed bytes produced so far
        self._buf = b""           # produced, not yet returned
        self._bpos = 0
        self._last_mtime = None

    @property
    def filename(self):
        # A deprecated alias of `name`; in write mode it names the compressed file.
        name = self.name
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and name[-3:] != ".gz":
            name = name + ".gz"
        return name

    @property
    def mtime(self):
        """Last modification time read from the stream, or None."""
        return self._last_mtime if self.mode == READ else None

    def __repr__(self):
        return "<gzip " + repr(self.fileobj)[1:-1] + " " + hex(id(self)) + ">"

    @property
    def closed(self):
        """True once close() has dropped the underlying file object."""
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, want, what):
        if self.mode != want:
            import errno
            kind = "read-only" if want == WRITE else "write-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (what, kind))

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    # -- writing

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, "write")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        # Any bytes-like object; its length in bytes is what the trailer counts.
        chunk = data if isinstance(data, (bytes, bytearray)) else memoryview(data)
        n = chunk.nbytes if isinstance(chunk, memoryview) else len(chunk)
        if n:
            self.crc = zlib.crc32(chunk, self.crc)
            self.size += n
            self.offset += n
            self.fileobj.write(self.compress.compress(chunk))
        return n

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode != WRITE:
            return
        self.fileobj.write(self.compress.flush(zlib_mode))
        self.fileobj.flush()

    def close(self):
        target, self.fileobj = self.fileobj, None
        if target is None:
            return
        try:
            if self.mode == WRITE:
                # The end of the deflate stream, then the trailer: CRC-32 and the
                # uncompressed length modulo 2**32, little-endian.
                tail = struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF)
                target.write(self.compress.flush() + tail)
            else:
                self._buf = b""
        finally:
            own, self.myfileobj = self.myfileobj, None
            if own:
                own.close()

    # -- reading: decompression

    def _next_member(self):
        # Starts the next member; False when the input is used up.
        mtime = _read_header(self._src)
        if mtime is None:
            self._at_end = True
            return False
        self._last_mtime = mtime
        self._dec = zlib.decompressobj(-zlib.MAX_WBITS)
        self._member_crc = zlib.crc32(b"")
        self._member_len = 0
        return True

    def _end_member(self):
        # Checks the finished member's trailer and skips the zero padding after it.
        crc, isize = struct.unpack("<II", self._src.exact(8))
        if crc != self._member_crc:
            raise BadGzipFile("CRC check failed %s != %s"
                              % (hex(crc), hex(self._member_crc)))
        if isize != (self._member_len & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        while True:
            c = self._src.read(1)
            if c != b"\x00":
                if c:
                    self._src.give_back(c)
                break
        self._dec = None

    def _produce(self, size):
        # One step of decompression: up to size bytes, b"" at the end of the data.
        if self._at_end or size == 0:
            return b""
        while True:
            if self._dec is not None and self._dec.eof:
                self._end_member()
            if self._dec is None and not self._next_member():
                return b""
            data = self._src.chunk()
            out = self._dec.decompress(data, size)
            rest = self._dec.unconsumed_tail or self._dec.unused_data
            if rest:
                self._src.give_back(rest)
            if out:
                self._member_crc = zlib.crc32(out, self._member_crc)
                self._member_len += len(out)
                self._pos += len(out)
                return out
            if not data:
                raise EOFError(_TRUNCATED)

    # -- reading: the buffered interface

    def _buffered(self):
        return len(self._buf) - self._bpos

    def _take(self, n):
        out = self._buf[self._bpos:self._bpos + n]
        self._bpos += len(out)
        return out

    def _refill(self, size=_CHUNK):
        self._buf = self._produce(size)
        self._bpos = 0
        return bool(self._buf)

    def _check_readable(self, what):
        self._check_not_closed()
        self._check_mode(READ, what)

    def read(self, size=-1):
        self._check_readable("read")
        if size is None or size < 0:
            parts = [self._take(self._buffered())]
            while self._refill():
                parts.append(self._take(self._buffered()))
            return b"".join(parts)
        parts = []
        need = size
        while need > 0:
            if not self._buffered() and not self._refill():
                break
            piece = self._take(need)
            parts.append(piece)
            need -= len(piece)
        return b"".join(parts)

    def read1(self, size=-1):
        self._check_readable("read1")
        if size is None or size < 0:
            size = _CHUNK
        if size == 0:
            return b""
        if self._buffered():
            return self._take(size)
        return self._produce(size)

    def peek(self, n):
        self._check_readable("peek")
        if not self._buffered():
            self._refill()
        return self._buf[self._bpos:]

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._buffered() and not self._refill():
                break
            end = self._buf.find(b"\n", self._bpos)
            want = self._buffered() if end < 0 else end + 1 - self._bpos
            if size >= 0:
                want = min(want, size - got)
            piece = self._take(want)
            parts.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(parts)

    # -- positioning

    def rewind(self):
        """Goes back to the start of the uncompressed data (read mode only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._src = _Input(self.fileobj)
        self._reset_reading()

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._pos - self._buffered()

    def _extend_with_zeros(self, offset, whence):
        # A writer only moves forward, by writing zeros up to the target (no
        # closed check of its own: the write() of the zeros makes it).
        if whence == io.SEEK_CUR:
            offset += self.offset
        elif whence != io.SEEK_SET:
            raise ValueError("Seek from end not supported")
        gap = offset - self.offset
        if gap < 0:
            raise OSError("Negative seek in write mode")
        blocks, rest = divmod(gap, 1024)
        if blocks:
            block = bytes(1024)
            for _ in range(blocks):
                self.write(block)
        self.write(bytes(rest))
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            return self._extend_with_zeros(offset, whence)
        self._check_readable("seek")
        here = self.tell()
        if whence == io.SEEK_CUR:
            offset = here + offset
        elif whence == io.SEEK_END:
            # The size is known only after reading to the end.
            while self.read(_CHUNK):
                pass
            offset = self.tell() + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < here:
            self.rewind()
            here = 0
        skip = offset - here
        while skip > 0:
            got = self.read(min(skip, _CHUNK))
            if not got:
                break
            skip -= len(got)
        return self.tell()


def compress(data, compresslevel=_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot; mtime defaults to the current time."""
    if mtime == 0:
        # zlib writes the header itself when mtime is zero.
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return (_header(compresslevel, mtime)
            + zlib.compress(data, level=compresslevel, wbits=-15) + trailer)


def decompress(data):
    """Decompress every member of gzip data in one shot."""
    members = []
    while True:
        src = _Input(io.BytesIO(data))
        if _read_header(src) is None:
            return b"".join(members)
        start = src.fp.tell()
        dec = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = dec.decompress(data[start:])
        if not dec.eof or len(dec.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, isize = struct.unpack("<II", dec.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if isize != (len(out) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = dec.unused_data[8:].lstrip(b"\x00")
