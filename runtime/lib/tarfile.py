"""Reading and writing tar archives (POSIX.1-1988 ustar, GNU and POSIX.1-2001 pax).

TarFile.open() opens an archive, plain or gzip-compressed ('r', 'r:gz', 'w:gz',
'r:*', streams like 'r|gz'); members are described by TarInfo objects.  The
headers written, their padding and the end-of-archive records follow CPython's
module, so an archive of the same members is the same bytes.  bz2 and xz need
modules Ember does not have: asking for them raises CompressionError.
"""

import builtins
import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import grp, pwd
except ImportError:     # the owner names are then left empty
    grp = pwd = None

__all__ = [
    "TarFile", "TarInfo", "is_tarfile",
    "TarError", "ReadError", "CompressionError", "StreamError", "ExtractError", "HeaderError",
    "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT",
    "open",
]

_open = builtins.open

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()


# -- errors

class TarError(Exception):
    """Base of the errors this module raises."""

class ExtractError(TarError):
    """A member could not be extracted (raised when errorlevel is 2)."""

class ReadError(TarError):
    """The data is not a readable tar archive."""

class CompressionError(TarError):
    """A compression method is unknown or its module is missing."""

class StreamError(TarError):
    """An operation that a stream (mode 'r|' or 'w|') cannot do."""

class HeaderError(TarError):
    """Base of the errors about one header block."""

class EmptyHeaderError(HeaderError):
    pass

class TruncatedHeaderError(HeaderError):
    pass

class EOFHeaderError(HeaderError):
    pass

class InvalidHeaderError(HeaderError):
    pass

class SubsequentHeaderError(HeaderError):
    pass


# -- header fields

