"""Cookie headers as dictionaries (the `http.cookies` API).

A `SimpleCookie` maps cookie names to `Morsel`s; each Morsel carries the
value, its on-the-wire (quoted) form and the standard attributes (path,
domain, expires, max-age, secure, httponly, ...).  `load()` parses a
Cookie / Set-Cookie style string and `output()` renders Set-Cookie lines.
"""

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters allowed unquoted in a cookie name or value.
_TOKEN_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters kept as they are inside a quoted value; every other byte
# value becomes a three-digit octal escape.
_KEEP_IN_QUOTES = frozenset(_TOKEN_CHARS + ' ()/<=>?@[]{}')
_ESCAPES = {}
for _code in range(256):
    if chr(_code) not in _KEEP_IN_QUOTES:
        _ESCAPES[_code] = '\\%03o' % _code
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'
del _code

_is_legal_key = re.compile('[%s]+' % re.escape(_TOKEN_CHARS)).fullmatch


def _quote(str):
    """Return str unchanged when it is a plain token, else double-quote it
    with backslash escapes."""
    if str is None or _is_legal_key(str):
        return str
    return '"%s"' % str.translate(_ESCAPES)


_ESCAPE_SEQ = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unescape_one(m):
    octal = m.group(1)
    return chr(int(octal, 8)) if octal else m.group(2)


def _unquote(str):
    """Undo _quote(): strip surrounding double quotes and escapes."""
    if str is None or len(str) < 2 or str[0] != '"' or str[-1] != '"':
        return str
    return _ESCAPE_SEQ.sub(_unescape_one, str[1:-1])


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _getdate(future=0, weekdayname=_DAYS, monthname=_MONTHS):
    """The GMT date `future` seconds from now, in cookie 'expires' form."""
    import time
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


class Morsel(dict):
    """One cookie: key, value, coded_value, plus its attributes (the dict
    items, keyed by lower-case attribute name; unset ones are "")."""

    # attribute key -> the spelling used in Set-Cookie output
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    # attributes written as bare words when true
    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = None
        self._value = None
        self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def _attr_name(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attr_name(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attr_name(key), val)

    def update(self, values):
        checked = {self._attr_name(k): v for k, v in dict(values).items()}
        dict.update(self, checked)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        if not dict.__eq__(self, morsel):
            return False
        return ((self._key, self._value, self._coded_value) ==
                (morsel._key, morsel._value, morsel._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Give the morsel its name, value and coded (wire) value."""
        problem = None
        if self.isReservedKey(key):
            problem = 'Attempt to set a reserved key %r'
        elif not _is_legal_key(key):
            problem = 'Illegal key %r'
        if problem:
            raise CookieError(problem % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value,
                'coded_value': self._coded_value}

    def __setstate__(self, state):
        for name in ('key', 'value', 'coded_value'):
            setattr(self, '_' + name, state[name])

    def OutputString(self, attrs=None):
        """'key=coded_value; Attr=...' with the set attributes in name order
        (only those in attrs, when given)."""
        wanted = self._reserved if attrs is None else attrs
        pieces = ["%s=%s" % (self._key, self._coded_value)]
        for name, val in sorted(self.items()):
            if val == "" or name not in wanted:
                continue
            label = self._reserved[name]
            if name in self._flags:
                if val:
                    pieces.append(str(label))
            elif name == "expires" and isinstance(val, int):
                pieces.append("%s=%s" % (label, _getdate(val)))
            elif name == "max-age" and isinstance(val, int):
                pieces.append("%s=%d" % (label, val))
            elif name == "comment" and isinstance(val, str):
                pieces.append("%s=%s" % (label, _quote(val)))
            else:
                pieces.append("%s=%s" % (label, val))
        return "; ".join(pieces)

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', '\\"')
        return ('\n        <script type="text/javascript">\n'
                '        <!-- begin hiding\n'
                '        document.cookie = "%s";\n'
                '        // end hiding -->\n'
                '        </script>\n        ') % text

    __class_getitem__ = classmethod(types.GenericAlias)


_NAME_CLASS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CLASS = _NAME_CLASS + r"\[\]"

# One "name[=value]" item of a cookie string.  A value is a quoted string,
# an expires-style date (which contains a comma and spaces), or a run of
# value characters.
_ITEM = re.compile(
    r'\s*(?P<key>[' + _NAME_CLASS + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _VALUE_CLASS + r']*))?'
    r'\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """A dictionary of Morsels; subclasses decide how values are coded."""

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value assigned in Python."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real, coded):
        morsel = self.get(key, Morsel())
        morsel.set(key, real, coded)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._store(key, *self.value_encode(value))

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(m.output(attrs, header) for _, m in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%r' % (k, m.value) for k, m in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        return ''.join(m.js_output(attrs) for _, m in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a header string, or from a mapping of name -> value."""
        if isinstance(rawdata, str):
            self._load_text(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _load_text(self, text):
        # Collect everything first: a malformed item discards the whole string.
        found = []          # ('attr', name, value) or ('cookie', name, (real, coded))
        have_cookie = False
        pos, end = 0, len(text)
        while 0 <= pos < end:
            m = _ITEM.match(text, pos)
            if m is None:
                break
            key, val = m.group("key"), m.group("val")
            pos = m.end(0)
            lowered = key.lower()
            if key[0] == "$":
                # $Path, $Domain ... (RFC 2109) belong to the previous cookie
                if have_cookie:
                    found.append(("attr", key[1:], val))
            elif lowered in Morsel._reserved:
                if not have_cookie:
                    return
                if val is not None:
                    found.append(("attr", key, _unquote(val)))
                elif lowered in Morsel._flags:
                    found.append(("attr", key, True))
                else:
                    return
            elif val is not None:
                found.append(("cookie", key, self.value_decode(val)))
                have_cookie = True
            else:
                return
        current = None
        for kind, key, val in found:
            if kind == "attr":
                current[key] = val
            else:
                self._store(key, *val)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted on output when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
