"""The codec registry and the base classes of coders.

Text encodings are done by the builtin str.encode / bytes.decode; this module adds
the registry (lookup, CodecInfo, search functions), incremental and stream coders,
the error-handler registry, and the non-text codecs reached through
codecs.encode/decode (rot13, hex, base64)."""

import builtins as _builtins

__all__ = [
    "register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
    "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
    "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
    "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
    "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
    "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
    "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
    "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
    "register_error", "lookup_error",
]

# Byte order marks. The unsuffixed and the BOM32/BOM64 names are older aliases;
# the native order of this build is little-endian.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM_UTF32 = BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns: the 4-tuple (encode, decode, streamreader, streamwriter)
    of old, with every part (and the incremental coders) also as attributes."""

    _is_text_encoding = True    # codecs.encode/decode only; str.encode wants text ones

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(info).update(name=name, encode=encode, decode=decode,
                          streamreader=streamreader, streamwriter=streamwriter,
                          incrementalencoder=incrementalencoder,
                          incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} object "
                f"for encoding {self.name} at {id(self):#x}>")


class Codec:
    """Stateless coder: encode/decode return (output, length of input consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


# ---------------------------------------------------------------- incremental coders

class IncrementalEncoder:
    """Encodes text fed in pieces; subclasses keep whatever state they need."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state, as if newly made."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a getstate() result."""


class IncrementalDecoder:
    """Decodes bytes fed in pieces; subclasses keep whatever state they need."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state, as if newly made."""

    def getstate(self):
        # (bytes still undecoded, opaque int)
        return (b"", 0)

    def setstate(self, state):
        """Restore a getstate() result."""


def _run_buffered(coder, step, input, final):
    # Shared by the buffered coders: retry the held-back tail together with input.
    pending = coder.buffer + input
    out, used = step(pending, coder.errors, final)
    coder.buffer = pending[used:]
    return out


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder whose _buffer_encode(text, errors, final) may leave a
    tail of its input unconsumed; that tail is prefixed to the next piece."""

    def __init__(self, errors="strict"):
        self.buffer = ""
        IncrementalEncoder.__init__(self, errors)

    def encode(self, input, final=False):
        return _run_buffered(self, self._buffer_encode, input, final)

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def getstate(self):
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = state if state else ""

    def reset(self):
        self.buffer = ""
        IncrementalEncoder.reset(self)


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder whose _buffer_decode(data, errors, final) may leave a
    tail of its input unconsumed; that tail is prefixed to the next piece."""

    def __init__(self, errors="strict"):
        self.buffer = b""
        IncrementalDecoder.__init__(self, errors)

    def decode(self, input, final=False):
        return _run_buffered(self, self._buffer_decode, input, final)

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        self.buffer = b""
        IncrementalDecoder.reset(self)


# ---------------------------------------------------------------- stream coders
#
# Stream wrappers hand every attribute they lack to the wrapped stream, and close
# it when used as a context manager.

def _from_stream(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _enter(self):
    return self


def _exit_closing(self, type, value, tb):
    self.stream.close()


def _no_line_end(line):
    return line.splitlines(keepends=False)[0]


def _ends_in_cr(data):
    if isinstance(data, str):
        return data.endswith("\r")
    return isinstance(data, bytes) and data.endswith(b"\r")


class StreamWriter(Codec):
    """Encodes what is written to it and writes the result to a byte stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        """Drop encoder state so that the output can start afresh."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _exit_closing


class StreamReader(Codec):
    """Reads a byte stream and decodes it, in sized chunks or line by line."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""           # read but not yet decodable
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer    # decoded, not yet returned
        self.linebuffer = None          # split lines kept by readline(), or None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _fill(self, size, firstline):
        """Read and decode one more chunk; False once the stream has nothing more."""
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + fresh
        if not pending:
            return False
        try:
            text, used = self.decode(pending, self.errors)
        except UnicodeDecodeError as exc:
            if not firstline:
                raise
            # readline() may still return the lines before the bad bytes.
            text, used = self.decode(pending[:exc.start], self.errors)
            if len(text.splitlines(keepends=True)) < 2:
                raise
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            # readline() left split lines behind: make them plain text again.
            pieces, self.linebuffer = self.linebuffer, None
            self.charbuffer = self._empty_charbuffer.join(pieces)
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size, firstline):
                break
        if chars < 0:
            text = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            text = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return text

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                # One piece left: it may be incomplete, so buffer it as plain text.
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else _no_line_end(line)
        chunk = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(chunk, firstline=True)
            if data and _ends_in_cr(data):
                # Look one character ahead so that "\r\n" is not split.
                data += self.read(size=1, chars=1)
            line += data
            pieces = line.splitlines(keepends=True)
            if len(pieces) > 1:
                line = pieces.pop(0)
                if len(pieces) == 1:
                    self.charbuffer = pieces[0] + self.charbuffer
                else:
                    pieces[-1] += self.charbuffer
                    self.linebuffer = pieces
                    self.charbuffer = None
                return line if keepends else _no_line_end(line)
            if pieces:
                bare = _no_line_end(line)
                if bare != line:
                    # One whole line, ending exactly at the end of the data.
                    return line if keepends else bare
            if size is not None or not data:
                # Only one try allowed, or the stream ran dry.
                if line and not keepends:
                    line = _no_line_end(line)
                return line
            if chunk < 8000:
                chunk *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.linebuffer = None
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        """The next line (ends kept); StopIteration once readline() finds none."""
        if line := self.readline():
            return line
        raise StopIteration

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _exit_closing


class StreamReaderWriter:
    """A reader and a writer over one stream, e.g. a file opened for update."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def write(self, data):
        return self.writer.write(data)

    def read(self, size=-1):
        return self.reader.read(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readline(self, size=None):
        return self.reader.readline(size)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __next__(self):
        return next(self.reader)

    __iter__ = _enter
    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _exit_closing


class StreamRecoder:
    """Bytes in one encoding on the outside, a stream in another underneath: reads
    decode the stream with Reader and re-encode with encode; writes go back
    through decode and Writer."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.encode, self.decode = encode, decode

    def _outward(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._outward(self.reader.read(size))

    def readline(self, size=None):
        if size is None:
            return self._outward(self.reader.readline())
        return self._outward(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(keepends=True)

    def __next__(self):
        return self._outward(next(self.reader))

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))

    def seek(self, offset, whence=0):
        # Both sides may hold buffered data that no longer applies.
        self.stream.seek(offset, whence)
        self.writer.reset()
        self.reader.reset()

    def reset(self):
        self.writer.reset()
        self.reader.reset()

    __iter__ = _enter
    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _exit_closing


# ---------------------------------------------------------------- error handlers

def _describe(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _describe(exc)
    return ("", exc.end)


def replace_errors(exc):
    _describe(exc)
    n = exc.end - exc.start
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * n, exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("\ufffd" * n, exc.end)


def _hexesc(c):
    o = ord(c)
    if o < 0x100:
        return "\\x%02x" % o
    if o < 0x10000:
        return "\\u%04x" % o
    return "\\U%08x" % o


def backslashreplace_errors(exc):
    _describe(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_hexesc(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    from unicodedata import name
    return ("".join("\\N{%s}" % name(c) if name(c, None) else _hexesc(c)
                    for c in exc.object[exc.start:exc.end]), exc.end)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        raise exc
    if isinstance(exc, UnicodeEncodeError):
        raise exc
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def surrogatepass_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise exc
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": surrogateescape_errors,
    "surrogatepass": surrogatepass_errors,
}
_builtin_errors = frozenset(_error_handlers)


def register_error(name, handler):
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _call_handler(errors, exc):
    handler = lookup_error(errors)
    res = handler(exc)
    if isinstance(exc, UnicodeDecodeError):
        if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str)
                or not isinstance(res[1], int)):
            raise TypeError("decoding error handler must return (str, int) tuple")
    elif (not isinstance(res, tuple) or len(res) != 2
          or not isinstance(res[0], (str, bytes)) or not isinstance(res[1], int)):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    rep, pos = res
    if pos < 0:
        pos += len(exc.object)
    if not 0 <= pos <= len(exc.object):
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _text_encode(s, encoding, errors):
    """str.encode, routing errors that the builtin does not know to registered handlers."""
    if errors in _builtin_errors and errors not in ("surrogateescape", "surrogatepass",
                                                     "namereplace"):
        return s.encode(encoding, errors)
    return _with_handler(s, lambda part: part.encode(encoding, "strict"),
                         UnicodeEncodeError, errors,
                         lambda rep: rep.encode(encoding, "strict") if isinstance(rep, str)
                         else bytes(rep), b"")


def _text_decode(b, encoding, errors):
    """bytes.decode, routing errors that the builtin does not know to registered handlers."""
    if errors in _builtin_errors and errors not in ("surrogateescape", "surrogatepass",
                                                     "namereplace", "xmlcharrefreplace"):
        return b.decode(encoding, errors)
    return _with_handler(b, lambda part: part.decode(encoding, "strict"),
                         UnicodeDecodeError, errors, lambda rep: rep, "")


def _with_handler(data, convert, error_type, errors, replacement, empty):
    """`convert(data)` strictly, piece by piece: each failing span goes to the error
    handler `errors`, whose replacement (made fit by `replacement`) takes its place and
    whose position says where conversion resumes."""
    out = []
    pos = 0
    n = len(data)
    while True:
        try:
            out.append(convert(data[pos:]))
            break
        except error_type as e:
            start = pos + e.start
            end = pos + e.end
            exc = error_type(e.encoding, data, start, end, e.reason)
        # The handler runs outside the except clause: what it raises has no context.
        out.append(convert(data[pos:start]))
        rep, newpos = _call_handler(errors, exc)
        try:
            out.append(replacement(rep))
            exc = None
        except UnicodeEncodeError:
            pass
        if exc is not None:
            # A replacement the codec cannot encode either: the original error stands.
            raise exc
        pos = newpos
        if pos >= n:
            break
    return empty.join(out)


# ---------------------------------------------------------------- codecs

def _type_name(o):
    return type(o).__name__


def _as_bytes(input, fname):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(input))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % _type_name(input)) from None


def _utf8_complete(data, final):
    """Length of the prefix of `data` that does not end inside a valid partial UTF-8 sequence."""
    if final:
        return len(data)
    n = len(data)
    # Look back at most 3 bytes for a lead byte whose sequence is cut short.
    i = n - 1
    back = 0
    while i >= 0 and back < 3 and 0x80 <= data[i] < 0xC0:
        i -= 1
        back += 1
    if i < 0:
        return n
    lead = data[i]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return n
    have = n - i
    if have >= need:
        return n
    # Check the continuation bytes present are valid for this lead (else let the decoder fail).
    if have >= 2:
        second = data[i + 1]
        lo, hi = 0x80, 0xBF
        if lead == 0xE0:
            lo = 0xA0
        elif lead == 0xED:
            hi = 0x9F
        elif lead == 0xF0:
            lo = 0x90
        elif lead == 0xF4:
            hi = 0x8F
        if not lo <= second <= hi:
            return n
    return i


def _utf16_complete(data, final, big):
    n = len(data)
    if final:
        return n
    n -= n % 2
    if n >= 2:
        if big:
            hi = data[n - 2]
        else:
            hi = data[n - 1]
        if 0xD8 <= hi <= 0xDB:
            n -= 2
    return n


class _TextCodec:
    """Encode/decode functions for one encoding that the builtin str.encode handles."""

    def __init__(self, name, builtin_name):
        self.name = name
        self.builtin = builtin_name

    def encode(self, input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (self.name.replace("-", "_"), _type_name(input)))
        return (_text_encode(input, self.builtin, errors), len(input))

    def decode(self, input, errors="strict", final=True):
        data = _as_bytes(input, self.name)
        end = self.complete(data, final)
        return (_text_decode(data[:end], self.builtin, errors), end)

    def complete(self, data, final):
        name = self.name
        if name == "utf-8":
            return _utf8_complete(data, final)
        if name in ("utf-16-le", "utf-16-be"):
            return _utf16_complete(data, final, name.endswith("be"))
        if name == "utf-32-le" or name == "utf-32-be":
            return len(data) if final else len(data) - len(data) % 4
        return len(data)


def _make_text_codec(name, builtin_name):
    tc = _TextCodec(name, builtin_name)

    def encode(input, errors="strict"):
        return tc.encode(input, errors)

    def decode(input, errors="strict"):
        return tc.decode(input, errors, True)

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return tc.encode(input, self.errors)[0]

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return tc.decode(input, errors, final)

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return tc.encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return tc.decode(input, errors, False)

    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name)


class _BomCodec:
    """utf-16 / utf-32 / utf-8-sig: a byte order mark at the start of the data."""

    def __init__(self, name, width):
        self.name = name
        self.width = width

    def boms(self):
        if self.name == "utf-8-sig":
            return [(BOM_UTF8, "utf-8")]
        if self.width == 2:
            return [(BOM_UTF16_LE, "utf-16-le"), (BOM_UTF16_BE, "utf-16-be")]
        return [(BOM_UTF32_LE, "utf-32-le"), (BOM_UTF32_BE, "utf-32-be")]

    def native(self):
        return self.boms()[0]


def _make_bom_codec(name):
    width = {"utf-8-sig": 1, "utf-16": 2, "utf-32": 4}[name]
    bc = _BomCodec(name, width)
    bom, native = bc.native()
    native_codec = _text_codecs_info(native)

    def encode(input, errors="strict"):
        data, n = native_codec.encode(input, errors)
        return (bom + data, n)

    def _detect(data, final):
        for b, enc in bc.boms():
            if data[:len(b)] == b:
                return enc, len(b)
        if name == "utf-8-sig":
            if not final and len(data) < 3 and BOM_UTF8.startswith(data):
                return None, 0
            return "utf-8", 0
        if not final and len(data) < width:
            return None, 0
        if name == "utf-16":
            return "utf-16-le", 0
        return "utf-32-le", 0

    def decode(input, errors="strict"):
        data = _as_bytes(input, name)
        enc, skip = _detect(data, True)
        try:
            text, consumed = _text_codecs_info(enc).decode(data[skip:], errors)
        except UnicodeDecodeError as e:
            _past_mark(e, data, skip)
            raise
        return (text, consumed + skip)

    def _past_mark(e, data, skip):
        """UTF-16/32 errors count positions from the start of the input, the byte order
        mark included (utf-8-sig's count from after its mark, as in CPython)."""
        if skip and name != "utf-8-sig":
            raise UnicodeDecodeError(e.encoding, data, e.start + skip, e.end + skip,
                                     e.reason) from None

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = native_codec.encode(input, self.errors)[0]
            if self.first:
                self.first = False
                return bom + data
            return data

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.enc = None

        def _buffer_decode(self, input, errors, final):
            return _bom_decode(self, input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.enc = None

    class Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self.first = True

        def encode(self, input, errors="strict"):
            if self.first:
                self.first = False
                return encode(input, errors)
            return native_codec.encode(input, errors)

        def reset(self):
            self.first = True

    class Reader(StreamReader):
        enc = None

        def decode(self, input, errors="strict"):
            return _bom_decode(self, _as_bytes(input, name), errors, False)

        def reset(self):
            StreamReader.reset(self)
            self.enc = None

    def _bom_decode(state, input, errors, final):
        """Decode `input` for a stateful decoder whose byte order is fixed by a leading BOM."""
        skip = 0
        enc = state.enc
        if enc is None:
            enc, skip = _detect(input, final)
            if enc is None:
                return ("", 0)
        try:
            text, consumed = _TextCodec(enc, enc).decode(input[skip:], errors, final)
        except UnicodeDecodeError as e:
            _past_mark(e, input, skip)
            raise
        if state.enc is None:
            if skip == 0 and name != "utf-8-sig":
                if consumed >= width:
                    raise UnicodeError("%s stream does not start with BOM" % name.upper())
                return (text, consumed)
            state.enc = enc
        return (text, consumed + skip)

    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name)


# ---------------------------------------------------------------- non-text codecs

def _rot13_str(s):
    out = []
    for c in s:
        o = ord(c)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)


def _rot13(input, errors="strict"):
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % _type_name(input))
    return (_rot13_str(input), len(input))


def _check_errors_strict(errors):
    if errors != "strict":
        raise AssertionError()


def _hex_encode(input, errors="strict"):
    _check_errors_strict(errors)
    import binascii
    data = _as_bytes(input, "hex")
    return (binascii.b2a_hex(data), len(data))


def _hex_decode(input, errors="strict"):
    _check_errors_strict(errors)
    import binascii
    # binascii takes an ASCII str too and words its own errors, as CPython's hex codec shows.
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors="strict"):
    _check_errors_strict(errors)
    import base64
    # base64.encodebytes/decodebytes reject str and word the TypeError as CPython's codec does.
    return (base64.encodebytes(input), len(input))


def _b64_decode(input, errors="strict"):
    _check_errors_strict(errors)
    import base64
    return (base64.decodebytes(input), len(input))


def _zlib_encode(input, errors="strict"):
    _check_errors_strict(errors)
    import zlib
    return (zlib.compress(input), len(input))


def _zlib_decode(input, errors="strict"):
    _check_errors_strict(errors)
    import zlib
    return (zlib.decompress(input), len(input))


def _make_zlib():
    import zlib

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            _check_errors_strict(errors)
            IncrementalEncoder.__init__(self, errors)
            self.packer = zlib.compressobj()

        def encode(self, input, final=False):
            out = self.packer.compress(input)
            return out + self.packer.flush() if final else out

        def reset(self):
            self.packer = zlib.compressobj()

    class IncDecoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            _check_errors_strict(errors)
            IncrementalDecoder.__init__(self, errors)
            self.unpacker = zlib.decompressobj()

        def decode(self, input, final=False):
            out = self.unpacker.decompress(input)
            return out + self.unpacker.flush() if final else out

        def reset(self):
            self.unpacker = zlib.decompressobj()

    info = _make_stateless("zlib", _zlib_encode, _zlib_decode)
    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    info.incrementalencoder = IncEncoder
    info.incrementaldecoder = IncDecoder
    return info


# ---------------------------------------------------------------- punycode (RFC 3492)

_PUNY_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _puny_limit(k, bias):
    # The digit threshold for the k-th position (k = 36, 72, ...), clamped to 1..26.
    return min(26, max(1, k - bias))


def _puny_adapt(delta, first, count):
    delta = delta // 700 if first else delta // 2
    delta += delta // count
    shift = 0
    while delta > 455:
        delta //= 35
        shift += 36
    return shift + 36 * delta // (delta + 38)


def _puny_encode(input, errors="strict"):
    codes = [ord(c) for c in input]
    out = bytearray(c for c in codes if c < 128)
    basic = done = len(out)
    if basic:
        out.append(45)
    n, delta, bias = 128, 0, 72
    while done < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (done + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, 36
                while True:
                    t = _puny_limit(k, bias)
                    if q < t:
                        break
                    out.append(_PUNY_DIGITS[t + (q - t) % (36 - t)])
                    q = (q - t) // (36 - t)
                    k += 36
                out.append(_PUNY_DIGITS[q])
                bias = _puny_adapt(delta, done == basic, done + 1)
                delta = 0
                done += 1
        delta += 1
        n += 1
    return (bytes(out), len(input))


def _puny_decode(input, errors="strict"):
    if errors not in ("strict", "replace", "ignore"):
        raise UnicodeError("Unsupported error handling " + errors)
    data = input.encode("ascii") if isinstance(input, str) else bytes(input)
    cut = data.rfind(b"-")
    if cut < 0:
        chars, tail = [], data.decode("ascii").upper()
    else:
        chars = list(data[:cut].decode("ascii", errors))
        tail = data[cut + 1:].decode("ascii").upper()
    code, pos, bias, at = 128, -1, 72, 0
    while at < len(tail):
        # One variable-length delta; on bad input a lenient decode stops here.
        start, delta, weight, k = at, 0, 1, 36
        while True:
            if at >= len(tail):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return ("".join(chars), len(input))
            ch = tail[at]
            at += 1
            if "A" <= ch <= "Z":
                digit = ord(ch) - 65
            elif "0" <= ch <= "9":
                digit = ord(ch) - 22
            elif errors == "strict":
                raise UnicodeError("Invalid extended code point '%s'" % ch)
            else:
                return ("".join(chars), len(input))
            t = _puny_limit(k, bias)
            delta += digit * weight
            if digit < t:
                break
            weight *= 36 - t
            k += 36
        pos += delta + 1
        code += pos // (len(chars) + 1)
        if code > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % code)
            code = 63
        pos %= len(chars) + 1
        chars.insert(pos, chr(code))
        bias = _puny_adapt(delta, start == 0, len(chars))
    return ("".join(chars), len(input))


# ---------------------------------------------------------------- idna (RFC 3490/3491)
# Nameprep is done with this build's Unicode data (CPython uses the 3.2 tables); the
# two agree on the names met in practice.

_IDNA_DROPPED = frozenset([0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C,
                           0x200D, 0x2060, 0xFEFF] + list(range(0xFE00, 0xFE10)))

# Code points nameprep rejects (stringprep tables C.1.2 and C.2.2 to C.9), as ranges.
_IDNA_BANNED = (
    (0x80, 0xA0), (0x340, 0x341), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x1680, 0x1680),
    (0x180E, 0x180E), (0x2000, 0x200F), (0x2028, 0x202F), (0x205F, 0x2063),
    (0x206A, 0x206F), (0x2FF0, 0x2FFB), (0x3000, 0x3000), (0xD800, 0xF8FF),
    (0xFDD0, 0xFDEF), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFD), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xF0000, 0x10FFFF),
)


