"""urllib.parse: split, join, quote and unquote URLs and query strings (RFC 3986 style, as CPython does)."""

from collections import namedtuple as _namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
    "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote",
    "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult",
    "DefragResultBytes", "ParseResultBytes", "SplitResultBytes",
]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp",
                 "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn",
               "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
               "sip", "sips", "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp",
                 "snews", "file", "prospero"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyz" "ABCDEFGHIJKLMNOPQRSTUVWXYZ" "0123456789" "+-.")

# WHATWG URL parsing strips leading C0 controls/space and drops tabs and newlines anywhere.
_LEADING_JUNK = "".join(chr(c) for c in range(0x21))
_REMOVED = "\t\r\n"


class _NetlocMixin:
    """The username/password/hostname/port views of the netloc field."""

    __slots__ = ()

    # Both None when the netloc has no "user[:password]@" part.
    username = property(lambda self: self._userinfo[0])
    password = property(lambda self: self._userinfo[1])

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Keep an IPv6 zone id ('%eth0') as written; only the address part is case folded.
        address, pct, zone = host.partition("%")
        return address.lower() + pct + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        # Only plain ASCII digits count: no sign, no spaces, no other scripts' digits.
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition("@")
        if not have_info:
            return None, None
        username, have_pw, password = userinfo.partition(":")
        return username, (password if have_pw else None)

    @property
    def _hostinfo(self):
        _, _, hostinfo = self.netloc.rpartition("@")
        _, bracket, inside = hostinfo.partition("[")
        if bracket:
            host, _, rest = inside.partition("]")
            _, _, port = rest.partition(":")
        else:
            host, _, port = hostinfo.partition(":")
        return host, (port or None)


class _TextResult:
    """str results can be turned into their bytes twins."""

    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._bytes_twin(*(x.encode(encoding, errors) for x in self))


class _BytesResult:
    """bytes results: decode() gives the str twin; the netloc views are bytes too."""

    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._text_twin(*(x.decode(encoding, errors) for x in self))


class _BytesNetloc:
    __slots__ = ()

    def _view(self, name):
        # latin-1 maps every byte to one character and back.
        value = getattr(self.decode("latin-1"), name)
        return value.encode("latin-1") if isinstance(value, str) else value

    username = property(lambda self: self._view("username"))
    password = property(lambda self: self._view("password"))
    hostname = property(lambda self: self._view("hostname"))
    port = property(lambda self: self._view("port"))


class DefragResult(_namedtuple("DefragResult", "url fragment"), _TextResult):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocMixin,
                  _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocMixin, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_namedtuple("DefragResultBytes", "url fragment"), _BytesResult):
    __slots__ = ()

    def geturl(self):
        return self.url + b"#" + self.fragment if self.fragment else self.url


