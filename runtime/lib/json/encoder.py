"""json.encoder: JSONEncoder (the encoding itself is the Rust module _json)."""

import _json

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
        # The options are plain attributes: iterencode reads them on every call.
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.indent, self.sort_keys = indent, sort_keys
        if separators is None:
            # Indented output puts a newline after each comma, so the space goes.
            if indent is not None:
                self.item_separator = ","
        else:
            self.item_separator, self.key_separator = separators
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
        """The JSON text of o as an iterable of strings.

        With _one_shot (what encode() uses) the whole text comes back as one
        chunk from the Rust encoder; otherwise a generator yields the same
        pieces CPython's pure-Python encoder does (json.dump writes each one).
        """
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        if _one_shot:
            return [_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                                 self.allow_nan, self.sort_keys, indent,
                                 self.item_separator, self.key_separator, self.default)]
        return _chunks(self, o, indent)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == INFINITY:
        text = "Infinity"
    elif f == -INFINITY:
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


def _chunks(enc, o, indent):
    """Generator of the JSON text of o in the pieces CPython's Python encoder yields."""
    markers = {} if enc.check_circular else None
    quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    allow_nan = enc.allow_nan
    item_sep = enc.item_separator
    key_sep = enc.key_separator
    default = enc.default
    skipkeys = enc.skipkeys
    sort_keys = enc.sort_keys

    def scalar(v):
        # The text of a leaf value, or None for a container or unknown object.
        if isinstance(v, str):
            return quote(v)
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return _float_text(v, allow_nan)
        return None

    def enter(v):
        if markers is None:
            return None
        key = id(v)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = v
        return key

    def leave(key):
        if key is not None:
            del markers[key]

    def gen_list(lst, level):
        if not lst:
            yield "[]"
            return
        mark = enter(lst)
        head = "["
        if indent is not None:
            level += 1
            nl = "\n" + indent * level
            sep = item_sep + nl
            head += nl
        else:
            nl = None
            sep = item_sep
        pending = head
        for v in lst:
            text = scalar(v)
            if text is not None:
                yield pending + text
            else:
                yield pending
                yield from gen_value(v, level)
            pending = sep
        if nl is not None:
            level -= 1
            yield "\n" + indent * level
        yield "]"
        leave(mark)

    def gen_dict(dct, level):
        if not dct:
            yield "{}"
            return
        mark = enter(dct)
        yield "{"
        if indent is not None:
            level += 1
            nl = "\n" + indent * level
            sep = item_sep + nl
            yield nl
        else:
            nl = None
            sep = item_sep
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _float_text(k, allow_nan)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {k.__class__.__name__}")
            if first:
                first = False
            else:
                yield sep
            yield quote(k)
            yield key_sep
            text = scalar(v)
            if text is not None:
                yield text
            else:
                yield from gen_value(v, level)
        if nl is not None:
            level -= 1
            yield "\n" + indent * level
        yield "}"
        leave(mark)

    def gen_value(v, level):
        text = scalar(v)
        if text is not None:
            yield text
        elif isinstance(v, (list, tuple)):
            yield from gen_list(v, level)
        elif isinstance(v, dict):
            yield from gen_dict(v, level)
        else:
            mark = enter(v)
            yield from gen_value(default(v), level)
            leave(mark)

    return gen_value(o, 0)