def stn(s, length, encoding, errors):
    """A str as a NUL-padded bytes field of the given length (cut if longer)."""
    raw = s.encode(encoding, errors)
    return raw[:length] + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """The str held by a NUL-terminated bytes field."""
    end = s.find(NUL)
    if end != -1:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """The number in a header field: octal digits, or GNU's base-256 form."""
    if s[0] in (0o200, 0o377):
        n = 0
        for byte in s[1:]:
            n = (n << 8) | byte
        if s[0] == 0o377:
            n -= 256 ** (len(s) - 1)
        return n
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as a header field of the given width: octal digits and a NUL,
    or (GNU format only) base-256 when octal does not fit."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            field = bytearray([0o200])
        else:
            field = bytearray([0o377])
            n += 256 ** digits
        tail = bytearray()
        for _ in range(digits - 1):
            tail.insert(0, n & 0xFF)
            n >>= 8
        return bytes(field + tail)
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum both ways: bytes read as unsigned and as signed
    (some old tars summed signed chars), the checksum field counting as spaces."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies length bytes (all, when None) from src to dst; raises exception
    when src ends early."""
    step = bufsize or 16 * 1024
    if length is None:
        shutil.copyfileobj(src, dst, step)
        return
    left = length
    while left > 0:
        want = min(step, left)
        data = src.read(want)
        if len(data) < want:
            raise exception("unexpected end of data")
        dst.write(data)
        left -= want


def filemode(mode):
    """Deprecated alias of stat.filemode."""
    import warnings
    warnings.warn("deprecated in favor of stat.filemode", DeprecationWarning, 2)
    return stat.filemode(mode)


def _safe_print(s):
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


def _round_up(count):
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _padded(payload):
    extra = len(payload) % BLOCKSIZE
    if extra:
        payload += NUL * (BLOCKSIZE - extra)
    return payload


# -- streams ('r|...' and 'w|...')

class _LowLevelFile:
    """A file opened by name for a stream, unbuffered."""

    def __init__(self, name, mode):
        self.fd = os.open(name, {"r": os.O_RDONLY,
                                 "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode], 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, data):
        os.write(self.fd, data)


class _Stream:
    """A forward-only file over a (possibly gzip-compressed) stream."""

    _MISSING = {"bz2": "bz2 module is not available",
                "xz": "lzma module is not available"}

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._extfileobj = fileobj is not None
        if not self._extfileobj:
            fileobj = _LowLevelFile(name, mode)
        if comptype == "*":
            fileobj = _Sniffer(fileobj)
            comptype = fileobj.comptype
        self.name, self.mode, self.comptype = name or "", mode, comptype
        self.fileobj, self.bufsize = fileobj, bufsize
        self.buf, self.pos, self.closed = b"", 0, False
        try:
            self._start(compresslevel)
        except BaseException:
            self.closed = True
            if not self._extfileobj:
                fileobj.close()
            raise

    def _start(self, compresslevel):
        kind = self.comptype
        if kind == "tar":
            return
        if kind in self._MISSING:
            raise CompressionError(self._MISSING[kind])
        if kind != "gz":
            raise CompressionError("unknown compression type %r" % kind)
        try:
            import zlib
        except ImportError:
            raise CompressionError("zlib module is not available") from None
        self.zlib, self.crc = zlib, zlib.crc32(b"")
        if self.mode != "r":
            self._write_gz_header(compresslevel)
        else:
            self.exception = zlib.error
            self._read_gz_header()

    def __del__(self):
        if not getattr(self, "closed", True):
            self.close()

    # writing

    def _write_gz_header(self, compresslevel):
        zlib = self.zlib
        self.cmp = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                    zlib.DEF_MEM_LEVEL, 0)
        # FNAME set, mtime now, XFL 2, OS unknown, then the Latin-1 base name.
        stamp = struct.pack("<L", int(time.time()))
        base = os.path.basename(self.name.removesuffix(".gz"))
        self._raw_write(b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff"
                        + base.encode("iso-8859-1", "replace") + NUL)

    def write(self, data):
        self.pos += len(data)
        if self.comptype == "tar":
            self._raw_write(data)
            return
        self.crc = self.zlib.crc32(data, self.crc)
        self._raw_write(self.cmp.compress(data))

    def _raw_write(self, data):
        # Output goes out in whole bufsize pieces; the rest waits for close().
        pending = self.buf + data
        step = self.bufsize
        cut = 0
        while len(pending) - cut > step:
            self.fileobj.write(pending[cut:cut + step])
            cut += step
        self.buf = pending[cut:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                tail = self.buf
                if self.comptype != "tar":
                    tail += self.cmp.flush()
                self.buf = b""
                if tail:
                    self.fileobj.write(tail)
                    if self.comptype == "gz":
                        self.fileobj.write(struct.pack("<LL", self.crc,
                                                       self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # reading

    def _read_gz_header(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        self.dbuf = b""
        if self._raw_read(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._raw_read(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flag = ord(self._raw_read(1))
        self._raw_read(6)
        if flag & 4:
            size = ord(self._raw_read(1)) + 256 * ord(self._raw_read(1))
            self._raw_read(size)
        for bit in (8, 16):
            if flag & bit:
                while True:
                    c = self._raw_read(1)
                    if not c or c == NUL:
                        break
        if flag & 2:
            self._raw_read(2)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos - self.pos < 0:
            raise StreamError("seeking backwards is not allowed")
        left, rest = divmod(pos - self.pos, self.bufsize)
        for _ in range(left):
            self.read(self.bufsize)
        self.read(rest)
        return self.pos

    def read(self, size):
        assert size is not None
        data = self._read(size)
        self.pos += len(data)
        return data

    def _read(self, size):
        if self.comptype == "tar":
            return self._raw_read(size)
        while len(self.dbuf) < size:
            chunk = self._raw_read(self.bufsize)
            if not chunk:
                break
            try:
                chunk = self.cmp.decompress(chunk)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            self.dbuf += chunk
        out, self.dbuf = self.dbuf[:size], self.dbuf[size:]
        return out

    def _raw_read(self, size):
        while len(self.buf) < size:
            chunk = self.fileobj.read(self.bufsize)
            if not chunk:
                break
            self.buf += chunk
        out, self.buf = self.buf[:size], self.buf[size:]
        return out


class _Sniffer:
    """Looks at the first block of a stream to tell its compression."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = fileobj.read(BLOCKSIZE)
        if self.buf.startswith(b"\x1f\x8b\x08"):
            self.comptype = "gz"
        elif self.buf[0:3] == b"BZh" and self.buf[4:10] == b"1AY&SY":
            self.comptype = "bz2"
        elif self.buf.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            self.comptype = "xz"
        else:
            self.comptype = "tar"

    def read(self, size):
        if self.buf:
            out, self.buf = self.buf, b""
            return out
        return self.fileobj.read(size)

    def close(self):
        self.fileobj.close()


# -- member data

