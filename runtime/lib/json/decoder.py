"""json.decoder: JSONDecoder and JSONDecodeError (the scanner is the Rust module _json)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """ValueError with where the document failed to parse.

    msg: the unformatted message; doc: the document; pos: the index where parsing failed;
    lineno, colno: that index as a 1-based line and column."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_json.JSONDecodeError = JSONDecodeError


class JSONDecoder(object):
    """Decodes JSON text into Python values (objects to dict, arrays to list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

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