# Right-to-left characters of Unicode 3.2 (stringprep table D.1), as ranges.
_IDNA_RTL = (
    (0x5BE, 0x5BE), (0x5C0, 0x5C0), (0x5C3, 0x5C3), (0x5D0, 0x5EA), (0x5F0, 0x5F4),
    (0x61B, 0x61B), (0x61F, 0x61F), (0x621, 0x63A), (0x640, 0x64A), (0x66D, 0x66F),
    (0x671, 0x6D5), (0x6DD, 0x6DD), (0x6E5, 0x6E6), (0x6FA, 0x6FE), (0x700, 0x70D),
    (0x710, 0x710), (0x712, 0x72C), (0x780, 0x7A5), (0x7B1, 0x7B1), (0x200F, 0x200F),
    (0xFB1D, 0xFB1D), (0xFB1F, 0xFB28), (0xFB2A, 0xFB36), (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E), (0xFB40, 0xFB41), (0xFB43, 0xFB44), (0xFB46, 0xFBB1),
    (0xFBD3, 0xFD3D), (0xFD50, 0xFD8F), (0xFD92, 0xFDC7), (0xFDF0, 0xFDFC),
    (0xFE70, 0xFE74), (0xFE76, 0xFEFC),
)


def _in_ranges(c, ranges):
    cp = ord(c)
    return any(lo <= cp <= hi for lo, hi in ranges)