class _FileInFile(io.RawIOBase):
    """The bytes of one member, a window on the archive file."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        if blockinfo is None:
            blockinfo = [(0, size)]
        # (start in the member, start in the archive or None for a hole, length)
        self.map = []
        last = 0
        real = offset
        for start, length in blockinfo:
            if start > last:
                self.map.append((last, None, start - last))
            self.map.append((start, real, length))
            real += length
            last = start + length
        if last < size:
            self.map.append((last, None, size - last))

    def seekable(self):
        return self.fileobj.seekable()

    def readable(self):
        return True

    def writable(self):
        return False

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        bases = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}
        if whence not in bases:
            raise ValueError("Invalid argument")
        # Positions are kept inside the member.
        self.position = max(0, min(self.size, bases[whence] + position))
        return self.position

    def read(self, size=None):
        if size is None or size < 0:
            size = self.size - self.position
        else:
            size = min(size, self.size - self.position)
        parts = []
        while size > 0:
            for start, real, length in self.map:
                if start <= self.position < start + length:
                    break
            else:
                break
            n = min(size, start + length - self.position)
            if real is None:
                parts.append(NUL * n)
            else:
                self.fileobj.seek(real + self.position - start)
                data = self.fileobj.read(n)
                if len(data) != n:
                    raise ReadError("unexpected end of data")
                parts.append(data)
            self.position += n
            size -= n
        return b"".join(parts)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)



class ExFileObject(io.BufferedReader):
    """A readable binary file over one member of an archive."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                          tarinfo.name, tarinfo.sparse)
        super().__init__(raw)


# -- TarInfo

# (attribute, start, end, is text) of the header fields before the type byte,
# and of those after it.
_HEADER_FIELDS = (("name", 0, 100, True), ("mode", 100, 108, False),
                  ("uid", 108, 116, False), ("gid", 116, 124, False),
                  ("size", 124, 136, False), ("mtime", 136, 148, False))
_HEADER_TAIL_FIELDS = (("linkname", 157, 257, True), ("uname", 265, 297, True),
                       ("gname", 297, 329, True), ("devmajor", 329, 337, False),
                       ("devminor", 337, 345, False))


def _sparse_pairs(buf, start, count):
    # Up to count (offset, size) pairs of 12-byte numbers from start; an
    # unreadable one ends the list.
    pairs = []
    for pos in range(start, start + 24 * count, 24):
        try:
            pairs.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
        except InvalidHeaderError:
            break
    return pairs


