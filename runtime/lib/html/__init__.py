"""html: escape and unescape of HTML text (named and numeric character references)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and both quotes when quote is true) by HTML-safe sequences."""
    s = s.replace("&", "&amp;")  # first, so the later replacements are not re-escaped
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s.replace("<", "&lt;").replace(">", "&gt;")


# Numeric references that HTML5 maps to another character (mostly the windows-1252 block).
_REMAPPED = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6",
    0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d",
    0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153",
    0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}


def _dropped(num):
    # Code points that a numeric reference may not produce: they vanish.
    if 0x1 <= num <= 0x8 or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f or num == 0xb:
        return True
    if 0xfdd0 <= num <= 0xfdef:
        return True
    return (num & 0xfffe) == 0xfffe


def _replace_ref(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num in _REMAPPED:
            return _REMAPPED[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        if _dropped(num):
            return ""
        return chr(num)
    if s in _html5:
        return _html5[s]
    # Longest known prefix (the legacy names need no ';'), the rest stays as text.
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return "&" + s


_REF = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Replace named and numeric character references in s by the characters they stand for."""
    if "&" not in s:
        return s
    return _REF.sub(_replace_ref, s)
