"""Helpers for escaping text and attribute values (Ember)."""


def _replace_all(s, pairs):
    for key, value in pairs:
        if key:
            s = s.replace(key, value)
    return s


def escape(data, entities={}):
    """Escape &, < and > in a string of data, then the keys of entities."""
    data = data.replace("&", "&amp;")
    data = data.replace(">", "&gt;")
    data = data.replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities.items())
    return data


def unescape(data, entities={}):
    """Unescape &amp;, &lt; and &gt; in a string of data, and the values of entities."""
    data = data.replace("&lt;", "<")
    data = data.replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape and quote an attribute value."""
    table = dict(entities)
    table["\n"] = "&#10;"
    table["\r"] = "&#13;"
    table["\t"] = "&#9;"
    data = escape(data, table)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data