def _idna_lower(c):
    # Case folding, except where it gives capitals (scripts that had no case in 3.2).
    low = c.lower()
    folded = c.casefold()
    return folded if folded != low and not folded.isupper() else low


def _idna_fold(c):
    import unicodedata
    low = _idna_lower(c)
    once = unicodedata.normalize("NFKC", low)
    twice = unicodedata.normalize("NFKC", "".join(map(_idna_lower, once)))
    return twice if once != twice else low


def _nameprep(label):
    import unicodedata
    label = unicodedata.normalize(
        "NFKC", "".join(_idna_fold(c) for c in label if ord(c) not in _IDNA_DROPPED))
    for c in label:
        if (ord(c) & 0xFFFE) == 0xFFFE or _in_ranges(c, _IDNA_BANNED):
            raise UnicodeError("Invalid character %r" % c)
    rtl = [_in_ranges(c, _IDNA_RTL) for c in label]
    if any(rtl):
        if any(unicodedata.bidirectional(c) == "L" for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (rtl[0] and rtl[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _idna_sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def _idna_label_to_ascii(label):
    if label.isascii():
        return _idna_sized(label.encode("ascii"))
    label = _nameprep(label)
    if label.isascii():
        return _idna_sized(label.encode("ascii"))
    if label.startswith("xn--"):
        raise UnicodeError("Label starts with ACE prefix")
    return _idna_sized(b"xn--" + _puny_encode(label)[0])


def _idna_label_to_unicode(label):
    if isinstance(label, str):
        if not label.isascii():
            label = _nameprep(label)
            if not label.isascii():
                raise UnicodeError("Invalid character in IDN label")
        label = label.encode("ascii")
    if not label.startswith(b"xn--"):
        return label.decode("ascii")
    text = _puny_decode(label[4:])[0]
    back = _idna_label_to_ascii(text)
    if label.decode("ascii").lower() != back.decode("ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return text


def _idna_split(text, final, dot):
    """Labels of text and the dot to end with; unless final, the last unfinished label
    is left out (for the incremental coders)."""
    if isinstance(text, str):
        labels = text.replace("\u3002", ".").replace("\uff0e", ".").replace("\uff61", ".").split(".")
    else:
        labels = text.split(b".")
    tail = dot[:0]
    if labels and not labels[-1]:
        tail = dot
        del labels[-1]
    elif not final:
        del labels[-1]
        if labels:
            tail = dot
    return labels, tail


def _idna_encode(input, errors="strict", final=None):
    # final is None for the stateless encoder, a bool for the incremental one.
    if errors != "strict":
        raise UnicodeError("unsupported error handling " + errors)
    if not input:
        return (b"", 0)
    if final is None and input.isascii():
        whole = input.encode("ascii")
        labels = whole.split(b".")
        for label in labels[:-1]:
            _idna_sized(label)
        if len(labels[-1]) >= 64:
            raise UnicodeError("label too long")
        return (whole, len(input))
    labels, tail = _idna_split(input, final is not False, b".")
    out = b".".join([_idna_label_to_ascii(l) for l in labels]) + tail
    used = sum(len(l) for l in labels) + max(len(labels) - 1, 0) + len(tail)
    return (out, len(input) if final is None else used)


def _idna_decode(input, errors="strict", final=None):
    # final is None for the stateless decoder, a bool for the incremental one.
    if errors != "strict":
        raise UnicodeError("Unsupported error handling " + errors)
    if not input:
        return ("", 0)
    if final is None:
        if not isinstance(input, bytes):
            input = bytes(input)
        if b"xn--" not in input:
            try:
                return (input.decode("ascii"), len(input))
            except UnicodeDecodeError:
                pass
    elif not isinstance(input, str):
        input = str(input, "ascii")
    labels, tail = _idna_split(input, final is not False, ".")
    out = ".".join([_idna_label_to_unicode(l) for l in labels]) + tail
    used = sum(len(l) for l in labels) + max(len(labels) - 1, 0) + len(tail)
    return (out, len(input) if final is None else used)


def _make_idna():
    class IncEncoder(BufferedIncrementalEncoder):
        def _buffer_encode(self, input, errors, final):
            return _idna_encode(input, errors, final)

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _idna_decode(input, errors, final)

    info = _make_stateless("idna", _idna_encode, _idna_decode, text=True, text_encoding=True)
    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    info.incrementalencoder = IncEncoder
    info.incrementaldecoder = IncDecoder
    return info


def _make_stateless(name, enc, dec, text=False, text_encoding=False):
    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input, self.errors)[0]

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return enc(input, errors)

    class Reader(StreamReader):
        charbuffertype = str if text else bytes

        def decode(self, input, errors="strict"):
            return dec(input, errors)

    IncEncoder.__name__ = IncEncoder.__qualname__ = "IncrementalEncoder"
    IncDecoder.__name__ = IncDecoder.__qualname__ = "IncrementalDecoder"
    Writer.__name__ = Writer.__qualname__ = "StreamWriter"
    Reader.__name__ = Reader.__qualname__ = "StreamReader"
    return CodecInfo(enc, dec, Reader, Writer, IncEncoder, IncDecoder, name,
                     _is_text_encoding=text_encoding)


# ---------------------------------------------------------------- registry

# normalized alias -> (canonical name, builtin encoding name or None)
_ALIASES = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf8_ucs2": "utf-8", "utf8_ucs4": "utf-8",
    "utf_8_sig": "utf-8-sig",
    "unicode_escape": "unicode-escape", "raw_unicode_escape": "raw-unicode-escape",
    "iso8859": "iso8859-1",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1",
    "iso8859_1": "iso8859-1", "iso_8859_1": "iso8859-1", "8859": "iso8859-1",
    "cp819": "iso8859-1", "iso_ir_100": "iso8859-1", "ibm819": "iso8859-1",
    "iso_8859_1_1987": "iso8859-1", "csisolatin1": "iso8859-1",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii",
    "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii",
    "iso646_us": "ascii", "iso_646.irv_1991": "ascii", "cp367": "ascii", "ibm367": "ascii",
    "csascii": "ascii", "iso_ir_6": "ascii",
    "utf_16": "utf-16", "utf16": "utf-16", "u16": "utf-16",
    "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le", "unicodelittleunmarked": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be", "unicodebigunmarked": "utf-16-be",
    "utf_32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
    "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le",
    "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "rot13": "rot-13", "rot_13": "rot-13",
    "hex": "hex", "hex_codec": "hex",
    "base64": "base64", "base_64": "base64", "base64_codec": "base64",
    "zlib": "zlib", "zip": "zlib", "zlib_codec": "zlib",
    "punycode": "punycode", "idna": "idna",
}

# The single-byte code pages of the builtin "charmap" codec: canonical name and the
# normalized names that select it (the same lists as the builtin's).
_CHARMAP_PAGES = {
    "cp1252": "1252 cp1252 windows_1252",
    "iso8859-15": "iso8859_15 iso_8859_15 l9 latin9",
    "cp437": "437 cp437 cspc8codepage437 ibm437",
    "cp1250": "1250 cp1250 windows_1250",
    "cp1251": "1251 cp1251 windows_1251",
    "cp1253": "1253 cp1253 windows_1253",
    "cp1254": "1254 cp1254 windows_1254",
    "cp1255": "1255 cp1255 windows_1255",
    "cp1256": "1256 cp1256 windows_1256",
    "cp1257": "1257 cp1257 windows_1257",
    "cp1258": "1258 cp1258 windows_1258",
    "iso8859-2": "csisolatin2 iso8859_2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
    "iso8859-3": "csisolatin3 iso8859_3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
    "iso8859-4": "csisolatin4 iso8859_4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
    "iso8859-5": "csisolatincyrillic cyrillic iso8859_5 iso_8859_5 iso_8859_5_1988 iso_ir_144",
    "iso8859-6": "arabic asmo_708 csisolatinarabic ecma_114 iso8859_6 iso_8859_6 "
                 "iso_8859_6_1987 iso_ir_127",
    "iso8859-7": "csisolatingreek ecma_118 elot_928 greek greek8 iso8859_7 iso_8859_7 "
                 "iso_8859_7_1987 iso_ir_126",
    "iso8859-8": "csisolatinhebrew hebrew iso8859_8 iso_8859_8 iso_8859_8_1988 iso_ir_138",
    "iso8859-9": "csisolatin5 iso8859_9 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
    "iso8859-10": "csisolatin6 iso8859_10 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
    "iso8859-13": "iso8859_13 iso_8859_13 l7 latin7",
    "iso8859-14": "iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
    "iso8859-16": "iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
    "koi8-r": "cskoi8r koi8_r",
    "koi8-u": "koi8_u",
    "cp850": "850 cp850 cspc850multilingual ibm850",
    "cp852": "852 cp852 cspcp852 ibm852",
    "cp866": "866 cp866 csibm866 ibm866",
    "mac-roman": "mac_roman macintosh macroman",
}
for _canonical, _names in _CHARMAP_PAGES.items():
    for _name in _names.split():
        _ALIASES[_name] = _canonical
del _canonical, _names, _name

_cache = {}
_search_functions = []


def _normalize(encoding):
    return _normalize_name(encoding).lower()


def _normalize_name(encoding):
    """The encoding name with each run of punctuation (other than '.') between name
    characters turned into one '_' (case kept; `locale` uses it too)."""
    chars = []
    gap = False
    for c in encoding:
        if not (c.isalnum() or c == "."):
            gap = True
            continue
        if gap and chars:
            chars.append("_")
        gap = False
        chars.append(c)
    return "".join(chars)


def _text_codecs_info(canonical):
    info = _cache.get(canonical)
    if info is None:
        info = _build(canonical)
        _cache[canonical] = info
    return info


def _build(canonical):
    if canonical in ("utf-16", "utf-32", "utf-8-sig"):
        return _make_bom_codec(canonical)
    if canonical == "rot-13":
        return _make_stateless("rot-13", _rot13, _rot13, text=True)
    if canonical == "hex":
        return _make_stateless("hex", _hex_encode, _hex_decode)
    if canonical == "base64":
        return _make_stateless("base64", _b64_encode, _b64_decode)
    if canonical == "zlib":
        return _make_zlib()
    if canonical == "punycode":
        return _make_stateless("punycode", _puny_encode, _puny_decode, text=True,
                               text_encoding=True)
    if canonical == "idna":
        return _make_idna()
    builtin = "latin-1" if canonical == "iso8859-1" else canonical.replace("-", "_")
    return _make_text_codec(canonical, builtin)


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % _type_name(encoding))
    key = encoding.lower().replace(" ", "_")
    for fn in _search_functions:
        res = fn(key)
        if res is not None:
            if not isinstance(res, tuple) or len(res) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            return res
    canonical = _ALIASES.get(_normalize(encoding))
    if canonical is None:
        raise LookupError("unknown encoding: %s" % encoding)
    return _text_codecs_info(canonical)


def _checked(encoding, for_what):
    info = lookup(encoding)
    return info


def _wrap(e, what, encoding):
    """Re-raise a plain exception from a codec with the codec's name in its message."""
    t = type(e)
    if (isinstance(e, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
                       OSError, KeyError)) or len(e.args) > 1):
        return
    if getattr(e, "__dict__", None):
        return
    try:
        new = t("%s with '%s' codec failed (%s: %s)" % (what, encoding, t.__name__, e))
    except Exception:
        return
    raise new from e


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s" % _type_name(encoding))
    if not isinstance(errors, str):
        raise TypeError("encode() argument 'errors' must be str, not %s" % _type_name(errors))
    info = lookup(encoding)
    try:
        res = info.encode(obj, errors)
    except Exception as e:
        _wrap(e, "encoding", encoding)
        raise
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return res[0]


