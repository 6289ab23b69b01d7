"""Unix shell-style filename matching (Ember): fnmatch, fnmatchcase, filter and translate.

translate() produces the same regular-expression text as CPython 3.11 (atomic groups for the
stars between fixed pieces) so that programs printing it see identical output.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, after os.path.normcase of both."""
    fold = os.path.normcase
    return fnmatchcase(fold(name), fold(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    """The compiled matcher for a pattern; bytes patterns go through Latin-1, which maps
    each byte to one character and back."""
    if not isinstance(pat, bytes):
        return re.compile(translate(pat)).match
    text = translate(pat.decode("ISO-8859-1"))
    return re.compile(text.encode("ISO-8859-1")).match


def filter(names, pat):
    """The names (an iterable) that match the pattern, in their order."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        # normcase is the identity on POSIX: no call per name.
        return [name for name in names if match(name)]
    fold = os.path.normcase
    return [name for name in names if match(fold(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _bracket(pat, i, n):
    """Translates the set starting after '[' at i; (regex piece or None, index after it)."""
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None, i
    body = pat[i:j]
    if "-" not in body:
        body = body.replace("\\", r"\\")
    else:
        # Split into pieces at the hyphens that make ranges, drop reversed (empty) ranges.
        pieces = []
        start = i
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            pieces.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += "-"
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = "-".join(p.replace("\\", r"\\").replace("-", r"\-") for p in pieces)
    # Characters that would start set operations in future regex versions are escaped.
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)", j + 1
    if body == "!":
        return ".", j + 1
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    return "[%s]" % body, j + 1


def translate(pat):
    """Translate a shell PATTERN to a regular expression (no escaping of specials)."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            piece, i = _bracket(pat, i, n)
            parts.append("\\[" if piece is None else piece)
        else:
            parts.append(re.escape(c))
    # Fixed text before the first star, then '.*' / atomic '(?>.*?fixed)' per star.
    out = []
    k, n = 0, len(parts)
    while k < n and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < n:
        k += 1
        if k == n:
            out.append(".*")
            break
        fixed = []
        while k < n and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = "".join(fixed)
        if k == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return r"(?s:%s)\Z" % "".join(out)
