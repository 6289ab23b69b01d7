"""Reading and writing ZIP archives (the PKWARE APPNOTE format).

ZipFile opens an archive to read ('r'), write ('w', 'x') or append to ('a'). Members
are stored as they are (ZIP_STORED) or deflated through the zlib module
(ZIP_DEFLATED); bzip2 and LZMA members cannot be read or written here, as there is
no bz2 or lzma module. The records written (local headers, central directory, end
record) carry the same field values as CPython's module writes, so that an archive
made here from the same inputs and timestamps has the same bytes. ZIP64 records are
read, and written where sizes or offsets need them or force_zip64 asks for them.
Traditional PKWARE encryption can be read given the password.

zipfile.Path gives a pathlib-like view of the members of an archive.
"""

import io, os, posixpath, shutil, stat, struct, sys, threading, time, zlib

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile", "Path"]

crc32 = zlib.crc32


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """The archive would need ZIP64 extensions, and they were not allowed."""


error = BadZipfile = BadZipFile

# Past these a size, offset or count needs the ZIP64 records.
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

# Compression methods.
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14

# "Version needed to extract" values, times ten.
DEFAULT_VERSION, ZIP64_VERSION, BZIP2_VERSION, LZMA_VERSION = 20, 45, 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

# The records of the format, each as (signature, struct layout); the sizes follow.
stringFileHeader, structFileHeader = b"PK\x03\x04", "<4s2B4HL2L2H"
stringCentralDir, structCentralDir = b"PK\x01\x02", "<4s4B4HL2L5H2L"
stringEndArchive, structEndArchive = b"PK\x05\x06", b"<4s4H2LH"
stringEndArchive64, structEndArchive64 = b"PK\x06\x06", "<4sQ2H2L4Q"
stringEndArchive64Locator, structEndArchive64Locator = b"PK\x06\x07", "<4sLQL"
_LOCAL = struct.Struct(structFileHeader)
_CENTRAL = struct.Struct(structCentralDir)
_END = struct.Struct(structEndArchive)
sizeFileHeader, sizeCentralDir, sizeEndCentDir = _LOCAL.size, _CENTRAL.size, _END.size
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

_DD_SIGNATURE = 0x08074b50

# General purpose flag bits that this module looks at.
_FLAG_ENCRYPTED = 0x0001
_FLAG_OPTION_1 = 0x0002
_FLAG_DATA_DESCRIPTOR = 0x0008
_FLAG_PATCHED = 0x0020
_FLAG_STRONG_CRYPTO = 0x0040
_FLAG_UTF8 = 0x0800

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

_EXTRA_HEAD = struct.Struct("<HH")


def _dos_stamp(date_time):
    """The (time, date) words of the MS-DOS timestamp for a date_time tuple."""
    year, month, day, hour, minute, second = date_time[:6]
    return (hour << 11 | minute << 5 | second // 2,
            (year - 1980) << 9 | month << 5 | day)


def _drop_extra_fields(extra, ids):
    """extra without its fields whose header id is in ids."""
    kept = []
    pos = 0
    dropped = False
    while pos + 4 <= len(extra):
        field_id, length = _EXTRA_HEAD.unpack(extra[pos:pos + 4])
        nxt = pos + 4 + length
        if field_id in ids:
            dropped = True
        else:
            kept.append(extra[pos:nxt])
        pos = nxt
    if not dropped:
        return extra
    return b"".join(kept)


# -- finding the end of central directory record