def decode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s" % _type_name(encoding))
    if not isinstance(errors, str):
        raise TypeError("decode() argument 'errors' must be str, not %s" % _type_name(errors))
    info = lookup(encoding)
    try:
        res = info.decode(obj, errors)
    except Exception as e:
        _wrap(e, "decoding", encoding)
        raise
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return res[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    found = lookup(encoding).incrementalencoder
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementaldecoder(encoding):
    found = lookup(encoding).incrementaldecoder
    if found is None:
        raise LookupError(encoding)
    return found


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _pump(step, pieces, last):
    # Feed each piece to step; finish with last marked final. Empty results are
    # not yielded.
    for piece in pieces:
        out = step(piece)
        if out:
            yield out
    out = step(last, True)
    if out:
        yield out


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode the strings of iterator with an incremental encoder, lazily."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _pump(coder.encode, iterator, "")


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode the byte strings of iterator with an incremental decoder, lazily."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _pump(coder.decode, iterator, b"")


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file; with an encoding, in binary mode behind a StreamReaderWriter."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    if "b" not in mode:
        mode += "b"
    raw = _builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(raw, info.streamreader, info.streamwriter, errors)
    except:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Wrap file (data in file_encoding) to read and write data_encoding bytes."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer = lookup(data_encoding)
    inner = lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def make_identity_dict(rng):
    return {item: item for item in rng}


def make_encoding_map(decoding_map):
    """Invert decoding_map; a target reached from several codes maps to None."""
    inverse = {}
    for code, target in decoding_map.items():
        inverse[target] = None if target in inverse else code
    return inverse


def charmap_build(decoding_table):
    """The encoding map for a decoding table (a str indexed by byte value)."""
    if not isinstance(decoding_table, str):
        raise TypeError("charmap_build() argument must be str, not %s"
                        % _type_name(decoding_table))
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def _charmap_char(mapping, byte):
    """What byte decodes to through mapping, or None when it is undefined there."""
    if isinstance(mapping, str):
        ch = mapping[byte] if byte < len(mapping) else "\ufffe"
    else:
        try:
            ch = mapping[byte]
        except LookupError:
            return None
        if ch is None:
            return None
        if isinstance(ch, int):
            if not 0 <= ch < 0x110000:
                raise TypeError("character mapping must be in range(0x110000)")
            ch = chr(ch)
        elif not isinstance(ch, str):
            raise TypeError("character mapping must return integer, None or str")
    return None if ch == "\ufffe" else ch


def charmap_decode(data, errors=None, mapping=None):
    data = _as_bytes(data, "charmap")
    if mapping is None:
        return (data.decode("latin-1", errors or "strict"), len(data))
    out = []
    pos = 0
    while pos < len(data):
        ch = _charmap_char(mapping, data[pos])
        if ch is not None:
            out.append(ch)
            pos += 1
            continue
        exc = UnicodeDecodeError("charmap", data, pos, pos + 1, "character maps to <undefined>")
        rep, pos = _call_handler(errors or "strict", exc)
        out.append(rep)
    return ("".join(out), len(data))


def _charmap_bytes(mapping, ch):
    """The bytes ch encodes to through mapping, or None when it has none there."""
    try:
        got = mapping[ord(ch)]
    except LookupError:
        return None
    if got is None or isinstance(got, bytes):
        return got
    if isinstance(got, int):
        if not 0 <= got < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((got,))
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % _type_name(got))


