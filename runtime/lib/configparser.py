"""configparser (Ember): reading and writing INI-style configuration files.

Sections of `key = value` options, a DEFAULT section whose options every section sees,
value interpolation (%(name)s or ${section:name}), typed getters and a mapping view.
"""

import functools as _functools
import re as _re
from collections.abc import MutableMapping as _MutableMapping

__all__ = [
    # exceptions
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
    # parsers, interpolations and views
    "ConfigParser", "SafeConfigParser", "RawConfigParser", "Interpolation",
    "BasicInterpolation", "ExtendedInterpolation", "LegacyInterpolation",
    "SectionProxy", "ConverterMapping",
    # constants
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Tells "no argument given" apart from an explicit None.
_UNSET = object()


def _deprecated(text):
    import warnings
    # Two frames up: the caller of the deprecated function or constructor.
    warnings.warn(text, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Exceptions.  The message is built once and kept in .message, which is what
# both str() and repr() show.

class Error(Exception):
    """Root of this module's exceptions."""

    def __init__(self, msg=""):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _while_reading(source, lineno, kind):
    # The "where did this come from" prefix of the duplicate errors.
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": " + kind + " "


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        super().__init__("No section: %r" % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section name seen twice (in one source, when strict) or added twice."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            head = "Section "
        else:
            head = _while_reading(source, lineno, "section")
        super().__init__(head + repr(section) + " already exists")
        self.args = (section, source, lineno)
        self.section, self.source, self.lineno = self.args


class DuplicateOptionError(Error):
    """An option seen twice in one section of one source (strict parsers only)."""

    def __init__(self, section, option, source=None, lineno=None):
        if source is None:
            head = "Option "
        else:
            head = _while_reading(source, lineno, "option")
        super().__init__("%s%r in section %r already exists" % (head, option, section))
        self.args = (section, option, source, lineno)
        self.section, self.option, self.source, self.lineno = self.args


class NoOptionError(Error):
    """The section has no such option (and DEFAULT has none either)."""

    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self.args = (option, section)
        self.option, self.section = self.args


class InterpolationError(Error):
    """Something went wrong while expanding references in a value."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.args = (option, section, msg)
        self.option, self.section = option, section


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains an "
                "interpolation key {!r} which is not a valid option name. Raw value: {!r}"
                .format(option, section, reference, rawval))
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value whose reference markup is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nested deeper than MAX_INTERPOLATION_DEPTH (usually a cycle)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
                "contains an interpolation key which cannot be substituted in {} steps. "
                "Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source that could not be understood; append() collects them."""

    def __init__(self, source=None, filename=None):
        # `filename` is the old spelling of `source`; exactly one may be given.
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (source or filename):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        super().__init__("Source contains parsing errors: %r" % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        _deprecated("The 'filename' attribute will be removed in Python 3.12. "
                    "Use 'source' instead.")
        return self.source

    @filename.setter
    def filename(self, value):
        _deprecated("The 'filename' attribute will be removed in Python 3.12. "
                    "Use 'source' instead.")
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        self.args = (filename, lineno, line)
        self.source, self.lineno, self.line = self.args


# ---------------------------------------------------------------------------
# Interpolation: hooks the parser calls around every value it stores or hands out.

class Interpolation:
    """The identity hooks: values are stored and returned as they are."""

    def before_get(self, parser, section, option, value, defaults):
        """Turns a stored value into the one get() returns."""
        return value

    def before_set(self, parser, section, option, value):
        """Checks (or transforms) a value given to set()."""
        return value

    def before_read(self, parser, section, option, value):
        """Transforms a value just parsed from a source."""
        return value

    def before_write(self, parser, section, option, value):
        """Transforms a value on its way out through write()."""
        return value


class _MarkupInterpolation(Interpolation):
    # Shared engine of the two reference syntaxes: a sigil, doubled for a literal
    # sigil, or followed by an opener that starts a reference matched by _KEYCRE.
    _sigil = ""
    _opener = ""
    _stray = ""       # message for a sigil followed by anything else
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, section, option, value, defaults, pieces, 1)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        # Whatever is left after removing escapes and well-formed references
        # must not contain the sigil.
        leftover = self._KEYCRE.sub("", value.replace(self._sigil * 2, ""))
        where = leftover.find(self._sigil)
        if where >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, where))
        return value

    def _expand(self, parser, section, option, text, mapping, pieces, depth):
        # The error messages quote the option's raw value, whatever the nesting.
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        if not text:
            return      # None (allow_no_value) comes out as ''
        sigil = self._sigil
        pos = 0
        size = len(text)
        while pos < size:
            hit = text.find(sigil, pos)
            if hit < 0:
                pieces.append(text[pos:])
                return
            if hit > pos:
                pieces.append(text[pos:hit])
            follower = text[hit + 1:hit + 2]
            if follower == sigil:
                pieces.append(sigil)
                pos = hit + 2
                continue
            if follower != self._opener:
                raise InterpolationSyntaxError(option, section, self._stray % (text[hit:],))
            ref = self._KEYCRE.match(text, hit)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % text[hit:])
            pos = ref.end()
            self._substitute(parser, section, option, raw, ref.group(1), text[pos:],
                             mapping, pieces, depth)

    def _substitute(self, parser, section, option, raw, name, after, mapping, pieces, depth):
        raise NotImplementedError


