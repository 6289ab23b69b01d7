"""gettext (Ember): message catalogs for internationalisation.

Covers the GNU gettext API (gettext, ngettext, pgettext, npgettext and their d* forms,
textdomain, bindtextdomain), the class API (NullTranslations, GNUTranslations reading .mo
files, translation, install, find) and c2py for Plural-Forms expressions.
"""

import os
import re
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
           "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
           "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# ---------------------------------------------------------------------------
# Plural-Forms: a C expression in n, turned into a Python function.

_TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<number>[0-9]+\b)
  | (?P<name>n\b)
  | (?P<paren>[()])
  | (?P<op>[-*/%+?:]|[><!]=?|==|&&|\|\|)
  | (?P<bad>\w+|.)
""", re.VERBOSE | re.DOTALL)

# Binary operators by precedence, loosest first.
_BINARY_PRECEDENCE = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
                      "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
_MAX_PAREN_DEPTH = 20


def _tokenize(plural):
    for m in _TOKEN_RE.finditer(plural):
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group(kind)
        if kind == "bad":
            raise ValueError("invalid token in plural form: %s" % value)
        yield value
    yield ""


class _PluralParser:
    """Recursive descent over the tokens; produces the text of a Python expression."""

    def __init__(self, plural):
        self.tokens = list(_tokenize(plural))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        if tok:
            self.pos += 1
        return tok

    @staticmethod
    def unexpected(tok):
        if not tok:
            return ValueError("unexpected end of plural form")
        return ValueError("unexpected token in plural form: %s" % tok)

    def ternary(self, depth):
        cond = self.binary(1, depth)
        if self.peek() != "?":
            return cond
        self.take()
        if_true = self.ternary(depth)
        tok = self.take()
        if tok != ":":
            raise self.unexpected(tok)
        if_false = self.ternary(depth)
        return "(%s if %s else %s)" % (if_true, cond, if_false)

    def binary(self, min_prec, depth):
        left = self.unary(depth)
        while True:
            op = self.peek()
            prec = _BINARY_PRECEDENCE.get(op)
            if prec is None or prec < min_prec:
                return left
            self.take()
            right = self.binary(prec + 1, depth)
            if op == "&&":
                left = "int(bool(%s) and bool(%s))" % (left, right)
            elif op == "||":
                left = "int(bool(%s) or bool(%s))" % (left, right)
            elif op in ("==", "!=", "<", ">", "<=", ">="):
                left = "int(%s %s %s)" % (left, op, right)
            elif op == "/":
                left = "(%s // %s)" % (left, right)
            else:
                left = "(%s %s %s)" % (left, op, right)

    def unary(self, depth):
        tok = self.take()
        if tok == "!":
            return "int(not %s)" % self.unary(depth)
        if tok == "(":
            depth += 1
            if depth > _MAX_PAREN_DEPTH:
                raise ValueError("plural form expression is too complex")
            inner = self.ternary(depth)
            if self.take() != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            return "(%s)" % inner
        if tok == "n":
            return "n"
        if tok.isdigit():
            return str(int(tok))
        raise self.unexpected(tok)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError("Plural value must be an integer, got %s"
                        % (n.__class__.__name__,)) from None
    import warnings
    warnings.warn("Plural value must be an integer, got %s" % (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


def c2py(plural):
    """A function of n computing the C Plural-Forms expression `plural`."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    parser = _PluralParser(plural)
    expr = parser.ternary(0)
    if parser.peek():
        raise parser.unexpected(parser.peek())
    namespace = {"_as_int": _as_int}
    exec("def func(n):\n"
         "    if not isinstance(n, int):\n"
         "        n = _as_int(n)\n"
         "    return int(%s)\n" % expr, namespace)
    return namespace["func"]


# ---------------------------------------------------------------------------
# Locating catalogs.

def _expand_lang(loc):
    """The locale name and its less specific variants, most specific first."""
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ""
    pos = loc.find("@")
    if pos >= 0:
        loc, modifier = loc[:pos], loc[pos:]
    pos = loc.find(".")
    if pos >= 0:
        loc, codeset = loc[:pos], loc[pos:]
    pos = loc.find("_")
    if pos >= 0:
        loc, territory = loc[:pos], loc[pos:]
    # Every combination of the parts present, in the order of a bit mask counted down:
    # modifier (4), territory (2), codeset (1).
    present = (4 if modifier else 0) | (2 if territory else 0) | (1 if codeset else 0)
    result = []
    for mask in range(present, -1, -1):
        if mask & ~present:
            continue
        name = loc
        if mask & 2:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 4:
            name += modifier
        result.append(name)
    return result


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for `domain` in the first matching language (all of them if `all`)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(envar)
            if val:
                languages = val.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    expanded = []
    for lang in languages:
        for variant in _expand_lang(lang):
            if variant not in expanded:
                expanded.append(variant)
    result = [] if all else None
    for lang in expanded:
        if lang == "C":
            break
        mofile = os.path.join(localedir, lang, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# ---------------------------------------------------------------------------
# Translation classes.

class NullTranslations:
    """Translations that translate nothing (but defer to a fallback if one is added)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Binds _ (and the listed translation methods) in builtins."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412DE
    BE_MAGIC = 0xDE120495
    # Messages with a context are stored under "context\x04message".
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xFFFF)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, "name", "")
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack("<I", buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack("<4I", buf[4:20])
            pair = "<II"
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack(">4I", buf[4:20])
            pair = ">II"
        else:
            raise OSError(0, "Bad magic number", filename)
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major_version), filename)
        for _ in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, "File is corrupt", filename)
            if mlen == 0:
                self._parse_header(tmsg)
            charset = self._charset or "ascii"
            if b"\x00" in msg:
                msgid1, _msgid2 = msg.split(b"\x00")
                msgid1 = str(msgid1, charset)
                for i, form in enumerate(tmsg.split(b"\x00")):
                    catalog[(msgid1, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _parse_header(self, tmsg):
        # The entry for the empty msgid holds "Key: value" lines (continuations allowed).
        lastk = None
        for b_item in tmsg.split(b"\n"):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith("#-#-#-#-#") and item.endswith("#-#-#-#-#"):
                continue
            k = v = None
            if ":" in item:
                k, v = item.split(":", 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += "\n" + item
            if k == "content-type":
                self._charset = v.split("charset=")[1]
            elif k == "plural-forms":
                parts = v.split(";")
                self.plural = c2py(parts[1].split("plural=")[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


# Parsed catalogs by (class, absolute path); translation() hands out copies.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for `domain`, chained over every matching language."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    """Installs the translations of `domain` as _ in builtins."""
    t = translation(domain, localedir, fallback=True)
    t.install(names)


# ---------------------------------------------------------------------------
# The GNU gettext API: a current domain and a folder per domain.

_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Sets the current domain when one is given; returns the current domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Sets the folder of `domain`'s catalogs when one is given; returns it."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