class SplitResultBytes(_namedtuple("SplitResultBytes", "scheme netloc path query fragment"),
                       _BytesNetloc, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_namedtuple("ParseResultBytes", "scheme netloc path params query fragment"),
                       _BytesNetloc, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._bytes_twin = _raw
    _raw._text_twin = _text
del _text, _raw


def _as_text(*args):
    # bytes-like arguments (the first one decides) are decoded as ASCII; empty ones become "".
    for arg in args[1:]:
        if arg and isinstance(arg, str):
            raise TypeError("Cannot mix str and non-str arguments")
    return tuple(x.decode("ascii", "strict") if x else "" for x in args)


def _check_text(*args):
    for arg in args:
        if arg and not isinstance(arg, str):
            raise TypeError("Cannot mix str and non-str arguments")


def _scheme_end(url):
    # Where the ':' closing a scheme prefix (a letter, then scheme_chars) is, or -1.
    colon = url.find(":")
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    # Stripping the allowed characters leaves something exactly when another one occurs.
    if url[:colon].strip(scheme_chars):
        return -1
    return colon


def _split_netloc(url, start=0):
    end = len(url)
    for c in "/?#":
        p = url.find(c, start)
        if p >= 0:
            end = min(end, p)
    return url[start:end], url[end:]


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    if not isinstance(url, str):
        url, scheme = _as_text(url, scheme)
        return urlsplit(url, scheme, allow_fragments).encode()
    if scheme and not isinstance(scheme, str):
        raise TypeError("Cannot mix str and non-str arguments")
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _REMOVED:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    colon = _scheme_end(url)
    if colon > 0:
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        netloc, url = _split_netloc(url, 2)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(url):
    # Parameters belong to the last path segment only.
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    if not isinstance(url, str):
        url, scheme = _as_text(url, scheme)
        return urlparse(url, scheme, allow_fragments).encode()
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ""
    if s.scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(components):
    """Join (scheme, netloc, path, query, fragment) back into a URL."""
    scheme, netloc, url, query, fragment = components
    if not isinstance(scheme, str):
        return urlunsplit(_as_text(scheme, netloc, url, query, fragment)).encode("ascii")
    _check_text(netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """Join (scheme, netloc, path, params, query, fragment) back into a URL."""
    scheme, netloc, url, params, query, fragment = components
    if not isinstance(scheme, str):
        return urlunparse(_as_text(*components)).encode("ascii")
    _check_text(netloc, url, params, query, fragment)
    if params:
        url = url + ";" + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base."""
    if not base:
        return url
    if not url:
        return base
    if not isinstance(base, str):
        return urljoin(*_as_text(base, url), allow_fragments).encode("ascii")
    _check_text(url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_segs = bpath.split("/")
    if base_segs[-1] != "":
        base_segs.pop()  # the base's last segment is a file name, not a directory
    if path[:1] == "/":
        segs = path.split("/")
    else:
        segs = base_segs + path.split("/")
        segs[1:-1] = [s for s in segs[1:-1] if s]
    out = []
    for seg in segs:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if segs[-1] in (".", ".."):
        out.append("")  # a trailing dot segment names a directory
    return urlunparse((scheme, netloc, "/".join(out) or "/", params, query, fragment))


def urldefrag(url):
    """Split off the fragment: DefragResult(url without fragment, fragment)."""
    if not isinstance(url, str):
        return urldefrag(_as_text(url)[0]).encode()
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX = "0123456789ABCDEF"


def quote_from_bytes(bs, safe="/"):
    """Percent-encode every byte of bs that is neither always safe nor in safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    ok = _ALWAYS_SAFE.union(safe)
    out = []
    for b in bs:
        if b in ok:
            out.append(chr(b))
        else:
            out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode string (str is encoded first, UTF-8 by default); characters in safe stay."""
    if not isinstance(string, str):
        for value, name in ((encoding, "encoding"), (errors, "errors")):
            if value is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or "utf-8", errors or "strict"), safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), but spaces become '+' (form encoding)."""
    if (isinstance(string, str) and " " not in string) or (
            isinstance(string, (bytes, bytearray)) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def _hexval(c):
    return "0123456789abcdef".find(c.lower()) if c else -1


def unquote_to_bytes(string):
    """Decode %XX escapes into bytes."""
    if isinstance(string, str):
        string = string.encode("utf-8")
    if not string:
        return b""
    out = bytearray()
    i = 0
    n = len(string)
    while i < n:
        b = string[i]
        if b == 37 and i + 3 <= n:
            hi = _hexval(chr(string[i + 1]))
            lo = _hexval(chr(string[i + 2]))
            if hi >= 0 and lo >= 0:
                out.append(hi * 16 + lo)
                i += 3
                continue
        out.append(b)
        i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """Decode %XX escapes; runs of escaped bytes are decoded with encoding/errors."""
    if isinstance(string, (bytes, bytearray)):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    encoding = encoding or "utf-8"
    errors = errors or "replace"
    out = []
    run = []
    # Only ASCII stretches can hold escapes; other characters pass through untouched.
    for ch in string:
        if ord(ch) < 128:
            run.append(ch)
        else:
            if run:
                out.append(unquote_to_bytes("".join(run)).decode(encoding, errors))
                run = []
            out.append(ch)
    if run:
        out.append(unquote_to_bytes("".join(run)).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), but '+' becomes a space first."""
    return unquote(string.replace("+", " "), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, (bytes, bytearray)):
        qs = qs.decode("ascii")
        if isinstance(separator, bytes):
            separator = separator.decode("ascii")
        as_bytes = True
    else:
        as_bytes = False
    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError("Max number of fields exceeded")
    result = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding, errors)
            value = unquote(nv[1].replace("+", " "), encoding, errors)
            if as_bytes:
                name = name.encode("ascii")
                value = value.encode("ascii")
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a dict of name -> list of values."""
    d = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in d:
            d[name].append(value)
        else:
            d[name] = [value]
    return d


def _query_pairs(query):
    # A mapping's items, or a sequence of pairs (judged by its first element).
    if hasattr(query, "items"):
        return query.items()
    try:
        pairs = not len(query) or isinstance(query[0], tuple)
    except TypeError as err:
        raise TypeError("not a valid non-string sequence or mapping object") from err
    if not pairs:
        raise TypeError("not a valid non-string sequence or mapping object")
    return query


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as an application/x-www-form-urlencoded string."""
    query = _query_pairs(query)

    def enc(v):
        if isinstance(v, (bytes, bytearray)):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes, bytearray)):
            parts.append(k + "=" + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + "=" + enc(v))
        else:
            for item in v:
                parts.append(k + "=" + enc(item))
    return "&".join(parts)