class BasicInterpolation(_MarkupInterpolation):
    """%(name)s is the value of option `name` (same section or DEFAULT); %% is a '%'."""

    _sigil = "%"
    _opener = "("
    _stray = "'%%' must be followed by '%%' or '(', found: %r"
    _KEYCRE = _re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, section, option, raw, name, after, mapping, pieces, depth):
        key = parser.optionxform(name)
        try:
            found = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if "%" in found:
            self._expand(parser, section, option, found, mapping, pieces, depth + 1)
        else:
            pieces.append(found)


class ExtendedInterpolation(_MarkupInterpolation):
    """${name} or ${section:name} is another option's value; $$ is a '$'."""

    _sigil = "$"
    _opener = "{"
    _stray = "'$' must be followed by '$' or '{', found: %r"
    _KEYCRE = _re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, section, option, raw, name, after, mapping, pieces, depth):
        path = name.split(":")
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (after,))
        try:
            if len(path) == 1:
                where, key = section, parser.optionxform(path[0])
                found = mapping[key]
            else:
                where, key = path[0], parser.optionxform(path[1])
                found = parser.get(where, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ":".join(path)) from None
        if "$" in found:
            # Nested references resolve relative to the option that holds them.
            scope = dict(parser.items(where, raw=True))
            self._expand(parser, where, key, found, scope, pieces, depth + 1)
        else:
            pieces.append(found)


