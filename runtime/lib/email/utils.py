"""Helpers for RFC 2822 style headers: dates and mail addresses.

Dates: `formatdate`, `format_datetime`, `parsedate`, `parsedate_tz`,
`parsedate_to_datetime`, `mktime_tz`, `localtime`.
Addresses: `parseaddr`, `formataddr`, `getaddresses`, `quote`, `unquote`.
"""

import base64 as _base64
import calendar as _calendar
import datetime as _dt
import re as _re
import time as _time
import urllib.parse as _uparse

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
    'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
    'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
    'parsedate_tz', 'parsedate_to_datetime', 'unquote',
]

supports_strict_parsing = True


# ---------------------------------------------------------------- quoting

def quote(str):
    """Backslash-escape backslashes and double quotes (no surrounding quotes)."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Strip one level of "double quotes" (undoing escapes) or <angle brackets>."""
    if len(str) >= 2:
        first, last = str[0], str[-1]
        if first == '"' and last == '"':
            inner = str[1:-1]
            return inner.replace('\\\\', '\\').replace('\\"', '"')
        if first == '<' and last == '>':
            return str[1:-1]
    return str


# ------------------------------------------------------------------ dates

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')

# month name (short or long, lower case) -> month number
_MONTH_NUMBER = {}
for _n, _long in enumerate(('january', 'february', 'march', 'april', 'may',
                            'june', 'july', 'august', 'september', 'october',
                            'november', 'december'), 1):
    _MONTH_NUMBER[_long] = _n
    _MONTH_NUMBER[_long[:3]] = _n
del _n, _long

_WEEKDAY_NAMES = frozenset(d.lower() for d in _DAY_ABBR)

# Named zones accepted in dates, as +-hhmm numbers.
_ZONE_HHMM = {
    'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
    'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
    'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
    'PST': -800, 'PDT': -700,
}