class TarInfo(object):
    """One archive member: its name, size, times, owner, type and where its
    data lies.  TarFile's getmember(), getmembers() and gettarinfo() make them."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                 "linkname", "uname", "gname", "devmajor", "devminor", "offset",
                 "offset_data", "pax_headers", "sparse", "tarfile",
                 "_sparse_structs", "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    # The pax names of two fields.
    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="Alias of name.")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="Alias of linkname.")

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self):
        """The header fields as a dict (directories' names end with '/')."""
        info = {
            "name": self.name,
            "mode": self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) of this member in the given format."""
        info = self.get_info()
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """A ustar header block; a long name is split over the prefix field."""
        def too_long(field, limit):
            return len(info[field].encode(encoding, errors)) > limit

        info["magic"] = POSIX_MAGIC
        if too_long("linkname", LENGTH_LINK):
            raise ValueError("linkname is too long")
        if too_long("name", LENGTH_NAME):
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        head = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            head += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK,
                                                 encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            head += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME,
                                                 encoding, errors)
        return head + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        # Strings that ustar cannot hold (not ASCII, or too long) go to the
        # extended header; a value already there wins.
        for field, key, limit in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32), ("gname", "gname", 32)):
            if key in pax:
                continue
            value = info[field]
            try:
                value.encode("ascii", "strict")
            except UnicodeEncodeError:
                pax[key] = value
                continue
            if len(value) > limit:
                pax[key] = value
        # So do numbers out of the octal range, and fractional ones.
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            needs = False
            if not 0 <= whole < 8 ** (digits - 1):
                info[field] = 0
                needs = True
            elif isinstance(value, float):
                info[field] = whole
                needs = True
            if needs and field not in pax:
                pax[field] = str(value)
        head = self._create_pax_generic_header(pax, XHDTYPE, encoding) if pax else b""
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """The global extended header block(s) for pax_headers."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        # The split of a long name into ustar's prefix and name fields, at the
        # first slash that makes both fit.
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            rest = "/".join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        get = info.get

        def text(field, width):
            return stn(get(field, ""), width, encoding, errors)

        def number(field, width):
            return itn(get(field, 0), width, format)

        # Only device members fill in the device numbers (converted first).
        if get("type") in (CHRTYPE, BLKTYPE):
            device = number("devmajor", 8) + number("devminor", 8)
        else:
            device = NUL * 16
        parts = [text("name", 100), itn(get("mode", 0) & 0o7777, 8, format)]
        parts += [number(f, w) for f, w in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))]
        parts += [b" " * 8, get("type", REGTYPE), text("linkname", 100),
                  get("magic", POSIX_MAGIC), text("uname", 32), text("gname", 32),
                  device, text("prefix", 155)]
        block = b"".join(parts)
        block += NUL * (BLOCKSIZE - len(block))
        # The checksum: six octal digits, NUL, and the space already there.
        checksum = calc_chksums(block)[0]
        return block[:148] + b"%06o\0" % checksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data),
                "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + _padded(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # Values that are not valid UTF-8 make the whole header binary.
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for key, text in pax_headers.items():
            key = key.encode("utf-8")
            text = text.encode(encoding, "surrogateescape") if binary else text.encode("utf-8")
            # A record's length counts the digits of the length itself.
            body = len(key) + len(text) + 3
            total = body + 1
            while len(str(total)) + body != total:
                total = len(str(total)) + body
            records += b"%d %s=%s\n" % (total, key, text)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + _padded(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The TarInfo of one 512-byte header block."""
        size = len(buf)
        if size != BLOCKSIZE:
            if size == 0:
                raise EmptyHeaderError("empty header")
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        stored = nti(buf[148:156])
        if stored not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        for field, start, end, is_text in _HEADER_FIELDS:
            raw = buf[start:end]
            setattr(obj, field, nts(raw, encoding, errors) if is_text else nti(raw))
        obj.chksum = stored
        obj.type = buf[156:157]
        for field, start, end, is_text in _HEADER_TAIL_FIELDS:
            raw = buf[start:end]
            setattr(obj, field, nts(raw, encoding, errors) if is_text else nti(raw))
        prefix = nts(buf[345:500], encoding, errors)
        kind = obj.type
        # Old (v7) archives mark directories only by a trailing slash.
        if kind == AREGTYPE and obj.name.endswith("/"):
            obj.type = kind = DIRTYPE
        if kind == GNUTYPE_SPARSE:
            # Old GNU sparse headers keep up to 4 (offset, size) pairs here.
            obj._sparse_structs = (_sparse_pairs(buf, 386, 4), bool(buf[482]),
                                   nti(buf[483:495]))
        if kind == DIRTYPE:
            obj.name = obj.name.rstrip("/")
        if prefix and kind not in GNU_TYPES:
            obj.name = "%s/%s" % (prefix, obj.name)
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member read from tarfile's file (headers and all)."""
        source = tarfile.fileobj
        obj = cls.frombuf(source.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
        obj.offset = source.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        # Special headers (long names, sparse maps, pax records) describe the
        # member that follows them.
        special = {GNUTYPE_LONGNAME: self._proc_gnulong, GNUTYPE_LONGLINK: self._proc_gnulong,
                   GNUTYPE_SPARSE: self._proc_sparse, XHDTYPE: self._proc_pax,
                   XGLTYPE: self._proc_pax, SOLARIS_XHDTYPE: self._proc_pax}
        return special.get(self.type, self._proc_builtin)(tarfile)

    def _data_end(self):
        # Where the member's data ends (only files, and unknown kinds, have data).
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            return self.offset_data + self._block(self.size)
        return self.offset_data

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.type == DIRTYPE:
            self.name = self.name.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(buf, tarfile.encoding, tarfile.errors)
        else:
            following.linkname = nts(buf, tarfile.encoding, tarfile.errors)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_sparse(self, tarfile):
        # Old GNU sparse member: more (offset, size) pairs may follow in
        # extension blocks of 21 pairs each, flagged by their byte 504.
        pairs, more, realsize = self._sparse_structs
        del self._sparse_structs
        while more:
            block = tarfile.fileobj.read(BLOCKSIZE)
            pairs.extend(p for p in _sparse_pairs(block, 0, 21) if p[0] and p[1])
            more = bool(block[504])
        self.sparse = pairs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = realsize
        return self

    _PAX_RECORD = re.compile(rb"(\d+) ([^=]+)=")

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        # A global header changes the archive's defaults; a per-file one adds
        # to a copy of them.
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = dict(tarfile.pax_headers)
        charset = re.search(rb"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            headers["hdrcharset"] = charset.group(1).decode("utf-8")
        names_encoding = tarfile.encoding if headers.get("hdrcharset") == "BINARY" else "utf-8"
        errors = tarfile.errors
        pos = 0
        found = self._PAX_RECORD.match(data, pos)
        while found:
            length = int(found.group(1))
            if not length:
                raise InvalidHeaderError("invalid header")
            key = self._decode_pax_field(found.group(2), "utf-8", "utf-8", errors)
            raw = data[found.end(2) + 1:found.start(1) + length - 1]
            if key in PAX_NAME_FIELDS:
                headers[key] = self._decode_pax_field(raw, names_encoding,
                                                      tarfile.encoding, errors)
            else:
                headers[key] = self._decode_pax_field(raw, "utf-8", "utf-8", errors)
            pos += length
            found = self._PAX_RECORD.match(data, pos)
        following = self._next_header(tarfile)
        if self.type != XGLTYPE:
            following._apply_pax_info(headers, tarfile.encoding, errors)
            following.offset = self.offset
            if "size" in headers:
                # The real size is known only now: the data ends elsewhere.
                tarfile.offset = following._data_end()
        return following

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, text in pax_headers.items():
            if key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(text)
            elif key == "GNU.sparse.name":
                self.path = text
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        text = convert(text)
                    except ValueError:
                        text = 0    # a malformed number reads as zero
                elif key == "path":
                    text = text.rstrip("/")
                setattr(self, key, text)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        # Text in the given encoding if it is valid there, else the fallback.
        try:
            text = value.decode(encoding, "strict")
        except UnicodeDecodeError:
            text = value.decode(fallback_encoding, fallback_errors)
        return text

    def _block(self, count):
        return _round_up(count)

    def isreg(self):
        """True for a regular file."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """True for a regular file."""
        return self.isreg()

    def isdir(self):
        """True for a directory."""
        return self.type == DIRTYPE

    def issym(self):
        """True for a symbolic link."""
        return self.type == SYMTYPE

    def islnk(self):
        """True for a hard link."""
        return self.type == LNKTYPE

    def ischr(self):
        """True for a character device."""
        return self.type == CHRTYPE

    def isblk(self):
        """True for a block device."""
        return self.type == BLKTYPE

    def isfifo(self):
        """True for a FIFO."""
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """True for a character device, block device or FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# -- TarFile

# The TarFile method that creates each kind of member on disk (besides files).
_MAKERS = {DIRTYPE: "makedir", FIFOTYPE: "makefifo", CHRTYPE: "makedev",
           BLKTYPE: "makedev", LNKTYPE: "makelink", SYMTYPE: "makelink"}

class TarFile(object):
    """An open tar archive, read ('r'), written ('w', 'x') or appended to ('a')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        self._extfileobj = bool(fileobj)
        if self._extfileobj:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                # Appending to nothing makes a new archive.
                self.mode, self._mode = "w", "wb"
            fileobj = _open(name, self._mode)
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        # Settings given here override the class's defaults.
        given = {"format": format, "tarinfo": tarinfo, "dereference": dereference,
                 "ignore_zeros": ignore_zeros, "encoding": encoding,
                 "debug": debug, "errorlevel": errorlevel}
        for attr, value in given.items():
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        # Global pax headers only mean something in pax archives.
        use_pax = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if use_pax else {}

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self.inodes = {}
        self._loaded = False
        self.offset = fileobj.tell()

        try:
            self._prepare()
        except BaseException:
            self.closed = True
            if not self._extfileobj:
                fileobj.close()
            raise

    def _prepare(self):
        # Reading: the first member is read at once (which checks the format).
        # Appending: skip to the end-of-archive blocks.  Writing: the global
        # pax header, if any, goes first.
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            while True:
                self.fileobj.seek(self.offset)
                try:
                    found = self.tarinfo.fromtarfile(self)
                except EOFHeaderError:
                    self.fileobj.seek(self.offset)
                    break
                except HeaderError as e:
                    raise ReadError(str(e)) from None
                self.members.append(found)
        self._loaded = True
        if self.pax_headers:
            head = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
            self.fileobj.write(head)
            self.offset += len(head)

    # -- opening

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive: mode 'r' or 'r:*' (any compression), 'r:', 'r:gz',
        'w', 'w:', 'w:gz', 'x...', 'a', or a stream 'r|*', 'r|gz', 'w|gz', ..."""
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            failures = []
            # Compressed kinds first, plain tar last.
            order = sorted(cls.OPEN_METH, key=lambda kind: cls.OPEN_METH[kind] == "taropen")
            for kind in order:
                opener = getattr(cls, cls.OPEN_METH[kind])
                if fileobj is not None:
                    saved = fileobj.tell()
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append("- method %s: %r" % (kind, e))
                    if fileobj is not None:
                        fileobj.seek(saved)
            raise ReadError("file could not be opened successfully:\n" + "\n".join(failures))

        if ":" in mode:
            filemode, kind = mode.split(":", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if kind not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % kind)
            return getattr(cls, cls.OPEN_METH[kind])(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, kind = mode.split("|", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            level = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, kind, fileobj, bufsize, level)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _wrap_compressed(cls, name, mode, wrapper, complaint, read_errors, kwargs):
        # The archive read from (or written to) an opened decompressor; when
        # reading fails with one of read_errors the data was not of that kind.
        try:
            archive = cls.taropen(name, mode, wrapper, **kwargs)
        except BaseException as e:
            wrapper.close()
            if mode == "r" and isinstance(e, read_errors):
                raise ReadError(complaint) from e
            raise
        archive._extfileobj = False
        return archive

    @staticmethod
    def _check_compressed_mode(mode):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive."""
        cls._check_compressed_mode(mode)
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapper = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is None or mode != "r":
                raise
            raise ReadError("not a gzip file") from e
        return cls._wrap_compressed(name, mode, wrapper, "not a gzip file", OSError, kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (needs the bz2 module)."""
        cls._check_compressed_mode(mode)
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        wrapper = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._wrap_compressed(name, mode, wrapper, "not a bzip2 file",
                                    (OSError, EOFError), kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an lzma-compressed archive (needs the lzma module)."""
        cls._check_compressed_mode(mode)
        try:
            import lzma
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        wrapper = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        return cls._wrap_compressed(name, mode, wrapper, "not an lzma file",
                                    (lzma.LZMAError, EOFError), kwargs)

    # -- state

    def close(self):
        """Finish the archive (end records and padding when writing) and close it."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                # Two zero blocks end the archive; zeros then fill its last record.
                end = self.offset + 2 * BLOCKSIZE
                whole = -(-end // RECORDSIZE) * RECORDSIZE
                self.fileobj.write(NUL * (whole - self.offset))
                self.offset = end
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _dbg(self, level, msg):
        # Diagnostics go to standard error when debug is at least level.
        if self.debug >= level:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is not None:
            # An error: do not finish a half-written archive.
            self.closed = True
            if not self._extfileobj:
                self.fileobj.close()
            return
        self.close()

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            index = 1
            yield self.next()
        while True:
            if index >= len(self.members):
                if self._loaded:
                    return
                found = self.next()
                if not found:
                    self._loaded = True
                    return
            else:
                found = self.members[index]
            index += 1
            yield found

    # -- reading members

    def next(self):
        """The next member (a TarInfo), or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        source = self.fileobj
        if self.offset != source.tell():
            if not self.offset:
                return None
            # Reading the byte before the next header proves the data is all there.
            source.seek(self.offset - 1)
            if not source.read(1):
                raise ReadError("unexpected end of data")
        member = self._read_member()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_member(self):
        # The member at self.offset; None where the archive ends.  A bad
        # header at the very start means this is no tar archive at all.
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                return None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                bad_data = _zlib_error()
                if bad_data is not None and isinstance(e, bad_data):
                    raise ReadError("zlib error: %s" % e) from None
                raise

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        """Every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Every member's name, in archive order."""
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """The member called name (its last occurrence); KeyError if none."""
        member = self._getmember(name.rstrip("/"))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        # With tarinfo: only the members before it count.
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                pass
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == name:
                return member
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            base = os.path.dirname(tarinfo.name)
            target = "/".join(part for part in (base, tarinfo.linkname) if part)
            limit = None
        else:
            target = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(target, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % target)
        return member

    def list(self, verbose=True, *, members=None):
        """Print the table of contents (like 'tar t', with 'v' when verbose)."""
        self._check()
        if members is None:
            members = self
        for member in members:
            if verbose:
                _safe_print(stat.filemode(member.mode))
                _safe_print("%s/%s" % (member.uname or member.uid,
                                       member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _safe_print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    _safe_print("%10d" % member.size)
                _safe_print("%d-%02d-%02d %02d:%02d:%02d"
                            % time.localtime(member.mtime)[:6])
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()

    # -- writing

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or open file fileobj), stored as arcname."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1]
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        linkname = ""
        fmode = st.st_mode
        if stat.S_ISREG(fmode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and inode in self.inodes
                    and arcname != self.inodes[inode]):
                # Another name of a file already stored.
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(fmode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(fmode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(fmode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(fmode):
            kind = CHRTYPE
        elif stat.S_ISBLK(fmode):
            kind = BLKTYPE
        else:
            return None

        info.name = arcname
        info.mode = fmode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        if pwd:
            try:
                info.uname = pwd.getpwuid(info.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                info.gname = grp.getgrgid(info.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (a directory with its contents when recursive) as
        arcname; filter(tarinfo) may change each TarInfo or return None to skip it."""
        self._check("awx")
        if arcname is None:
            arcname = name
        # The archive itself is never added to itself.
        if self.name is not None and self.name == os.path.abspath(name):
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if info.isreg():
            with _open(name, "rb") as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member described by tarinfo; its tarinfo.size bytes of data
        come from fileobj (a regular file needs one)."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            extra = tarinfo.size % BLOCKSIZE
            if extra:
                self.fileobj.write(NUL * (BLOCKSIZE - extra))
            self.offset += _round_up(tarinfo.size)
        self.members.append(tarinfo)

    # -- extracting

    def extractall(self, path=".", members=None, *, numeric_owner=False):
        """Extract every member (or those given) under path; directories get
        their times and modes last, once their contents are in place."""
        directories = []
        if members is None:
            members = self
        for member in members:
            if member.isdir():
                directories.append(member)
                member = copy.copy(member)
                member.mode = 0o700
            self.extract(member, path, set_attrs=not member.isdir(),
                         numeric_owner=numeric_owner)
        directories.sort(key=lambda m: m.name, reverse=True)
        for member in directories:
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                if self.errorlevel > 1:
                    raise
                self._dbg(1, "tarfile: %s" % e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False):
        """Extract one member (a name or a TarInfo) under path."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.islnk():
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        # errorlevel 0 reports OS errors only as debug messages, 1 (the
        # default) also ExtractErrors, 2 raises both.
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            if self.errorlevel >= 1:
                raise
            where = "" if e.filename is None else " %r" % (e.filename,)
            self._dbg(1, "tarfile: %s%s" % (e.strerror, where))
        except ExtractError as e:
            if self.errorlevel >= 2:
                raise
            self._dbg(1, "tarfile: %s" % e)

    def extractfile(self, member):
        """A file object reading a member's data (a name or a TarInfo); links
        give their target's data; None for other kinds of members."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.type in (LNKTYPE, SYMTYPE)
        if is_link:
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        kind = tarinfo.type
        if tarinfo.isreg():
            maker = self.makefile
        elif kind in _MAKERS:
            maker = getattr(self, _MAKERS[kind])
        elif kind not in SUPPORTED_TYPES:
            maker = self.makeunknown
        else:
            maker = self.makefile
        maker(tarinfo, targetpath)

        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        # A symlink's own mode and times are left alone.
        if kind != SYMTYPE:
            self.chmod(tarinfo, targetpath)
            self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        # Owner-only at first; extractall() gives directories their modes last.
        if not os.path.isdir(targetpath) or os.path.islink(targetpath):
            try:
                os.mkdir(targetpath, 0o700)
            except FileExistsError:
                pass

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        source = self.fileobj
        with _open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    target.seek(offset)
                    copyfileobj(source, target, size, ReadError, self.copybufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, tarinfo.mode | kind,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (OSError, NotImplementedError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give the extracted file its owner (only when running as root)."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            elif not tarinfo.issym() and hasattr(os, "chown"):
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        """Give the extracted file its mode."""
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        """Give the extracted file its modification time."""
        if not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e


def _zlib_error():
    try:
        import zlib
    except ImportError:
        return None
    return zlib.error


def is_tarfile(name):
    """True when name (a path or a file object) is a tar archive this module
    can read."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            archive = open(fileobj=name)
            name.seek(pos)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
