"""Codec registry and base classes (Ember's own implementation).

Text encodings are carried out by the builtin str.encode / bytes.decode; this module adds the
registry API (lookup, CodecInfo), incremental and stream coders, error-handler registry and the
bytes-to-bytes / str-to-str codecs reachable through codecs.encode/decode (rot13, hex, base64).
"""

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

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details: a 4-tuple (encode, decode, streamreader, streamwriter) with attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Base class of stateless coders: encode/decode return (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or (
                        isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        return self.write(b"".join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


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
    # Ember has no Unicode name database: fall back to the backslash form.
    return ("".join(_hexesc(c) for c in exc.object[exc.start:exc.end]), exc.end)


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
            out.append(convert(data[pos:start]))
            exc = error_type(e.encoding, data, start, end, e.reason)
            rep, newpos = _call_handler(errors, exc)
            out.append(replacement(rep))
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
        text, consumed = _text_codecs_info(enc).decode(data[skip:], errors)
        return (text, consumed + skip)

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
        text, consumed = _TextCodec(enc, enc).decode(input[skip:], errors, final)
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


def _make_stateless(name, enc, dec, text=False):
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
                     _is_text_encoding=False)


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
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            chars.append(c)
            punct = False
        else:
            punct = True
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
    if isinstance(e, (UnicodeError, OSError, KeyError)) or len(e.args) > 1:
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
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
