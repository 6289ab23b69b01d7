"""json.decoder: JSONDecoder and JSONDecodeError (the scanner is the Rust module _json)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """ValueError with where the document failed to parse.

    msg: the unformatted message; doc: the document; pos: the index where parsing failed;
    lineno, colno: that index as a 1-based line and column."""

    def __init__(self, msg, doc, pos):
        # Line and column are 1-based; the column counts from the last newline before pos.
        line = doc.count("\n", 0, pos) + 1
        col = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, line, col, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, col

    def __reduce__(self):
        # Rebuilt from the raw pieces, so the formatted message is recomputed.
        return type(self), (self.msg, self.doc, self.pos)


_json.JSONDecodeError = JSONDecodeError


class JSONDecoder(object):
    """Decodes JSON text into Python values (objects to dict, arrays to list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        # Missing parse functions fall back to the plain conversions (the constants
        # through a dict lookup); the Rust scanner calls whatever is stored here.
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict, self.memo = strict, {}

    def _scan(self, s, idx, whole):
        return _json.decode(s, idx, whole, self.strict, self.object_hook,
                            self.object_pairs_hook, self.parse_float, self.parse_int,
                            self.parse_constant)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str)."""
        return self._scan(s, 0, True)

    def raw_decode(self, s, idx=0):
        """(value, end): decode a JSON value at the start of s[idx:], ignoring the rest."""
        return self._scan(s, idx, False)