class LegacyInterpolation(Interpolation):
    """The pre-3.2 scheme: repeated %-formatting of the value with the section's options."""

    _KEYCRE = _re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                    "removed from the configparser module in Python 3.13. Use "
                    "BasicInterpolation or ExtendedInterpolation instead.")

    def before_get(self, parser, section, option, value, vars):
        raw = value

        def normalise(match):
            # Reference names go through optionxform; everything else stays.
            name = match.group(1)
            if name is None:
                return match.group()
            return "%%(%s)s" % parser.optionxform(name)

        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                return value
            value = self._KEYCRE.sub(normalise, value)
            try:
                value = value % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(option, section, raw, exc.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value

    def before_set(self, parser, section, option, value):
        return value


# ---------------------------------------------------------------------------
# The parsers.

def _option_regex(delimiters, allow_no_value):
    # option, then a delimiter (the earliest one wins), then the value; with
    # allow_no_value the delimiter and value may be missing altogether.
    alternatives = "|".join(_re.escape(d) for d in delimiters)
    tail = r"\s*(?P<vi>%s)\s*(?P<value>.*)" % alternatives
    if allow_no_value:
        return _re.compile(r"(?P<option>.*?)(?:%s)?$" % tail)
    return _re.compile(r"(?P<option>.*?)%s$" % tail)


def _text_lines(text):
    # Lines of a string, split at '\n' only (as a StringIO would).
    parts = text.split("\n")
    last = parts.pop()
    for part in parts:
        yield part + "\n"
    if last:
        yield last


class RawConfigParser(_MutableMapping):
    """A configuration parser that leaves values uninterpolated by default."""

    _DEFAULT_INTERPOLATION = Interpolation()
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}
    # Overridable: a section header (stripped line) and option lines.
    SECTCRE = _re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_regex(("=", ":"), False)
    OPTCRE_NV = _option_regex(("=", ":"), True)
    NONSPACECRE = _re.compile(r"\S")

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        # The converter table comes first: every proxy copies its getters.
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _option_regex(self._delimiters, allow_no_value)
        self._comment_prefixes, self._inline_comment_prefixes = (
            tuple(comment_prefixes or ()), tuple(inline_comment_prefixes or ()))
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = self._pick_interpolation(interpolation)
        self._converters.update({} if converters is _UNSET else converters)
        if defaults:
            self._read_defaults(defaults)

    def _pick_interpolation(self, chosen):
        if chosen is _UNSET:
            return self._DEFAULT_INTERPOLATION
        if chosen is None:
            return Interpolation()
        if isinstance(chosen, Interpolation):
            return chosen
        raise TypeError("interpolation= must be None or an instance of Interpolation;"
                        " got an object of type %s" % (type(chosen),))

    # -- sections and options ------------------------------------------------

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections)

    def add_section(self, section):
        """Creates an empty section; DEFAULT and existing names are refused."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        # An empty option table, and the view that parser[section] hands out.
        table, view = self._dict(), SectionProxy(self, section)
        self._sections[section], self._proxies[section] = table, view

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The option names of a section, those inherited from DEFAULT included."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = self._sections[section].copy()
        names.update(self._defaults)
        return list(names)

    def _section_dict(self, section):
        # Where set() and remove_option() act: DEFAULT for a false or default name.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def has_option(self, section, option):
        """Whether the section (or, for a false/default name, DEFAULT) has the option."""
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        if section not in self._sections:
            return False
        return key in self._sections[section] or key in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; returns whether it was there."""
        options = self._section_dict(section)
        key = self.optionxform(option)
        if key not in options:
            return False
        del options[key]
        return True

    def remove_section(self, section):
        """Removes a section; returns whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    def defaults(self):
        return self._defaults

    @property
    def converters(self):
        return self._converters

    # -- reading -------------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Parses each readable file among `filenames`; returns those it read."""
        import os
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Parses the lines of an iterable; `source` (else f.name) names it in errors."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        self.read_file(_text_lines(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Loads {section: {option: value}}; keys and values are converted to str."""
        seen = set()
        for given_name, options in dictionary.items():
            section = str(given_name)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # An existing section (or DEFAULT) is merged into; strict mode only
                # refuses a name this same dictionary gives twice.
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        _deprecated("This method will be removed in Python 3.12. "
                    "Use 'parser.read_file()' instead.")
        self.read_file(fp, source=filename)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _comment_start(self, line):
        # Index where a comment begins, or None.  Inline prefixes count only at
        # the start or after whitespace; all prefixes are scanned occurrence by
        # occurrence together, and the first round that finds a valid one decides.
        for prefix in self._comment_prefixes:
            if line.strip().startswith(prefix):
                return 0
        cursors = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while cursors:
            found = None
            advanced = {}
            for prefix, after in cursors.items():
                at = line.find(prefix, after + 1)
                if at < 0:
                    continue
                advanced[prefix] = at
                if (at == 0 or line[at - 1].isspace()) and (found is None or at < found):
                    found = at
            if found is not None:
                return found
            cursors = advanced
        return None

    def _read(self, fp, fpname):
        """Parses the lines of fp into the sections, raising collected errors at the end."""
        failure = None
        seen = set()
        section = None          # the dict being filled
        secname = None
        key = None              # the option that continuation lines extend
        indent = 0
        lineno = 0
        for lineno, line in enumerate(fp, start=1):
            cut = self._comment_start(line)
            content = (line if cut is None else line[:cut]).strip()
            if not content:
                if not self._empty_lines_in_values:
                    indent = float("inf")     # a blank line ends every value
                elif cut is None and section is not None and key and section[key] is not None:
                    section[key].append("")
                continue
            first = self.NONSPACECRE.search(line)
            depth = first.start() if first else 0
            if section is not None and key and depth > indent:
                section[key].append(content)
                continue
            indent = depth
            header = self.SECTCRE.match(content)
            if header:
                secname = header.group("header")
                section = self._enter_section(secname, seen, fpname, lineno)
                key = None
                continue
            if section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            parts = self._optcre.match(content)
            if parts is None:
                failure = self._note_bad_line(failure, fpname, lineno, line)
                continue
            name, value = parts.group("option", "value")
            if not name:
                failure = self._note_bad_line(failure, fpname, lineno, line)
            key = self.optionxform(name.rstrip())
            if self._strict and (secname, key) in seen:
                raise DuplicateOptionError(secname, key, fpname, lineno)
            seen.add((secname, key))
            section[key] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if failure:
            raise failure

    def _enter_section(self, name, seen, fpname, lineno):
        if name in self._sections:
            if self._strict and name in seen:
                raise DuplicateSectionError(name, fpname, lineno)
            seen.add(name)
            return self._sections[name]
        if name == self.default_section:
            return self._defaults
        options = self._dict()
        self._sections[name] = options
        self._proxies[name] = SectionProxy(self, name)
        seen.add(name)
        return options

    @staticmethod
    def _note_bad_line(failure, fpname, lineno, line):
        if not failure:
            failure = ParsingError(fpname)
        failure.append(lineno, repr(line))
        return failure

    def _join_multiline_values(self):
        # Values are gathered as lists of lines while reading.
        every = [(self.default_section, self._defaults)]
        every.extend(self._sections.items())
        for name, options in every:
            for key, value in options.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[key] = self._interpolation.before_read(self, name, key, value)

    # -- getting values ------------------------------------------------------

    def _lookup_map(self, section, vars):
        # The options visible from `section`: DEFAULT, then the section, then vars.
        merged = dict(self._defaults)
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        if vars:
            for name, value in vars.items():
                merged[self.optionxform(name)] = None if value is None else str(value)
        return merged

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, interpolated unless raw; `fallback` replaces a missing one."""
        try:
            visible = self._lookup_map(section, vars)
        except NoSectionError:
            if fallback is not _UNSET:
                return fallback
            raise
        option = self.optionxform(option)
        if option not in visible:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = visible[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, visible)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw,
                              vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError("Not a boolean: %s" % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, proxy) pairs; with one, its (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        table = self._defaults.copy()
        if section in self._sections:
            table.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(table)
        if vars:
            for name, value in vars.items():
                table[self.optionxform(name)] = value
        if raw:
            return [(name, table[name]) for name in names]
        # Unlike get(), None values also go through before_get here.
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, table[name], table)) for name in names]

    def popitem(self):
        """Removes and returns the first section (never DEFAULT)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- writing ---------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Writes DEFAULT (when not empty) and every section to the text stream fp."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = ["[%s]\n" % (section_name,)]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                lines.append("%s\n" % (key,))
            else:
                # Continuation lines are indented so that reading them back works.
                lines.append("%s%s%s\n" % (key, delimiter, str(value).replace("\n", "\n\t")))
        lines.append("\n")
        for text in lines:
            fp.write(text)

    # -- the mapping protocol: section name -> SectionProxy ------------------

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Replaces the section's content; assigning a section to itself is a no-op.
        if key in self and self[key] is value:
            return
        old = self._defaults if key == self.default_section else self._sections.get(key)
        if old is not None:
            old.clear()
        self.read_dict({key: value})

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    def _validate_value_types(self, *, section="", option="", value=""):
        """Refuses non-string names, and non-string values (None allowed with allow_no_value)."""
        for what, name in (("section names", section), ("option keys", option)):
            if not isinstance(name, str):
                raise TypeError("%s must be strings" % what)
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")