def charmap_encode(text, errors=None, mapping=None):
    if mapping is None:
        return (text.encode("latin-1", errors or "strict"), len(text))
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        got = _charmap_bytes(mapping, text[pos])
        if got is not None:
            out.append(got)
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_bytes(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", text, pos, end, "character maps to <undefined>")
        rep, pos = _call_handler(errors or "strict", exc)
        if isinstance(rep, bytes):
            out.append(rep)
            continue
        for c in rep:
            got = _charmap_bytes(mapping, c)
            if got is None:
                raise exc
            out.append(got)
    return (b"".join(out), n)


# ------------------------------------------- the _codecs-level helper functions
# codecs.utf_8_decode(data, errors=None, final=False) -> (str, consumed) and friends.

def _add_plain_coders(prefix, canonical, incremental):
    tc = _TextCodec(canonical, "latin-1" if canonical == "iso8859-1" else canonical.replace("-", "_"))

    def encoder(str, errors=None):
        return tc.encode(str, errors or "strict")

    if incremental:
        def decoder(data, errors=None, final=False):
            return tc.decode(data, errors or "strict", bool(final))
    else:
        def decoder(data, errors=None):
            return tc.decode(data, errors or "strict", True)

    encoder.__name__ = prefix + "_encode"
    decoder.__name__ = prefix + "_decode"
    globals()[encoder.__name__] = encoder
    globals()[decoder.__name__] = decoder


for _prefix, _canonical, _incremental in (
        ("utf_8", "utf-8", True), ("utf_16_le", "utf-16-le", True),
        ("utf_16_be", "utf-16-be", True), ("utf_32_le", "utf-32-le", True),
        ("utf_32_be", "utf-32-be", True), ("latin_1", "iso8859-1", False),
        ("ascii", "ascii", False)):
    _add_plain_coders(_prefix, _canonical, _incremental)
del _prefix, _canonical, _incremental