def _read_end_record(fp):
    """The end-of-central-directory facts of the archive in fp, or None.

    Gives a list [signature, disk, disk_of_cd, entries_here, entries_total,
    cd_size, cd_offset, comment_length, comment, record_position]; the ZIP64
    record, where there is one, overrides the counts, size and offset."""
    fp.seek(0, 2)
    total = fp.tell()
    try:
        fp.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    tail = fp.read()
    if (len(tail) == sizeEndCentDir and tail[:4] == stringEndArchive
            and tail[-2:] == b"\x00\x00"):
        rec = list(_END.unpack(tail))
        rec.append(b"")
        rec.append(total - sizeEndCentDir)
        return _apply_zip64_end(fp, -sizeEndCentDir, rec)
    # The archive has a comment (up to 64 KiB) after the record: search for it.
    window_start = max(total - ZIP_MAX_COMMENT - 1 - sizeEndCentDir, 0)
    fp.seek(window_start, 0)
    data = fp.read()
    at = data.rfind(stringEndArchive)
    if at < 0:
        return None
    raw = data[at:at + sizeEndCentDir]
    if len(raw) != sizeEndCentDir:
        return None
    rec = list(_END.unpack(raw))
    comment_start = at + sizeEndCentDir
    rec.append(data[comment_start:comment_start + rec[7]])
    rec.append(window_start + at)
    return _apply_zip64_end(fp, window_start + at - total, rec)


def _apply_zip64_end(fp, end_offset, rec):
    """rec updated from the ZIP64 end record, if the archive has one before the
    classic end record (at end_offset from the end of the file)."""
    try:
        fp.seek(end_offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return rec
    raw = fp.read(sizeEndCentDir64Locator)
    if len(raw) != sizeEndCentDir64Locator:
        return rec
    sig, disk, _where, disks = struct.unpack(structEndArchive64Locator, raw)
    if sig != stringEndArchive64Locator:
        return rec
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(end_offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    raw = fp.read(sizeEndCentDir64)
    if len(raw) != sizeEndCentDir64:
        return rec
    fields = struct.unpack(structEndArchive64, raw)
    if fields[0] != stringEndArchive64:
        return rec
    rec[0] = fields[0]
    rec[1:7] = fields[4:10]
    return rec


def _check_zipfile(fp):
    try:
        return bool(_read_end_record(fp))
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a readable binary file) looks like a ZIP
    archive: whether it ends with an end-of-central-directory record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type",
                 "_compresslevel", "comment", "extra", "create_system",
                 "create_version", "extract_version", "reserved", "flag_bits",
                 "volume", "internal_attr", "external_attr", "header_offset",
                 "CRC", "compress_size", "file_size", "_raw_time", "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (a trick of malicious archives); names use '/'.
        cut = filename.find("\0")
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        out = "<%s filename=%r" % (type(self).__name__, self.filename)
        if self.compress_type != ZIP_STORED:
            out += " compress_type=%s" % compressor_names.get(
                self.compress_type, self.compress_type)
        mode_bits = self.external_attr >> 16
        dos_bits = self.external_attr & 0xFFFF
        if mode_bits:
            out += " filemode=%r" % stat.filemode(mode_bits)
        if dos_bits:
            out += " external_attr=%#x" % dos_bits
        directory = self.is_dir()
        if self.file_size or not directory:
            out += " file_size=%r" % self.file_size
        sizes_differ = (self.compress_type != ZIP_STORED
                        or self.file_size != self.compress_size)
        if (self.compress_size or not directory) and sizes_differ:
            out += " compress_size=%r" % self.compress_size
        return out + ">"

    def _min_version(self, zip64):
        need = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            need = max(need, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            need = max(need, LZMA_VERSION)
        return need

    def FileHeader(self, zip64=None):
        """The local file header of this member, as bytes."""
        dostime, dosdate = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DATA_DESCRIPTOR:
            # The sizes and CRC follow the data instead.
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        if zip64 is None:
            zip64 = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, usize, csize)
        too_big = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if too_big:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            usize = csize = 0xFFFFFFFF
        need = self._min_version(too_big)
        self.extract_version = max(need, self.extract_version)
        self.create_version = max(need, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = _LOCAL.pack(stringFileHeader, self.extract_version, self.reserved,
                           flags, self.compress_type, dostime, dosdate, crc,
                           csize, usize, len(name), len(extra))
        return head + name + extra

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _decodeExtra(self):
        """Reads the ZIP64 field of the extra data, where there is one."""
        extra = self.extra
        pos = 0
        while len(extra) - pos >= 4:
            field_id, length = _EXTRA_HEAD.unpack(extra[pos:pos + 4])
            if pos + 4 + length > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)"
                                 % (field_id, length))
            if field_id == 1:
                values = extra[pos + 4:pos + 4 + length]
                for attr, label, marks in (
                        ("file_size", "File size", (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF)),
                        ("compress_size", "Compress size", (0xFFFFFFFF,)),
                        ("header_offset", "Header offset", (0xFFFFFFFF,))):
                    if getattr(self, attr) in marks:
                        if len(values) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. "
                                             "%s not found." % label)
                        setattr(self, attr, struct.unpack("<Q", values[:8])[0])
                        values = values[8:]
            pos += 4 + length

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory filename on disk, to be stored as
        arcname (by default filename, without a drive or leading separators)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1])
        while name[0] in (os.sep, os.altsep):
            name = name[1:]
        if is_directory:
            name += "/"
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with '/')."""
        return self.filename[-1] == "/"


# -- traditional PKWARE encryption (reading only)

_CRYPT_TABLE = None


def _crypt_table():
    global _CRYPT_TABLE
    if _CRYPT_TABLE is None:
        table = []
        for n in range(256):
            for _ in range(8):
                n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
            table.append(n)
        _CRYPT_TABLE = table
    return _CRYPT_TABLE


class _Decrypter:
    """The keystream of the traditional ZIP cipher for one password."""

    def __init__(self, pwd):
        self._table = _crypt_table()
        self._k0, self._k1, self._k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._mix(b)

    def _mix(self, b):
        t = self._table
        k0 = (self._k0 >> 8) ^ t[(self._k0 ^ b) & 0xFF]
        k1 = ((self._k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self._k2 = (self._k2 >> 8) ^ t[(self._k2 ^ (k1 >> 24)) & 0xFF]
        self._k0, self._k1 = k0, k1

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = self._k2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._mix(c)
            out[i] = c
        return bytes(out)


# -- compression methods

def _check_compression(method):
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _get_compressor(method, level=None):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                zlib.DEFLATED, -15)
    return None


def _get_decompressor(method):
    _check_compression(method)
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    return None


class _SharedFile:
    """A view of the archive's file with a position of its own, so that several
    open members can be read in turns; closing it releases one reference."""

    def __init__(self, file, pos, close, lock, writing):
        self.seekable = file.seekable
        self._file, self._pos, self._lock = file, pos, lock
        self._close, self._writing = close, writing

    def _check(self, what):
        if self._writing():
            raise ValueError("Can't %s the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying "
                             "to read." % what)

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            self._check("reposition in")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            self._check("read from")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        file, self._file = self._file, None
        if file is not None:
            self._close(file)


class _Tellable:
    """Counts the bytes written to a stream that cannot tell its position."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0
        self.flush = fp.flush
        self.close = fp.close

    def tell(self):
        return self.offset

    def write(self, data):
        written = self.fp.write(data)
        self.offset += written
        return written