class ConfigParser(RawConfigParser):
    """The usual parser: %(name)s interpolation and string-only values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def set(self, section, option, value=None):
        self._validate_value_types(value=value, option=option)
        super().set(section, option, value)

    def _read_defaults(self, defaults):
        # Constructor defaults are taken verbatim, without before_set checks.
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """The pre-3.2 name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated("The SafeConfigParser class has been renamed to ConfigParser in "
                    "Python 3.2. This alias will be removed in Python 3.12. Use "
                    "ConfigParser directly instead.")


class SectionProxy(_MutableMapping):
    """One section seen as a mapping of option names to (interpolated) values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        # get<conv> for every converter of the parser, bound to this section.
        for conv in parser.converters:
            attr = "get" + conv
            setattr(self, attr, _functools.partial(self.get, _impl=getattr(parser, attr)))

    def __repr__(self):
        return "<Section: %s>" % (self._name,)

    def __getitem__(self, key):
        parser = self._parser
        if parser.has_option(self._name, key):
            return parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not parser.has_option(self._name, key) or not parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def _keys(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    # What the proxy stands for, read-only.
    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Like the parser's get() for this section, but with fallback=None by default."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(_MutableMapping):
    """Converters by name; adding `name` gives the parser and proxies a get<name>().

    The parser's own get* methods appear with the value None.
    """

    GETTERCRE = _re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group("name")] = None

    # Read access is the plain table of names -> converters (None for the built-in
    # getters found on the parser class).
    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __setitem__(self, key, value):
        try:
            attr = "get" + key
        except TypeError:
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key))) from None
        if attr == "get":
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        method = _functools.partial(self._parser._get_conv, conv=value)
        method.converter = value
        setattr(self._parser, attr, method)
        for proxy in self._parser.values():
            setattr(proxy, attr, _functools.partial(proxy.get, _impl=method))

    def __delitem__(self, key):
        try:
            attr = "get" + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for owner in [self._parser, *self._parser.values()]:
            if attr in vars(owner):
                delattr(owner, attr)
