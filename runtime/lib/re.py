"""Regular expressions (Ember): the public `re` module over the native engine `_ember_sre`.

Patterns are parsed, compiled and matched in Rust; this module adds the flag constants,
`re.error`, the compiled-pattern cache and the module-level convenience functions.
"""

import _ember_sre
import copyreg as _copyreg

__version__ = "2.2.1"

# The public names, in CPython's order: functions, then the types, then the flags.
__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class _FlagType(type):
    """The class of RegexFlag: lookup by name, iteration over the members, the repr."""

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        return iter([cls._members[n] for n, _bit in cls._order])

    def __len__(cls):
        return len(cls._order)

    def __getitem__(cls, name):
        return cls._members[name]

    @property
    def __members__(cls):
        return dict(cls._members)


class RegexFlag(int, metaclass=_FlagType):
    """Flags of `compile`; an int whose repr names the flags (`re.IGNORECASE|re.DOTALL`)."""

    # Definition order decides the order of names in a repr.
    _order = ()
    _names = {}

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v in RegexFlag._names:
            return RegexFlag._names[v]
        parts = [n for n, bit in RegexFlag._order if v & bit]
        return "|".join(parts) if parts else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            v &= 511
        parts = []
        for n, bit in RegexFlag._order:
            if v & bit:
                parts.append("re." + n)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

RegexFlag._order = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
RegexFlag._names = {bit: n for n, bit in RegexFlag._order}
RegexFlag._names[0] = "NOFLAG"
RegexFlag._members = {
    "NOFLAG": NOFLAG, "ASCII": A, "A": A, "IGNORECASE": I, "I": I, "LOCALE": L, "L": L,
    "UNICODE": U, "U": U, "MULTILINE": M, "M": M, "DOTALL": S, "S": S, "VERBOSE": X,
    "X": X, "TEMPLATE": T, "T": T, "DEBUG": DEBUG,
}
for _n, _v in RegexFlag._members.items():
    setattr(RegexFlag, _n, _v)
del _n, _v


class error(Exception):
    """A pattern or replacement template is not valid.

    msg: the bare message; pattern: the pattern (or template); pos: the index in it where
    the problem is (or None); lineno, colno: that position as line and column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


error.__module__ = "re"
_ember_sre.error = error

Pattern = _ember_sre.Pattern
Match = _ember_sre.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _ember_sre.compile(pattern, flags)
    if flags & DEBUG:
        return compiled  # the debug dump is wanted on every compile: not cached
    if len(_cache) >= _MAXCACHE:
        _cache.pop(next(iter(_cache), None), None)  # the oldest entry (insertion order)
    _cache[key] = compiled
    return compiled


def _reduce_pattern(p):
    # Patterns pickle as a call that compiles them again.
    return _compile, (p.pattern, p.flags)


_copyreg.pickle(Pattern, _reduce_pattern, _compile)


# The module-level functions: each compiles (through the cache) and calls the Pattern
# method of the same name.

def compile(pattern, flags=0):
    """The Pattern object for a pattern string (or a Pattern, returned as it is)."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches the whole of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """A Match for the first place in string where the pattern matches, else None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the pattern's matches (the first count, or all) replaced by repl, a
    template string or a function of the Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), with the number of replacements: (new string, count)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches (with the groups' text in between when the
    pattern has groups), at most maxsplit splits when it is not 0."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match as a string (or a tuple of groups), in a list."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for every non-overlapping match."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Empties the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile() with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


# The characters escape() puts a backslash before (str.translate's table, by code point).
_special = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with every character that is special in a regular expression escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_special)
    # bytes: the same table through Latin-1, which maps each byte to one code point.
    return pattern.decode("latin1").translate(_special).encode("latin1")


class Scanner:
    """A simple lexer: `lexicon` is a list of (pattern, action) pairs; `scan` matches
    them in turn at the current position (the first that matches wins) and collects what
    the actions return (an action is a function(scanner, text), or a value, or None to
    drop the token). Returns (results, unmatched rest of the string)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # CPython builds the scanner's pattern without the implicit UNICODE flag of str
        # patterns, so unless asked for, its classes and case folding stay ASCII.
        if not flags & (UNICODE | LOCALE) and lexicon and isinstance(lexicon[0][0], str):
            flags |= ASCII
        # One group per phrase; `_which` maps that group's number to the phrase.
        self._which = {}
        parts = []
        group = 1
        for i, (phrase, _action) in enumerate(lexicon):
            self._which[group] = i
            parts.append("(%s)" % phrase)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        found = []
        next_match = self.scanner.scanner(string).match
        pos = 0
        # Stop at the first place where nothing matches, or where a match is empty (it
        # would never advance).
        while (m := next_match()) and m.end() != pos:
            action = self.lexicon[self._which[m.lastindex]][1]
            if callable(action):
                self.match = m  # the callback may look at the whole match
                result = action(self, m.group())
            else:
                result = action
            if result is not None:
                found.append(result)
            pos = m.end()
        return found, string[pos:]
