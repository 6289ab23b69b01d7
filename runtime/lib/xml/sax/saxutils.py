"""Helpers for escaping text and attribute values (Ember)."""

_BASIC_OUT = (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;"))
_BASIC_IN = (("&lt;", "<"), ("&gt;", ">"))
_ATTR_EXTRA = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def _apply(text, pairs):
    for old, new in pairs:
        if old:
            text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape &, < and > in a string of data, then the keys of entities."""
    out = _apply(data, _BASIC_OUT)
    return _apply(out, entities.items()) if entities else out


def unescape(data, entities={}):
    """Unescape &amp;, &lt; and &gt; in a string of data, and the values of entities."""
    out = _apply(data, _BASIC_IN)
    if entities:
        out = _apply(out, entities.items())
    return out.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape and quote an attribute value."""
    merged = {**entities, **_ATTR_EXTRA}
    body = escape(data, merged)
    has_dq = '"' in body
    if has_dq and "'" not in body:
        return "'" + body + "'"
    if has_dq:
        body = body.replace('"', "&quot;")
    return '"' + body + '"'
