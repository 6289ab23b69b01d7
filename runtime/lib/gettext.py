"""gettext (Ember): message catalogs for internationalisation.

Covers the GNU gettext API (gettext, ngettext, pgettext, npgettext and their d* forms,
textdomain, bindtextdomain), the class API (NullTranslations, GNUTranslations reading .mo
files, translation, install, find) and c2py for Plural-Forms expressions.
"""

import os, re, sys

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
    base = _default_localedir if localedir is None else localedir
    wanted = _env_languages() if languages is None else languages
    candidates = []
    for lang in wanted:
        for variant in _expand_lang(lang):
            if variant not in candidates:
                candidates.append(variant)
    found = []
    for lang in candidates:
        if lang == "C":
            break  # the untranslated locale: nothing after it is looked at
        path = os.path.join(base, lang, "LC_MESSAGES", "%s.mo" % domain)
        if not os.path.exists(path):
            continue
        if not all:
            return path
        found.append(path)
    return found if all else None


def _env_languages():
    # The first of these variables that is set lists the languages (':'-separated);
    # the untranslated "C" locale always ends the list.
    langs = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        setting = os.environ.get(var)
        if setting:
            langs = setting.split(":")
            break
    if "C" not in langs:
        langs.append("C")
    return langs


# ---------------------------------------------------------------------------
# Translation classes.

def _by_count(msgid1, msgid2, n):
    # The untranslated choice: English-style singular for exactly one.
    return msgid1 if n == 1 else msgid2


