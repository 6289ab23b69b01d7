"""html.parser: HTMLParser, a tolerant event-driven HTML tokenizer (tags, data, comments, references)."""

import re as _re
from html import unescape

__all__ = ["HTMLParser"]

_ENTITYREF = _re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHARREF = _re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_INCOMPLETE = _re.compile(r"&[a-zA-Z#]")
_WS = " \t\n\r\f"


def _unfinished_end(raw, i):
    """Where the text of a construct at i that never finished ends: just after the next
    '>', else at the next '<', else just after the '<' at i."""
    close = raw.find(">", i + 1)
    if close >= 0:
        return close + 1
    following = raw.find("<", i + 1)
    return following if following >= 0 else i + 1


class HTMLParser:
    """Feed it text with feed(); it calls the handle_* methods for each token it recognises."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.lineno = 1
        self.offset = 0
        self.cdata_elem = None
        self.__starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self.__starttag_text

    def updatepos(self, i, j):
        if i >= j:
            return j
        nl = self.rawdata.count("\n", i, j)
        if nl:
            self.lineno += nl
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None

    # -- the scanner ------------------------------------------------------------------------

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.cdata_elem is not None:
                # Script/style text is held back whole until its complete end tag
                # (any case) has arrived, as CPython 3.11 does.
                m = self._cdata_end.search(raw, i)
                if m is None:
                    break
                j = m.start()
            elif self.convert_charrefs:
                j = raw.find("<", i)
                if j < 0:
                    # Hold back a trailing '&...' that may be the start of a reference.
                    amp = raw.rfind("&", max(i, n - 34))
                    if amp >= 0 and not _re.search(r"[\s;]", raw[amp:]):
                        if not end:
                            break
                    j = n
            else:
                j = n
                for ch in "<&":
                    p = raw.find(ch, i)
                    if 0 <= p < j:
                        j = p
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                nxt = raw[i + 1:i + 2]
                parse = self._opener_at(raw, i, nxt)
                if parse is not None:
                    k = parse(i)
                elif i + 1 < n or end:
                    self.handle_data("<")  # a '<' that opens nothing is text
                    k = i + 1
                else:
                    break
                if k < 0 and not end:
                    break  # an unfinished construct waits for more input
                if k < 0:
                    # At close an unfinished construct is delivered as text.
                    k = _unfinished_end(raw, i)
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                m = _CHARREF.match(raw, i)
                if m:
                    name = m.group()[2:-1]
                    self.handle_charref(name)
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                m = _ENTITYREF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ";":
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                partial = _INCOMPLETE.match(raw, i)
                if partial is None and i + 1 < n:
                    # A lone '&' with more data after it is text.
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                    continue
                # The start of an entity, or an '&' at the very end: wait for more data.
                # At close, an entity name running to the end loses its '&' (the rest
                # is delivered as text just below), as in CPython.
                if partial is not None and end and partial.group() == raw[i:]:
                    i = self.updatepos(i, i + 1)
                break
            else:
                break
        if end and i < n and self.cdata_elem is None:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _text(self, chunk):
        """Delivers chunk to handle_data, with character references decoded when
        convert_charrefs is on (never inside <script> or <style>)."""
        if self.convert_charrefs and self.cdata_elem is None:
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def parse_comment(self, i):
        raw = self.rawdata
        j = raw.find("-->", i + 4)
        if j < 0:
            return -1
        self.handle_comment(raw[i + 4:j])
        return j + 3

    def parse_pi(self, i):
        raw = self.rawdata
        j = raw.find(">", i + 2)
        if j < 0:
            return -1
        self.handle_pi(raw[i + 2:j])
        return j + 1

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith("<![", i):
            j = raw.find("]]>", i + 3) if raw.startswith("<![CDATA[", i) else raw.find("]>", i + 3)
            if j < 0:
                return -1
            self.unknown_decl(raw[i + 3:j])
            return j + (3 if raw.startswith("<![CDATA[", i) else 2)
        if raw[i + 2:i + 9].lower() == "doctype":
            j = raw.find(">", i + 9)
            if j < 0:
                return -1
            self.handle_decl(raw[i + 2:j])
            return j + 1
        if len(raw) - i < 9 and "doctype".startswith(raw[i + 2:].lower()) and ">" not in raw[i:]:
            return -1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=True):
        raw = self.rawdata
        j = raw.find(">", i + 2)
        if j < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:j])
        return j + 1

    def _tag_end(self, i):
        # Index just past the '>' closing the start tag at i, honouring quoted values; -1 if unfinished.
        raw = self.rawdata
        n = len(raw)
        k = i + 1
        quote = None
        after_eq = False
        while k < n:
            c = raw[k]
            if quote:
                if c == quote:
                    quote = None
            elif c == ">":
                return k + 1
            elif after_eq and c in "\"'":
                quote = c
            elif c == "=":
                after_eq = True
                k += 1
                continue
            if c not in _WS:
                after_eq = False
            k += 1
        return -1

    def parse_starttag(self, i):
        raw = self.rawdata
        endpos = self._tag_end(i)
        if endpos < 0:
            return -1
        text = raw[i:endpos]
        self.__starttag_text = text
        n = len(text) - 1  # the closing '>'
        k = 1
        while k < n and text[k] not in _WS and text[k] not in "/>":
            k += 1
        tag = text[1:k].lower()
        self.lasttag = tag
        attrs = []
        value_took_slash = False
        while k < n:
            while k < n and (text[k] in _WS or (text[k] == "/" and k + 1 < n)):
                k += 1
            if k >= n or (text[k] == "/" and k + 1 == n):
                break
            start = k
            k += 1
            while k < n and text[k] not in _WS and text[k] not in "/=>":
                k += 1
            name = text[start:k].lower()
            m = k
            while m < n and text[m] in _WS:
                m += 1
            value = None
            if m < n and text[m] == "=":
                while m < n and text[m] == "=":
                    m += 1
                while m < n and text[m] in _WS:
                    m += 1
                if m < n and text[m] in "\"'":
                    q = text.find(text[m], m + 1)
                    if q < 0:
                        q = n
                    value = text[m + 1:q]
                    k = q + 1
                else:
                    vs = m
                    while m < n and text[m] not in _WS and text[m] != ">":
                        m += 1
                    # An unquoted value keeps a '/' before the '>': the tag is then an
                    # ordinary start tag, not an empty-element one.
                    value_took_slash = m == n and text[m - 1] == "/"
                    value = text[vs:m]
                    k = m
                value = unescape(value)
            attrs.append((name, value))
        if value_took_slash or not text.endswith("/>"):
            self.handle_starttag(tag, attrs)
            # <script> and <style> hold raw text up to their end tag.
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            self.handle_startendtag(tag, attrs)
        return endpos

    # What follows a '<' other than a start tag, tried in this order ('<!--' before '<!').
    _OPENERS = (("</", "parse_endtag"), ("<!--", "parse_comment"), ("<?", "parse_pi"),
                ("<!", "parse_html_declaration"))

    def _opener_at(self, raw, i, nxt):
        """The parse method for the markup at raw[i] ('<'), or None when it opens nothing."""
        if nxt.isascii() and nxt.isalpha():
            return self.parse_starttag
        for prefix, method in self._OPENERS:
            if raw.startswith(prefix, i):
                return getattr(self, method)
        return None

    def parse_endtag(self, i):
        raw = self.rawdata
        j = raw.find(">", i + 1)
        if j < 0:
            return -1
        inner = raw[i + 2:j]
        if self.cdata_elem is not None:
            name = inner.strip(_WS).lower()
            if name != self.cdata_elem:
                self.handle_data(raw[i:j + 1])
                return j + 1
            self.handle_endtag(self.cdata_elem)
            self.clear_cdata_mode()
            return j + 1
        if not inner:
            return j + 1  # '</>' is dropped
        if not (inner[0].isascii() and inner[0].isalpha()):
            if inner[0] in _WS + "/":
                inner = inner.lstrip(_WS + "/")
                if inner and inner[0].isascii() and inner[0].isalpha():
                    pass
                else:
                    self.handle_comment(raw[i + 2:j])
                    return j + 1
            else:
                self.handle_comment(inner)
                return j + 1
        k = 0
        while k < len(inner) and inner[k] not in _WS and inner[k] != "/":
            k += 1
        self.handle_endtag(inner[:k].lower())
        return j + 1

    # -- overridable handlers ---------------------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag (`<br/>`): by default a start tag then its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    # The remaining handlers ignore what they get; subclasses override the ones they need.

    def handle_starttag(self, tag, attrs):
        """A start tag: its lower-cased name and its (name, value) attribute pairs."""

    def handle_endtag(self, tag):
        """An end tag, by lower-cased name."""

    def handle_data(self, data):
        """Text between markup (character references already decoded when
        convert_charrefs is true)."""

    def handle_charref(self, name):
        """`&#NNN;` or `&#xNN;` (only when convert_charrefs is false)."""

    def handle_entityref(self, name):
        """`&name;` (only when convert_charrefs is false)."""

    def handle_comment(self, data):
        """The text of `<!--data-->`."""

    def handle_decl(self, decl):
        """A `<!DOCTYPE ...>` declaration, without the `<!` and `>`."""

    def handle_pi(self, data):
        """A processing instruction, the text between `<?` and `>`."""

    def unknown_decl(self, data):
        """A `<![...]>` section the parser does not recognise (CDATA included)."""
