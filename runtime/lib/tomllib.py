"""Ember's tomllib: a reader for TOML 1.0 documents (Python 3.11 API)."""

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised when a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | frozenset("\x7f")
_BAD_IN_LINE = _CTRL - frozenset("\t")
_BAD_IN_MULTILINE = _CTRL - frozenset("\t\n")
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {
    "\\b": "\b",
    "\\t": "\t",
    "\\n": "\n",
    "\\f": "\f",
    "\\r": "\r",
    '\\"': '"',
    "\\\\": "\\",
}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_DATETIME_RE = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
_LOCALTIME_RE = re.compile(_TIME)
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|o[0-7](?:_?[0-7])*|b[01](?:_?[01])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)

_FROZEN = 1
_DECLARED = 2


def _error(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        if line == 1:
            col = pos + 1
        else:
            col = pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {col}"
    return TOMLDecodeError(f"{msg} (at {where})")


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, parse_float).document()


class _Marks:
    """Flags on key paths: recursive flags cover everything below the path."""

    def __init__(self):
        self.exact = {}
        self.deep = {}
        self.pending = []

    def has(self, key, flag):
        if not key:
            return False
        for i in range(1, len(key)):
            if self.deep.get(key[:i], 0) & flag:
                return True
        return bool((self.exact.get(key, 0) | self.deep.get(key, 0)) & flag)

    def mark(self, key, flag, deep=False):
        table = self.deep if deep else self.exact
        table[key] = table.get(key, 0) | flag

    def forget_below(self, key):
        n = len(key)
        for table in (self.exact, self.deep):
            for k in [k for k in table if k[:n] == key]:
                del table[k]

    def settle(self):
        for key, flag in self.pending:
            self.mark(key, flag)
        self.pending = []


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.user_float = parse_float

    def fail(self, pos, msg):
        return _error(self.src, pos, msg)

    def parse_float(self, text):
        value = self.user_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    # -- whitespace and comments --

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, end, bad, must_end):
        src = self.src
        found = src.find(end, pos)
        if found < 0:
            found = len(src)
            if must_end:
                raise self.fail(found, f"Expected {end!r}")
        for i in range(pos, found):
            if src[i] in bad:
                raise self.fail(i, f"Found invalid character {src[i]!r}")
        return found

    def skip_comment(self, pos):
        if self.src.startswith("#", pos):
            return self.skip_until(pos + 1, "\n", _BAD_IN_LINE, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            start = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == start:
                return pos

    # -- document structure --

    def document(self):
        src = self.src
        root = {}
        self.root = root
        marks = _Marks()
        self.marks = marks
        header = ()
        pos = 0
        n = len(src)
        while True:
            pos = self.skip(pos, _WS)
            if pos >= n:
                break
            ch = src[pos]
            if ch == "\n":
                pos += 1
                continue
            if ch in _KEY_START:
                pos = self.statement_pair(pos, header)
                pos = self.skip(pos, _WS)
            elif ch == "[":
                marks.settle()
                if src.startswith("[[", pos):
                    pos, header = self.array_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _WS)
            elif ch != "#":
                raise self.fail(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            if pos >= n:
                break
            if src[pos] != "\n":
                raise self.fail(pos, "Expected newline or end of document after a statement")
            pos += 1
        return root

    def descend(self, key, into_arrays=True):
        """The table at `key` below the root, created as needed; KeyError on a non-table."""
        node = self.root
        for part in key:
            if part not in node:
                node[part] = {}
            node = node[part]
            if into_arrays and isinstance(node, list):
                node = node[-1]
            if not isinstance(node, dict):
                raise KeyError(part)
        return node

    def table_header(self, pos):
        pos = self.skip(pos + 1, _WS)
        pos, key = self.key(pos)
        marks = self.marks
        if marks.has(key, _DECLARED) or marks.has(key, _FROZEN):
            raise self.fail(pos, f"Cannot declare {key} twice")
        marks.mark(key, _DECLARED)
        try:
            self.descend(key)
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.fail(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos):
        pos = self.skip(pos + 2, _WS)
        pos, key = self.key(pos)
        marks = self.marks
        if marks.has(key, _FROZEN):
            raise self.fail(pos, f"Cannot mutate immutable namespace {key}")
        marks.forget_below(key)
        marks.mark(key, _DECLARED)
        try:
            parent = self.descend(key[:-1])
            last = key[-1]
            if last in parent:
                items = parent[last]
                if not isinstance(items, list):
                    raise KeyError(last)
                items.append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.fail(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def statement_pair(self, pos, header):
        pos, key, value = self.pair(pos)
        marks = self.marks
        for i in range(1, len(key)):
            path = header + key[:i]
            if marks.has(path, _DECLARED):
                raise self.fail(pos, f"Cannot redefine namespace {path}")
            marks.pending.append((path, _DECLARED))
        parent = header + key[:-1]
        if marks.has(parent, _FROZEN):
            raise self.fail(pos, f"Cannot mutate immutable namespace {parent}")
        try:
            table = self.descend(parent)
        except KeyError:
            raise self.fail(pos, "Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.fail(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.mark(header + key, _FROZEN, deep=True)
        table[key[-1]] = value
        return pos

    # -- keys --

    def pair(self, pos):
        pos, key = self.key(pos)
        if not self.src.startswith("=", pos):
            raise self.fail(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.value(pos)
        return pos, key, value

    def key(self, pos):
        src = self.src
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _WS)
            if not src.startswith(".", pos):
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _WS)

    def key_part(self, pos):
        src = self.src
        ch = src[pos] if pos < len(src) else None
        if ch is not None and ch in _BARE:
            end = self.skip(pos, _BARE)
            return end, src[pos:end]
        if ch == "'":
            return self.literal_string(pos)
        if ch == '"':
            return self.basic_string(pos + 1, False)
        raise self.fail(pos, "Invalid initial character for a key part")

    # -- values --

    def value(self, pos):
        src = self.src
        ch = src[pos] if pos < len(src) else None
        if ch == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, '"""')
            return self.basic_string(pos + 1, False)
        if ch == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, "'''")
            return self.literal_string(pos)
        if ch == "t" and src.startswith("true", pos):
            return pos + 4, True
        if ch == "f" and src.startswith("false", pos):
            return pos + 5, False
        if ch == "[":
            return self.array(pos)
        if ch == "{":
            return self.inline_table(pos)
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                value = self.make_datetime(m)
            except ValueError:
                raise self.fail(pos, "Invalid date or datetime") from None
            return m.end(), value
        m = _LOCALTIME_RE.match(src, pos)
        if m:
            hh, mm, ss, frac = m.groups()
            return m.end(), time(int(hh), int(mm), int(ss), _micros(frac))
        m = _NUMBER_RE.match(src, pos)
        if m:
            text = m.group()
            if m.group("frac"):
                return m.end(), self.parse_float(text)
            return m.end(), int(text, 0)
        word = src[pos : pos + 3]
        if word in ("inf", "nan"):
            return pos + 3, self.parse_float(word)
        word = src[pos : pos + 4]
        if word in ("+inf", "-inf", "+nan", "-nan"):
            return pos + 4, self.parse_float(word)
        raise self.fail(pos, "Invalid value")

    def make_datetime(self, m):
        (y, mo, d, hh, mi, ss, frac, zulu, sign, oh, om) = m.groups()
        day = date(int(y), int(mo), int(d))
        if hh is None:
            return day
        tz = None
        if zulu:
            tz = timezone.utc
        elif sign:
            k = -1 if sign == "-" else 1
            tz = timezone(timedelta(hours=k * int(oh), minutes=k * int(om)))
        return datetime(
            int(y), int(mo), int(d), int(hh), int(mi), int(ss), _micros(frac), tzinfo=tz
        )

    def array(self, pos):
        src = self.src
        items = []
        pos = self.skip_array_space(pos + 1)
        if src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, value = self.value(pos)
            items.append(value)
            pos = self.skip_array_space(pos)
            ch = src[pos : pos + 1]
            if ch == "]":
                return pos + 1, items
            if ch != ",":
                raise self.fail(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        src = self.src
        result = {}
        frozen = set()
        pos = self.skip(pos + 1, _WS)
        if src.startswith("}", pos):
            return pos + 1, result
        while True:
            pos, key, value = self.pair(pos)
            for i in range(1, len(key) + 1):
                if key[:i] in frozen:
                    raise self.fail(pos, f"Cannot mutate immutable namespace {key}")
            node = result
            try:
                for part in key[:-1]:
                    if part not in node:
                        node[part] = {}
                    node = node[part]
                    if not isinstance(node, dict):
                        raise KeyError(part)
            except KeyError:
                raise self.fail(pos, "Cannot overwrite a value") from None
            if key[-1] in node:
                raise self.fail(pos, f"Duplicate inline table key {key[-1]!r}")
            node[key[-1]] = value
            pos = self.skip(pos, _WS)
            ch = src[pos : pos + 1]
            if ch == "}":
                return pos + 1, result
            if ch != ",":
                raise self.fail(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(key)
            pos = self.skip(pos + 1, _WS)

    # -- strings --

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_until(start, "'", _BAD_IN_LINE, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, quote):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if quote == "'''":
            end = self.skip_until(pos, "'''", _BAD_IN_MULTILINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            pos, text = self.basic_string(pos, True)
        # Up to two quotes may sit right before the closing delimiter.
        for _ in range(2):
            if src.startswith(quote[0], pos):
                text += quote[0]
                pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        src = self.src
        n = len(src)
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        start = pos
        while True:
            if pos >= n:
                raise self.fail(pos, "Unterminated string")
            ch = src[pos]
            if ch == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    return pos + 1, "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    return pos + 3, "".join(pieces)
                pos += 1
            elif ch == "\\":
                pieces.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                pieces.append(text)
                start = pos
            elif ch in bad:
                raise self.fail(pos, f"Illegal character {ch!r}")
            else:
                pos += 1

    def escape(self, pos, multiline):
        src = self.src
        code = src[pos : pos + 2]
        pos += 2
        if multiline and code in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash trims the newline and following whitespace.
            if code != "\\\n":
                pos = self.skip(pos, _WS)
                if pos >= len(src):
                    return pos, ""
                if src[pos] != "\n":
                    raise self.fail(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if code == "\\u":
            return self.hex_escape(pos, 4)
        if code == "\\U":
            return self.hex_escape(pos, 8)
        if code in _ESCAPES:
            return pos, _ESCAPES[code]
        raise self.fail(pos, "Unescaped '\\' in a string")

    def hex_escape(self, pos, width):
        digits = self.src[pos : pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.fail(pos, "Invalid hex value")
        pos += width
        cp = int(digits, 16)
        if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
            raise self.fail(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(cp)


def _micros(frac):
    if not frac:
        return 0
    return int(frac.ljust(6, "0"))
