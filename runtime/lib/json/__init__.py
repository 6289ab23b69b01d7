"""json: JSON encoding and decoding with the standard library's interface."""

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads",
           "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
import _json

# Byte-order marks (the values of codecs.BOM_*).
_BOM_UTF8 = b"\xef\xbb\xbf"
_BOM_UTF16 = (b"\xfe\xff", b"\xff\xfe")
_BOM_UTF32 = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to the file-like object fp (see dumps for the options)."""
    if (cls is None and not kw and indent is None and separators is None
            and default is None and not sort_keys and not skipkeys
            and ensure_ascii and check_circular and allow_nan):
        encoder = _default_encoder
    else:
        encoder = (JSONEncoder if cls is None else cls)(
            skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
            allow_nan=allow_nan, indent=indent, separators=separators,
            default=default, sort_keys=sort_keys, **kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a JSON str."""
    if (cls is None and not kw and indent is None and separators is None
            and default is None and not sort_keys and not skipkeys
            and ensure_ascii and check_circular and allow_nan):
        # The all-defaults fast path goes straight to the Rust encoder.
        if isinstance(obj, str):
            return _json.encode_str(obj, True)
        return _json.encode(obj, False, True, True, True, False, None, ", ", ": ",
                            _default_encoder.default)
    encoder = (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators,
        default=default, sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes b: UTF-8, -16 or -32, by BOM or by the zero bytes."""
    bstartswith = b.startswith
    if bstartswith(_BOM_UTF32):
        return "utf-32"
    if bstartswith(_BOM_UTF16):
        return "utf-16"
    if bstartswith(_BOM_UTF8):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document read from the file-like object fp."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                 **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        encoding = detect_encoding(s)
        if encoding == "utf-8-sig":
            s = s[3:]
            encoding = "utf-8"
        s = s.decode(encoding, "surrogatepass")
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _json.decode(s, 0, True, True, None, None, float, int, None)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)
