"""json.encoder: JSONEncoder (the encoding itself is the Rust module _json)."""

import _json

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def encode_basestring(s):
    """s as a JSON string literal (non-ASCII characters kept)."""
    return _json.encode_str(s, False)


def encode_basestring_ascii(s):
    """s as a JSON string literal with only ASCII characters."""
    return _json.encode_str(s, True)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON; override default() to encode other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable value for o, or raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _json.encode_str(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of strings."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return [_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                             self.allow_nan, self.sort_keys, indent,
                             self.item_separator, self.key_separator, self.default)]