class ZipExtFile(io.BufferedIOBase):
    """A member of an archive open for reading (what ZipFile.open gives)."""

    MAX_N = 1 << 31 - 1          # largest output asked of the decompressor at once
    MIN_READ_SIZE = 4096         # compressed bytes are read at least this many at a time
    MAX_SEEK_READ = 1 << 24      # step of the reads that move forward when seeking

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._info = zipinfo
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        try:
            self._expected_crc = zipinfo.CRC
        except AttributeError:
            self._expected_crc = None
        self._seekable = False
        try:
            if fileobj.seekable():
                self._data_start = fileobj.tell()
                self._seekable = True
        except AttributeError:
            pass
        self._decrypter = None
        check = self._rewind_state()
        if pwd:
            if zipinfo.flag_bits & _FLAG_DATA_DESCRIPTOR:
                expected = (zipinfo._raw_time >> 8) & 0xFF
            else:
                expected = (zipinfo.CRC >> 24) & 0xFF
            if check != expected:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _rewind_state(self):
        """Puts the reading state at the start of the member's data; with a
        password, gives the check byte of the encryption header."""
        self._compress_left = self._info.compress_size
        self._left = self._info.file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b""
        self._offset = 0
        self._running_crc = 0
        if self._pwd:
            self._decrypter = _Decrypter(self._pwd)
            head = self._decrypter(self._fileobj.read(12))
            self._compress_left -= 12
            return head[11]
        return None

    def __repr__(self):
        cls = type(self)
        out = "<%s.%s" % (cls.__module__, cls.__qualname__)
        if self.closed:
            return out + " [closed]>"
        out += " name=%r mode=%r" % (self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            out += " compress_type=%s" % compressor_names.get(
                self._compress_type, self._compress_type)
        return out + ">"

    def _require_open(self, message="I/O operation on closed file."):
        if self.closed:
            raise ValueError(message)

    def readable(self):
        self._require_open()
        return True

    def seekable(self):
        self._require_open()
        return self._seekable

    def _take(self, n):
        """Up to n bytes from the buffer (all of it for n < 0)."""
        buf, at = self._readbuffer, self._offset
        if n < 0 or at + n >= len(buf):
            self._readbuffer = b""
            self._offset = 0
            return buf[at:] if at else buf
        self._offset = at + n
        return buf[at:at + n]

    def _keep_rest(self, data, n):
        """data[:n], keeping what is past n in the buffer."""
        if n < len(data):
            self._readbuffer = data
            self._offset = n
            return data[:n]
        return data

    def read(self, n=-1):
        """Up to n bytes (all that is left for n None or negative)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._take(-1)]
            while not self._eof:
                parts.append(self._read1(self.MAX_N))
            return b"".join(parts)
        if self._offset + n < len(self._readbuffer):
            return self._take(n)
        parts = [self._take(-1)]
        want = n - len(parts[0])
        while want > 0 and not self._eof:
            data = self._keep_rest(self._read1(want), want)
            parts.append(data)
            want -= len(data)
        return b"".join(parts)

    def read1(self, n):
        """Up to n bytes, reading the archive at most once when the buffer is empty."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            out = self._take(-1)
            while not self._eof:
                data = self._read1(self.MAX_N)
                if data:
                    return out + data
            return out
        if self._offset + n < len(self._readbuffer):
            return self._take(n)
        out = self._take(-1)
        want = n - len(out)
        if want > 0:
            while not self._eof:
                data = self._read1(want)
                if data:
                    return out + self._keep_rest(data, want)
        return out

    def peek(self, n=1):
        """Buffered bytes (at least n where the member has them, at most 512)
        without moving the position."""
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) <= self._offset:
                # It came from the buffer: step back over it.
                self._offset -= len(chunk)
            else:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
        return self._readbuffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        """One line, with its b'\\n'; at most limit bytes when limit >= 0."""
        if limit is None:
            limit = -1
        if limit < 0:
            # The common case: the whole line is in the buffer already.
            buf, at = self._readbuffer, self._offset
            nl = buf.find(b"\n", at) + 1
            if nl:
                self._offset = nl
                return buf[at:nl]
        if self.closed:
            raise ValueError("read from closed file.")
        parts = []
        got = 0
        while limit < 0 or got < limit:
            buf, at = self._readbuffer, self._offset
            if at >= len(buf):
                if self._eof:
                    break
                self._readbuffer = self._read1(self.MIN_READ_SIZE)
                self._offset = 0
                continue
            nl = buf.find(b"\n", at)
            stop = len(buf) if nl < 0 else nl + 1
            if limit >= 0:
                stop = min(stop, at + limit - got)
            parts.append(buf[at:stop])
            got += stop - at
            self._offset = stop
            if nl >= 0 and stop == nl + 1:
                break
        return b"".join(parts)

    def _read1(self, n):
        """Up to about n bytes of member data, from one read of the archive."""
        if self._eof or n <= 0:
            return b""
        if self._compress_type == ZIP_DEFLATED:
            d = self._decompressor
            data = d.unconsumed_tail
            if n > len(data):
                data += self._read2(n - len(data))
            data = d.decompress(data, max(n, self.MIN_READ_SIZE))
            self._eof = d.eof or (self._compress_left <= 0 and not d.unconsumed_tail)
            if self._eof:
                data += d.flush()
        else:
            data = self._read2(n)
            self._eof = self._compress_left <= 0
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        if self._expected_crc is not None:
            self._running_crc = crc32(data, self._running_crc)
            if self._eof and self._running_crc != self._expected_crc:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return data

    def _read2(self, n):
        """Up to n (at least MIN_READ_SIZE) compressed bytes, decrypted."""
        if self._compress_left <= 0:
            return b""
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        return data if self._decrypter is None else self._decrypter(data)

    def close(self):
        try:
            super().close()
        finally:
            if self._close_fileobj:
                self._fileobj.close()

    def _require_seekable(self, message):
        self._require_open(message)
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")

    def tell(self):
        self._require_seekable("tell on closed file.")
        return (self._info.file_size - self._left - len(self._readbuffer)
                + self._offset)

    def seek(self, offset, whence=0):
        self._require_seekable("seek on closed file.")
        here = self.tell()
        size = self._info.file_size
        if whence == 0:
            target = offset
        elif whence == 1:
            target = here + offset
        elif whence == 2:
            target = size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, size))
        forward = target - here
        in_buffer = self._offset + forward
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            forward = 0
        elif forward < 0:
            # Backwards past the buffer: start the member again from its data.
            self._fileobj.seek(self._data_start)
            self._rewind_state()
            forward = target
        while forward > 0:
            step = min(self.MAX_SEEK_READ, forward)
            self.read(step)
            forward -= step
        return self.tell()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written (ZipFile.open(name, 'w')); closing it finishes the
    member's header and adds it to the archive's list."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._file_size += count
        self._crc = crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._zipfile.fp.write(data)
        return count

    def writable(self):
        return True

    def close(self):
        if self.closed:
            return
        zf, info = self._zipfile, self._zinfo
        out = zf.fp
        try:
            super().close()
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                out.write(tail)
                info.compress_size = self._compress_size
            else:
                info.compress_size = self._file_size
            info.CRC = self._crc
            info.file_size = self._file_size
            if info.flag_bits & _FLAG_DATA_DESCRIPTOR:
                layout = "<LLQQ" if self._zip64 else "<LLLL"
                out.write(struct.pack(layout, _DD_SIGNATURE, info.CRC,
                                      info.compress_size, info.file_size))
                zf.start_dir = out.tell()
            else:
                if not self._zip64:
                    if self._file_size > ZIP64_LIMIT:
                        raise RuntimeError("File size unexpectedly exceeded ZIP64 limit")
                    if self._compress_size > ZIP64_LIMIT:
                        raise RuntimeError(
                            "Compressed size unexpectedly exceeded ZIP64 limit")
                # Go back and write the header again, now with the CRC and sizes.
                zf.start_dir = out.tell()
                out.seek(info.header_offset)
                out.write(info.FileHeader(self._zip64))
                out.seek(zf.start_dir)
            zf.filelist.append(info)
            zf.NameToInfo[info.filename] = info
        finally:
            zf._writing = False


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED,
    allowZip64=True, compresslevel=None, *, strict_timestamps=True,
    metadata_encoding=None).

    file is a path or a binary file object; mode is 'r' (read), 'w' (write a new
    archive), 'x' (write one that must not exist yet) or 'a' (append to an
    archive, or to any other file)."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, mode)
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            if mode == "r":
                self._RealGetContents()
            elif mode == "a":
                self._start_appending()
            else:
                self._start_new()
        except BaseException:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    def _start_appending(self):
        try:
            self._RealGetContents()
        except BadZipFile:
            # Not an archive: the archive goes after what is there.
            self.fp.seek(0, 2)
            self.start_dir = self.fp.tell()
            self._didModify = True
        else:
            # New members overwrite the old central directory.
            self.fp.seek(self.start_dir)

    def _start_new(self):
        # Even an archive with no members gets its end record.
        self._didModify = True
        fp = self.fp
        try:
            here = fp.tell()
        except (AttributeError, OSError):
            # A stream with no position (a pipe, a socket): count what is written.
            self.fp, self.start_dir, self._seekable = _Tellable(fp), 0, False
            return
        self.start_dir = here
        try:
            fp.seek(here)
        except (AttributeError, OSError):
            self._seekable = False

    @staticmethod
    def _open_path(path, mode):
        # Each mode has a fallback for when the file cannot be opened so:
        # 'a' creates the file when it is missing, and an unreadable target
        # is still opened for writing.
        fallbacks = {"r": ["rb"], "w": ["w+b", "wb"], "x": ["x+b", "xb"],
                     "a": ["r+b", "w+b", "wb"]}[mode]
        for i, how in enumerate(fallbacks):
            try:
                return io.open(path, how)
            except OSError:
                if i == len(fallbacks) - 1:
                    raise

    def __repr__(self):
        cls = type(self)
        out = "<%s.%s" % (cls.__module__, cls.__qualname__)
        if self.fp is None:
            return out + " [closed]>"
        if self._filePassed:
            out += " file=%r" % (self.fp,)
        elif self.filename is not None:
            out += " filename=%r" % (self.filename,)
        return out + " mode=%r>" % (self.mode,)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def _RealGetContents(self):
        """Reads the central directory into filelist and NameToInfo."""
        fp = self.fp
        try:
            end = _read_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        cd_size, cd_offset = end[5], end[6]
        self._comment = end[8]
        # Bytes in front of the archive (say, a program it was appended to).
        prefix = end[9] - cd_size - cd_offset
        if end[0] == stringEndArchive64:
            prefix -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = cd_offset + prefix
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = fp.read(cd_size)
        pos = 0
        encoding = self.metadata_encoding or "cp437"
        while pos < cd_size:
            raw = data[pos:pos + sizeCentralDir]
            if len(raw) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            rec = _CENTRAL.unpack(raw)
            if rec[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            pos += sizeCentralDir
            name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
            name = data[pos:pos + name_len]
            pos += name_len
            name = name.decode("utf-8" if rec[5] & _FLAG_UTF8 else encoding)
            info = ZipInfo(name)
            info.extra = data[pos:pos + extra_len]
            pos += extra_len
            info.comment = data[pos:pos + comment_len]
            pos += comment_len
            info.header_offset = rec[18]
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, t, d,
             info.CRC, info.compress_size, info.file_size) = rec[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = rec[15:18]
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info._decodeExtra()
            info.header_offset += prefix
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        # Each member's data must end before the next member (or the directory).
        limit = self.start_dir
        for info in sorted(self.filelist, key=lambda i: i.header_offset, reverse=True):
            info._end_offset = limit
            limit = info.header_offset

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members: name, modification time, size."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            when = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, when, info.file_size), file=file)

    def testzip(self):
        """Reads every member; gives the name of the first with a bad CRC or
        header, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        """Sets the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    def _set_comment(self, text):
        if not isinstance(text, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(text).__name__)
        if len(text) > ZIP_MAX_COMMENT:
            _warn("Archive comment is too long; truncating to %d bytes"
                  % ZIP_MAX_COMMENT, stacklevel=2)
        self._comment = text[:ZIP_MAX_COMMENT]
        self._didModify = True

    comment = property(lambda self: self._comment, _set_comment,
                       doc="The archive's comment (bytes).")

    def read(self, name, pwd=None):
        """The bytes of the member name (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for the member name (a name or a ZipInfo): readable
        for mode 'r', or, for mode 'w', a new member to write."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle "
                             "before trying to read.")
        self._fileRefCnt += 1
        view = _SharedFile(self.fp, info.header_offset, self._fpclose,
                           self._lock, lambda: self._writing)
        try:
            raw = view.read(sizeFileHeader)
            if len(raw) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            head = _LOCAL.unpack(raw)
            if head[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            stored_name = view.read(head[10])
            if head[11]:
                view.read(head[11])
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG_CRYPTO:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if head[3] & _FLAG_UTF8:
                decoded = stored_name.decode("utf-8")
            else:
                decoded = stored_name.decode(self.metadata_encoding or "cp437")
            if decoded != info.orig_filename:
                raise BadZipFile("File name in directory %r and header %r differ."
                                 % (info.orig_filename, stored_name))
            if (info._end_offset is not None
                    and view.tell() + info.compress_size > info._end_offset):
                raise BadZipFile("Overlapped entries: %r (possible zip bomb)"
                                 % (info.orig_filename,))
            if info.flag_bits & _FLAG_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required "
                                       "for extraction" % name)
            else:
                pwd = None
            return ZipExtFile(view, mode, info, pwd, True)
        except BaseException:
            view.close()
            raise

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when "
                             "opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another "
                             "write handle open on it. Close the first handle "
                             "before opening another.")
        # The CRC and sizes are filled in when the member is closed.
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _FLAG_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _FLAG_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # Deflate can make data a little larger than it was.
        zip64 = self._allowZip64 and (force_zip64
                                      or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        header = zinfo.FileHeader(zip64)
        self.fp.write(header)
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Writes the member (a name or a ZipInfo) under path (by default the
        current directory); gives the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Writes all members (or those of members) under path."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        sep = os.path.sep
        rel = member.filename.replace("/", sep)
        if os.path.altsep:
            rel = rel.replace(os.path.altsep, sep)
        # Never leave targetpath: drop drives, empty, '.' and '..' parts.
        rel = os.path.splitdrive(rel)[1]
        skip = ("", os.path.curdir, os.path.pardir)
        rel = sep.join(part for part in rel.split(sep) if part not in skip)
        if sep == "\\":
            rel = self._sanitize_windows_name(rel, sep)
        dest = os.path.normpath(os.path.join(targetpath, rel))
        parent = os.path.dirname(dest)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(dest):
                os.mkdir(dest)
            return dest
        with self.open(member, pwd=pwd) as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
        return dest

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        table = str.maketrans(':<>|"?*', "_______")
        parts = (p.rstrip(".") for p in arcname.translate(table).split(pathsep))
        return pathsep.join(p for p in parts if p)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            _warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                what = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                what = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                what = "Zipfile size"
            else:
                return
            raise LargeZipFile(what + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file or directory filename, as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing "
                             "handle exists")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(info, "w") as dest:
            shutil.copyfileobj(src, dest, 8192)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member holding data (bytes, or str stored as UTF-8), named by
        zinfo_or_arcname (a name, stamped with the current time, or a ZipInfo)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(filename=zinfo_or_arcname,
                           date_time=time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename[-1] == "/":
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing "
                             "handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode="w") as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member (a name or a ZipInfo that is a directory)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.file_size = 0
            info.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _FLAG_OPTION_1
            self._writecheck(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Closes the archive; in modes 'w', 'x' and 'a' this writes the central
        directory and end record first."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle "
                             "before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _write_end_record(self):
        out = self.fp
        for info in self.filelist:
            dostime, dosdate = _dos_stamp(info.date_time)
            big = []
            usize, csize = info.file_size, info.compress_size
            if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
                big += [usize, csize]
                usize = csize = 0xFFFFFFFF
            offset = info.header_offset
            if offset > ZIP64_LIMIT:
                big.append(offset)
                offset = 0xFFFFFFFF
            extra = info.extra
            if big:
                extra = (struct.pack("<HH%dQ" % len(big), 1, 8 * len(big), *big)
                         + _drop_extra_fields(extra, (1,)))
            need = info._min_version(bool(big))
            name, flags = info._encodeFilenameFlags()
            out.write(_CENTRAL.pack(
                stringCentralDir, max(need, info.create_version), info.create_system,
                max(need, info.extract_version), info.reserved, flags,
                info.compress_type, dostime, dosdate, info.CRC, csize, usize,
                len(name), len(extra), len(info.comment), 0, info.internal_attr,
                info.external_attr, offset))
            out.write(name)
            out.write(extra)
            out.write(info.comment)
        cd_end = out.tell()
        count = len(self.filelist)
        cd_size = cd_end - self.start_dir
        cd_offset = self.start_dir
        if count > ZIP_FILECOUNT_LIMIT:
            why = "Files count"
        elif cd_offset > ZIP64_LIMIT:
            why = "Central directory offset"
        elif cd_size > ZIP64_LIMIT:
            why = "Central directory size"
        else:
            why = None
        if why:
            if not self._allowZip64:
                raise LargeZipFile(why + " would require ZIP64 extensions")
            out.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45,
                                  0, 0, count, count, cd_size, cd_offset))
            out.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                  0, cd_end, 1))
            count = min(count, 0xFFFF)
            cd_size = min(cd_size, 0xFFFFFFFF)
            cd_offset = min(cd_offset, 0xFFFFFFFF)
        out.write(_END.pack(stringEndArchive, 0, 0, count, count, cd_size, cd_offset,
                            len(self._comment)))
        out.write(self._comment)
        if self.mode == "a":
            out.truncate()
        out.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


# -- zipfile.Path

def _ancestry(path):
    """path and each of its parents, longest first ('a/b/' gives 'a/b', 'a')."""
    path = path.rstrip("/")
    while path.rstrip("/"):
        yield path
        path = posixpath.split(path)[0]


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist also has the directories that are only implied
    by the names of members ('a/b.txt' implies 'a/')."""

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        found = {}
        for name in names:
            ancestors = _ancestry(name)
            next(ancestors, None)
            for parent in ancestors:
                d = parent + "/"
                if d not in present:
                    found.setdefault(d, None)
        return found

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name + '/' when that is a directory and name itself is not a member."""
        names = self._name_set()
        as_dir = name + "/"
        if name not in names and as_dir in names:
            return as_dir
        return name

    @classmethod
    def make(cls, source):
        """A CompleteDirs for source: a path (opened for reading) or a ZipFile,
        whose class is changed in place."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # The cached lookups of FastLookup only suit an archive that cannot change.
        if "r" not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that computes its names once."""

    def namelist(self):
        try:
            return self._fast_names
        except AttributeError:
            self._fast_names = super().namelist()
            return self._fast_names

    def _name_set(self):
        try:
            return self._fast_set
        except AttributeError:
            self._fast_set = super()._name_set()
            return self._fast_set


class Path:
    """A pathlib-like view of a member of an archive, or of a directory in it
    (at '' for the root): Path(root, at='') where root is a ZipFile or a path."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode="r", *args, pwd=None, **kwargs):
        """The member open as text (mode 'r', 'w'; arguments go to
        io.TextIOWrapper) or binary ('rb', 'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == "r" and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_args(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    @property
    def name(self):
        import pathlib
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        import pathlib
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        import pathlib
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        import pathlib
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_args(*args, **kwargs)
        with self.open("r", encoding, *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return type(self)(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def exists(self):
        return self.at in self.root._name_set()

    def is_file(self):
        return not self.is_dir() and self.exists()

    def iterdir(self):
        if self.is_dir():
            return filter(self._is_child, map(self._next, self.root.namelist()))
        raise ValueError("Can't listdir a file")

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip("/"))
        return self._next(up + "/" if up else up)


def _text_args(encoding=None, *args, **kwargs):
    # stacklevel 3: an EncodingWarning names the caller of Path's method.
    return io.text_encoding(encoding, 3), args, kwargs


def _warn(message, stacklevel):
    import warnings
    warnings.warn(message, stacklevel=stacklevel + 1)