def _render_date(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_ABBR[tt[6]], tt[2], _MONTH_ABBR[tt[1] - 1], tt[0],
        tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """Render a datetime as an RFC 2822 date; naive values get zone -0000.

    With usegmt the datetime must be aware and in UTC, and the zone is
    written as 'GMT' (the form HTTP headers use).
    """
    tz = dt.tzinfo
    if usegmt:
        if tz is None or tz != _dt.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    else:
        zone = '-0000' if tz is None else dt.strftime('%z')
    return _render_date(dt.timetuple(), zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """RFC 2822 date for a POSIX timestamp (default: now).

    localtime renders in the local zone (and ignores usegmt); usegmt writes
    'GMT' instead of '+0000'; otherwise the zone is written as -0000.
    """
    if timeval is None:
        timeval = _time.time()
    if localtime:
        moment = _dt.datetime.fromtimestamp(timeval, _dt.timezone.utc)
        return format_datetime(moment.astimezone(), False)
    if usegmt:
        moment = _dt.datetime.fromtimestamp(timeval, _dt.timezone.utc)
    else:
        moment = _dt.datetime.utcfromtimestamp(timeval)
    return format_datetime(moment, usegmt)


def _split_clock(text):
    """'hh:mm[:ss]' or 'hh.mm[.ss]' -> [h, m, s] strings, or None."""
    pieces = text.split(':')
    if len(pieces) == 1:
        if '.' not in text:
            return None
        pieces = text.split('.')
    if len(pieces) == 2:
        return [pieces[0], pieces[1], '0']
    if len(pieces) == 3:
        return pieces
    return None


def _parsedate_tz(data):
    """Parse a date into a 10-item list (the last is the zone offset in
    seconds, or None when no usable zone was given or it was -0000)."""
    if not data:
        return None
    fields = data.split()
    if not fields:
        return None
    head = fields[0]
    if head.endswith(',') or head.lower() in _WEEKDAY_NAMES:
        fields.pop(0)
    else:
        comma = head.rfind(',')
        if comma >= 0:
            fields[0] = head[comma + 1:]
    if len(fields) == 3:
        # RFC 850 style: dd-Mon-yy hh:mm:ss zone
        dashed = fields[0].split('-')
        if len(dashed) == 3:
            fields = dashed + fields[1:]
    if len(fields) == 4:
        last = fields[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            fields[3:] = [last[:cut], last[cut:]]
        else:
            fields.append('')
    if len(fields) < 5:
        return None
    day, month, year, clock, zone = fields[:5]
    if not (day and month and year):
        return None
    month = month.lower()
    if month not in _MONTH_NUMBER:
        day, month = month, day.lower()
        if month not in _MONTH_NUMBER:
            return None
    month = _MONTH_NUMBER[month]
    if day.endswith(','):
        day = day[:-1]
    if year.find(':') > 0:
        year, clock = clock, year
    if year.endswith(','):
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    hms = _split_clock(clock)
    if hms is None:
        return None
    try:
        nums = [int(year), int(day)] + [int(x) for x in hms]
    except ValueError:
        return None
    year, day, hour, minute, second = nums
    if year < 100:
        year += 1900 if year > 68 else 2000
    zone = zone.upper()
    offset = _ZONE_HHMM.get(zone)
    if offset is None:
        try:
            offset = int(zone)
        except ValueError:
            offset = None
        else:
            if offset == 0 and zone.startswith('-'):
                offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        hhmm = abs(offset)
        offset = sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """Parse a date into a 10-tuple whose last item is the UTC offset in
    seconds (0 when unknown); None when the text is not a date."""
    parts = _parsedate_tz(data)
    if not parts:
        return None
    if parts[9] is None:
        parts[9] = 0
    return tuple(parts)


def parsedate(data):
    """Parse a date into a 9-tuple usable with time.mktime(), or None."""
    parts = parsedate_tz(data)
    if isinstance(parts, tuple):
        return parts[:9]
    return parts


def mktime_tz(data):
    """POSIX timestamp for a 10-tuple from parsedate_tz()."""
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))
    return _calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """Parse a date into a datetime: aware when the text names a zone,
    naive when the zone is -0000; ValueError when it is not a date."""
    parts = _parsedate_tz(data)
    if parts is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = parts[9]
    if offset is None:
        return _dt.datetime(*parts[:6])
    zone = _dt.timezone(_dt.timedelta(seconds=offset))
    return _dt.datetime(*parts[:6], tzinfo=zone)


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone (now, or dt converted; a naive
    dt is taken to be local time already)."""
    if dt is None:
        return _dt.datetime.now(_dt.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    stamp = _time.mktime(dt.timetuple()[:-1] + (isdst,))
    here = _time.localtime(stamp)
    gmtoff = getattr(here, 'tm_gmtoff', None)
    if gmtoff is None:
        gmtoff = -(_time.altzone if here.tm_isdst > 0 else _time.timezone)
        name = None
    else:
        name = getattr(here, 'tm_zone', None)
    delta = _dt.timedelta(seconds=gmtoff)
    tz = _dt.timezone(delta, name) if name else _dt.timezone(delta)
    return dt.replace(tzinfo=tz)


# -------------------------------------------------------------- addresses

_SPECIALS = '()<>@,:;."[]'
_WSP = ' \t'
_ANY_WS = ' \t\r\n'
_ATOM_STOP = _SPECIALS + _ANY_WS
_WORD_STOP = _ATOM_STOP.replace('.', '')


class _AddressScanner:
    """Hand-written scanner for address-list headers, lenient in the way
    mail software traditionally is.  `addresses` holds the result as a
    list of (display name, addr-spec) pairs; unparsable stretches give
    ('', '')."""

    def __init__(self, text):
        self.text = text
        self.i = 0
        self.notes = []
        self.addresses = self._all() if text else []

    # -- low-level pieces

    def _more(self):
        return self.i < len(self.text)

    def _peek(self):
        return self.text[self.i]

    def _skip_space(self):
        """Skip whitespace and comments (comments go to self.notes);
        return the blanks and tabs that were skipped."""
        blanks = []
        text = self.text
        while self.i < len(text):
            ch = text[self.i]
            if ch in _ANY_WS:
                if ch in _WSP:
                    blanks.append(ch)
                self.i += 1
            elif ch == '(':
                self.notes.append(self._comment())
            else:
                break
        return ''.join(blanks)

    def _enclosed(self, opener, closers, nested_comments):
        text = self.text
        if text[self.i] != opener:
            return ''
        self.i += 1
        got = []
        escaped = False
        while self.i < len(text):
            ch = text[self.i]
            if escaped:
                got.append(ch)
                escaped = False
            elif ch in closers:
                self.i += 1
                break
            elif nested_comments and ch == '(':
                got.append(self._comment())
                continue
            elif ch == '\\':
                escaped = True
            else:
                got.append(ch)
            self.i += 1
        return ''.join(got)

    def _quoted(self):
        return self._enclosed('"', '"\r', False)

    def _comment(self):
        return self._enclosed('(', ')\r', True)

    def _atom(self, stops=_ATOM_STOP):
        text = self.text
        start = self.i
        end = len(text)
        while self.i < end and text[self.i] not in stops:
            self.i += 1
        return text[start:self.i]

    def _words(self):
        """A phrase: atoms (dots allowed) and quoted strings."""
        words = []
        text = self.text
        while self.i < len(text):
            ch = text[self.i]
            if ch in _ANY_WS:
                self.i += 1
            elif ch == '"':
                words.append(self._quoted())
            elif ch == '(':
                self.notes.append(self._comment())
            elif ch in _WORD_STOP:
                break
            else:
                words.append(self._atom(_WORD_STOP))
        return words

    def _domain(self):
        bits = []
        text = self.text
        while self.i < len(text):
            ch = text[self.i]
            if ch in _WSP:
                self.i += 1
            elif ch == '(':
                self.notes.append(self._comment())
            elif ch == '[':
                bits.append('[' + self._enclosed('[', ']\r', False) + ']')
            elif ch == '.':
                self.i += 1
                bits.append('.')
            elif ch == '@':
                # a second '@' makes the whole domain unusable
                return ''
            elif ch in _ATOM_STOP:
                break
            else:
                bits.append(self._atom())
        return ''.join(bits)

    def _drop_trailing_blank(self, parts):
        if parts and not parts[-1].strip():
            parts.pop()

    def _addr_spec(self):
        """local-part [@ domain]; an empty string when the domain is bad."""
        parts = []
        self._skip_space()
        while self._more():
            ch = self._peek()
            if ch == '.':
                self._drop_trailing_blank(parts)
                parts.append('.')
                self.i += 1
                self._skip_space()
                continue
            if ch == '"':
                parts.append('"' + quote(self._quoted()) + '"')
            elif ch in _ATOM_STOP:
                self._drop_trailing_blank(parts)
                break
            else:
                parts.append(self._atom())
            blanks = self._skip_space()
            if blanks:
                parts.append(blanks)
        local = ''.join(parts)
        if not self._more() or self._peek() != '@':
            return local
        self.i += 1
        self._skip_space()
        domain = self._domain()
        return local + '@' + domain if domain else ''

    def _angle_addr(self):
        """<[@route,...:]addr-spec>; only the addr-spec is kept."""
        self.i += 1
        self._skip_space()
        found = ''
        in_route = False
        while self._more():
            ch = self._peek()
            if in_route:
                self._domain()
                in_route = False
            elif ch == '>':
                self.i += 1
                break
            elif ch == '@':
                self.i += 1
                in_route = True
            elif ch == ':':
                self.i += 1
            else:
                found = self._addr_spec()
                self.i += 1
                break
            self._skip_space()
        return found

    # -- grammar

    def _one(self):
        """Parse one address (or a whole group); returns a list of pairs."""
        self.notes = []
        self._skip_space()
        start = self.i
        words = self._words()
        self._skip_space()
        found = []
        if not self._more():
            if words:
                found = [(' '.join(self.notes), words[0])]
        else:
            ch = self._peek()
            if ch in '.@':
                # a bare addr-spec: go back and read it as one
                self.i = start
                spec = self._addr_spec()
                found = [(' '.join(self.notes), spec)]
            elif ch == ':':
                self.i += 1
                while self._more():
                    self._skip_space()
                    if self._more() and self._peek() == ';':
                        self.i += 1
                        break
                    found = found + self._one()
            elif ch == '<':
                spec = self._angle_addr()
                name = ' '.join(words)
                if self.notes:
                    name = '%s (%s)' % (name, ' '.join(self.notes))
                found = [(name, spec)]
            elif words:
                found = [(' '.join(self.notes), words[0])]
            elif ch in _SPECIALS:
                self.i += 1
        self._skip_space()
        if self._more() and self._peek() == ',':
            self.i += 1
        return found

    def _all(self):
        out = []
        while self._more():
            got = self._one()
            if got:
                out.extend(got)
            else:
                out.append(('', ''))
        return out


def _chars_with_escapes(text):
    """Yield (index, char) pairs, where a backslash and the character after
    it come out together (as a two-character string)."""
    pending = False
    idx = 0
    for idx, ch in enumerate(text):
        if pending:
            pending = False
            yield idx, '\\' + ch
        elif ch == '\\':
            pending = True
        else:
            yield idx, ch
    if pending:
        yield idx, '\\'


def _without_quoted_names(text):
    """Remove every "quoted" stretch (quotes included)."""
    if '"' not in text:
        return text
    kept = []
    keep_from = 0
    opened = None
    for idx, ch in _chars_with_escapes(text):
        if ch != '"':
            continue
        if opened is None:
            opened = idx
        else:
            if keep_from != opened:
                kept.append(text[keep_from:opened])
            keep_from = idx + 1
            opened = None
    if keep_from < len(text):
        kept.append(text[keep_from:])
    return ''.join(kept)


def _parens_balanced(text):
    depth = 0
    for _, ch in _chars_with_escapes(_without_quoted_names(text)):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _screen_inputs(values):
    # an unbalanced comment poisons a field: parse a harmless stand-in
    return [v if _parens_balanced(v) else "('', '')" for v in values]


def _screen_results(pairs):
    # a '[' left in an address means a domain literal failed to parse
    return [('', '') if '[' in pair[1] else pair for pair in pairs]


def parseaddr(addr, *, strict=True):
    """Split one address into (realname, email); ('', '') on failure."""
    if not strict:
        found = _AddressScanner(addr).addresses
        return found[0] if found else ('', '')
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    addr = _screen_inputs([addr])[0]
    found = _screen_results(_AddressScanner(addr).addresses)
    if len(found) != 1:
        return ('', '')
    return found[0]


def getaddresses(fieldvalues, *, strict=True):
    """(realname, email) pairs for all addresses in the given header values.

    In strict mode a result whose length does not match the number of
    comma-separated entries is replaced by [('', '')].
    """
    if not strict:
        joined = ', '.join(str(v) for v in fieldvalues)
        return _AddressScanner(joined).addresses
    values = _screen_inputs([str(v) for v in fieldvalues])
    found = _screen_results(_AddressScanner(', '.join(values)).addresses)
    expected = 0
    for v in values:
        expected += 1 + _without_quoted_names(v).count(',')
    if len(found) != expected:
        return [('', '')]
    return found


_NEEDS_QUOTES = _re.compile(r'[][\\()<>@,:;".]')
_QUOTE_THESE = _re.compile(r'[\\"]')

_CHARSET_ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'ascii': 'us-ascii',
}
# charsets whose headers use Q encoding; utf-8 (and unknown ones) pick the
# shorter of Q and B, and these always use B
_Q_CHARSETS = frozenset([
    'iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-9',
    'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15',
    'iso-8859-16', 'windows-1252', 'viscii'])
_B_CHARSETS = frozenset(['big5', 'gb2312', 'euc-jp', 'shift_jis',
                         'iso-2022-jp', 'koi8-r'])
_Q_PLAIN = frozenset(b'-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                     b'abcdefghijklmnopqrstuvwxyz0123456789')


def _q_word(raw):
    out = []
    for b in raw:
        if b in _Q_PLAIN:
            out.append(chr(b))
        elif b == 32:
            out.append('_')
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _encoded_word(name, charset):
    charset = charset.lower()
    charset = _CHARSET_ALIASES.get(charset, charset)
    raw = name.encode(charset)
    if charset == 'us-ascii' or not raw:
        return name
    b_form = '=?%s?b?%s?=' % (charset, _base64.b64encode(raw).decode('ascii'))
    if charset in _B_CHARSETS:
        return b_form
    q_form = '=?%s?q?%s?=' % (charset, _q_word(raw))
    if charset in _Q_CHARSETS:
        return q_form
    return b_form if len(b_form) < len(q_form) else q_form


def formataddr(pair, charset='utf-8'):
    """Inverse of parseaddr(): 'Name <addr>' (quoting or RFC 2047-encoding
    the name as needed), or just the address when the name is empty."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            shown = _encoded_word(name, charset)
        else:
            shown = charset.header_encode(name)
        return '%s <%s>' % (shown, address)
    wrap = '"' if _NEEDS_QUOTES.search(name) else ''
    name = _QUOTE_THESE.sub(lambda m: '\\' + m.group(0), name)
    return '%s%s%s <%s>' % (wrap, name, wrap, address)


def make_msgid(idstring=None, domain=None):
    """A fresh Message-ID: '<time.pid.random[.idstring]@domain>'."""
    import os
    import random
    if domain is None:
        try:
            import socket
            domain = socket.getfqdn()
        except ImportError:
            import platform
            domain = platform.node() or 'localhost'
    suffix = '' if idstring is None else '.' + idstring
    return '<%d.%d.%d%s@%s>' % (int(_time.time() * 100), os.getpid(),
                                random.getrandbits(64), suffix, domain)


# ---------------------------------------------------------------- RFC 2231

def decode_rfc2231(s):
    """Split "charset'language'text"; (None, None, s) if not in that form."""
    parts = s.split("'", 2)
    if len(parts) < 3:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixed by "charset'language'" when either is given."""
    s = _uparse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


_CONTINUATION = _re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', _re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations in a list of (name, value) parameters.

    The first pair is passed through; extended values become
    (charset, language, '"text"') tuples.
    """
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        is_encoded = name.endswith('*')
        value = unquote(value)
        m = _CONTINUATION.match(name)
        if m is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        base, num = m.group('name'), m.group('num')
        pieces.setdefault(base, []).append(
            (None if num is None else int(num), value, is_encoded))
    for base, chunks in pieces.items():
        chunks.sort()
        extended = any(enc for _, _, enc in chunks)
        text = ''.join(_uparse.unquote(v, encoding='latin-1') if enc else v
                       for _, v, enc in chunks)
        text = quote(text)
        if extended:
            cs, lang, text = decode_rfc2231(text)
            result.append((base, (cs, lang, '"%s"' % text)))
        else:
            result.append((base, '"%s"' % text))
    return result


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """Turn a decode_params() value into a plain string."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    cs, _lang, text = value
    if cs is None:
        cs = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, cs, errors)
    except LookupError:
        return unquote(text)