class NullTranslations:
    """A catalog with no messages of its own; look-ups go to the fallback, if any.

    Subclasses fill themselves from `fp` by overriding _parse().
    """

    def __init__(self, fp=None):
        self._fallback = None
        self._charset = None
        self._info = {}
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Loads the catalog from fp (nothing to do here)."""

    def add_fallback(self, fallback):
        """Appends `fallback` at the end of the chain of fallbacks."""
        current = self._fallback
        if not current:
            self._fallback = fallback
        else:
            current.add_fallback(fallback)

    def gettext(self, message):
        chained = self._fallback
        return chained.gettext(message) if chained else message

    def ngettext(self, msgid1, msgid2, n):
        chained = self._fallback
        return chained.ngettext(msgid1, msgid2, n) if chained else _by_count(msgid1, msgid2, n)

    def pgettext(self, context, message):
        chained = self._fallback
        return chained.pgettext(context, message) if chained else message

    def npgettext(self, context, msgid1, msgid2, n):
        chained = self._fallback
        if chained:
            return chained.npgettext(context, msgid1, msgid2, n)
        return _by_count(msgid1, msgid2, n)

    def info(self):
        """The catalog's header fields (lower-case names)."""
        return self._info

    def charset(self):
        """The encoding named by the catalog's Content-Type, or None."""
        return self._charset

    def install(self, names=None):
        """Makes self.gettext the builtin _ (and the listed methods builtins too)."""
        import builtins
        namespace = builtins.__dict__
        namespace["_"] = self.gettext
        for name in ("gettext", "ngettext", "npgettext", "pgettext"):
            if names is not None and name in names:
                namespace[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412DE
    BE_MAGIC = 0xDE120495
    # Key of a message with a context: context and message joined by EOT.
    CONTEXT = "%s\x04%s"
    # Major revisions of the file format understood here.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """(major, minor) of a revision number."""
        return divmod(version, 1 << 16)

    def _parse(self, fp):
        from struct import unpack
        source = getattr(fp, "name", "")
        data = fp.read()
        self._catalog = messages = {}
        self.plural = lambda n: int(n != 1)
        # The header: magic, revision, count, offsets of the two index tables.
        first = unpack("<I", data[:4])[0]
        if first == self.LE_MAGIC:
            order = "<"
        elif first == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", source)
        revision, count, ids_at, strs_at = unpack(order + "4I", data[4:20])
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), source)
        entry = order + "II"
        size = len(data)
        for k in range(count):
            id_len, id_off = unpack(entry, data[ids_at + 8 * k:ids_at + 8 * k + 8])
            str_len, str_off = unpack(entry, data[strs_at + 8 * k:strs_at + 8 * k + 8])
            if id_off + id_len >= size or str_off + str_len >= size:
                raise OSError(0, "File is corrupt", source)
            msgid = data[id_off:id_off + id_len]
            msgstr = data[str_off:str_off + str_len]
            if not id_len:
                self._read_metadata(msgstr)
            # Both sides decode with the catalog's charset (ASCII until the
            # header has named one).
            encoding = self._charset or "ascii"
            if b"\x00" in msgid:
                singular, _plural = msgid.split(b"\x00")
                singular = str(singular, encoding)
                for form, text in enumerate(msgstr.split(b"\x00")):
                    messages[(singular, form)] = str(text, encoding)
            else:
                messages[str(msgid, encoding)] = str(msgstr, encoding)

    def _read_metadata(self, raw):
        # "Name: value" lines; a line without a colon continues the previous
        # field.  Content-Type gives the charset, Plural-Forms the plural rule.
        previous = None
        for chunk in raw.split(b"\n"):
            line = chunk.decode().strip()
            if not line or (line.startswith("#-#-#-#-#") and line.endswith("#-#-#-#-#")):
                continue
            if ":" not in line:
                if previous:
                    self._info[previous] += "\n" + line
                continue
            name, value = line.split(":", 1)
            name = name.strip().lower()
            value = value.strip()
            self._info[name] = value
            previous = name
            if name == "content-type":
                self._charset = value.split("charset=")[1]
            elif name == "plural-forms":
                rule = value.split(";")[1].split("plural=")[1]
                self.plural = c2py(rule)

    def gettext(self, message):
        try:
            return self._catalog[message]
        except KeyError:
            return super().gettext(message)

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        try:
            return self._catalog[self.CONTEXT % (context, message)]
        except KeyError:
            return super().pgettext(context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            return super().npgettext(context, msgid1, msgid2, n)


# Catalogs already parsed, by (class, absolute path); callers get shallow copies
# so that their fallback chains stay separate.
_translations = {}


def _load(class_, mofile):
    key = (class_, os.path.abspath(mofile))
    loaded = _translations.get(key)
    if loaded is None:
        with open(mofile, "rb") as fp:
            loaded = _translations.setdefault(key, class_(fp))
    import copy
    return copy.copy(loaded)


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog of `domain` for the first language found, the others as fallbacks."""
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if not fallback:
            from errno import ENOENT
            raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
        return NullTranslations()
    chain = [_load(class_ or GNUTranslations, path) for path in paths]
    head = chain[0]
    for extra in chain[1:]:
        head.add_fallback(extra)
    return head


def install(domain, localedir=None, *, names=None):
    """Installs `domain`'s catalog (or a NullTranslations) as the builtin _."""
    translation(domain, localedir, fallback=True).install(names)


# ---------------------------------------------------------------------------
# The GNU gettext API: a current domain and a folder per domain.

_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Sets the current domain when one is given; returns the current domain."""
    global _current_domain
    if domain is None:
        return _current_domain
    _current_domain = domain
    return domain


def bindtextdomain(domain, localedir=None):
    """Sets the folder of `domain`'s catalogs when one is given; returns it."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _catalog_of(domain):
    # The domain's catalog, or a NullTranslations when it has none.
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return NullTranslations()


def dgettext(domain, message):
    return _catalog_of(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _catalog_of(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _catalog_of(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _catalog_of(domain).npgettext(context, msgid1, msgid2, n)


# The same, in the current domain.

def gettext(message):
    return _catalog_of(_current_domain).gettext(message)


def ngettext(msgid1, msgid2, n):
    return _catalog_of(_current_domain).ngettext(msgid1, msgid2, n)


def pgettext(context, message):
    return _catalog_of(_current_domain).pgettext(context, message)


def npgettext(context, msgid1, msgid2, n):
    return _catalog_of(_current_domain).npgettext(context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
