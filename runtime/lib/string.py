"""String constants, capwords, Template and Formatter (Ember).

Written from the documented behaviour of CPython 3.11's string module. Template placeholders
are found by a small scanner (the default pattern), so that the module needs no `re`; a
subclass that sets its own pattern, idpattern, braceidpattern or flags gets a compiled
pattern and is scanned by it, and `Template.pattern`/`flags` are made on first use.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

# The character classes, as CPython defines them (printable is their union, in this order).
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\v\f'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s with each sep-separated word capitalized (runs of whitespace become one space
    when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainedMapping:
    """Keyword arguments first, then the mapping (for substitute(mapping, **kws))."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback

    def __getitem__(self, key):
        try:
            return self.primary[key]
        except KeyError:
            return self.fallback[key]


class _ReClassAttr:
    """A class attribute that needs `re`: computed on first use and stored on the class."""

    def __init__(self, make):
        self.make = make

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)
        value = self.make(owner)
        setattr(owner, self.name, value)
        return value


def _template_flags(cls):
    import re
    return re.IGNORECASE


def _template_pattern(cls):
    """The compiled placeholder pattern of a Template class (its own, or one built from
    its delimiter, idpattern and braceidpattern)."""
    import re
    if 'pattern' in cls.__dict__ and isinstance(cls.__dict__['pattern'], str):
        source = cls.__dict__['pattern']
    else:
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        # Verbose: a doubled delimiter, a name, a braced name, or anything else (invalid).
        source = ("\n    %s(?:\n      (?P<escaped>%s)\n    | (?P<named>%s)\n"
                  "    | {(?P<braced>%s)}\n    | (?P<invalid>)\n    )\n"
                  % (delim, delim, ident, braced))
    return re.compile(source, cls.flags | re.VERBOSE)


# Template._placeholders: (template, delimiter) -> the scanner's placeholders.
_scanned = {}


class Template:
    """A string with $name / ${name} placeholders, filled by substitute() and
    safe_substitute()."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _ReClassAttr(_template_flags)
    pattern = _ReClassAttr(_template_pattern)
    # Whether placeholders are found by the compiled pattern instead of the scanner.
    _use_re = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        d = cls.__dict__
        if any(k in d for k in ('pattern', 'idpattern', 'braceidpattern', 'flags')):
            cls.pattern = _template_pattern(cls)
            cls._use_re = True

    def __init__(self, template):
        self.template = template

    def _matches(self):
        """(start, end, kind, name) for each match of the compiled pattern, as _scan."""
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                yield mo.start(), mo.end(), 'named', named
            elif mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif mo.group('invalid') is not None:
                yield mo.start('invalid'), mo.end(), 'invalid', mo.start()
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped',
        'named', 'braced' or 'invalid' (then start is where the bad text begins)."""
        t = self.template
        delim = type(self).delimiter  # the class's, as its compiled pattern in CPython
        dl = len(delim)
        n = len(t)
        pos = 0
        while True:
            i = t.find(delim, pos)
            if i < 0 or dl == 0:
                return
            after = i + dl
            if t.startswith(delim, after):
                yield i, after + dl, 'escaped', None
                pos = after + dl
                continue
            if after < n and t[after] in _ID_START:
                j = after + 1
                while j < n and t[j] in _ID_CHARS:
                    j += 1
                yield i, j, 'named', t[after:j]
                pos = j
                continue
            if after < n and t[after] == '{':
                k = after + 1
                if k < n and t[k] in _ID_START:
                    j = k + 1
                    while j < n and t[j] in _ID_CHARS:
                        j += 1
                    if j < n and t[j] == '}':
                        yield i, j + 1, 'braced', t[k:j]
                        pos = j + 1
                        continue
            yield i, after, 'invalid', None
            pos = after

    def _placeholders(self):
        """What _matches or _scan yields, as a list; the scanner's lists are kept per
        (template, delimiter), so a Template used again skips the scan."""
        if self._use_re:
            return self._matches()
        t = self.template
        if type(t) is not str:
            return self._scan()
        key = (t, type(self).delimiter)
        found = _scanned.get(key)
        if found is None:
            if len(_scanned) >= 256:
                _scanned.clear()
            found = _scanned[key] = list(self._scan())
        return found

    def _invalid(self, i):
        # Line and column (1-based) of the bad placeholder at offset i.
        lines = self.template[:i].splitlines(keepends=True)
        lineno = max(len(lines), 1)
        colno = i - len(''.join(lines[:-1])) if lines else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                self._invalid(start if self._use_re else end)
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(str(mapping[name]))
            last = end
        out.append(t[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid' and self._use_re:
                # The whole match is kept (it starts at the delimiter).
                start = name
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(t[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
            last = end
        out.append(t[last:])
        return ''.join(out)

    def is_valid(self):
        for _, _, kind, _ in (self._matches() if self._use_re else self._scan()):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        # Invalid placeholders are skipped, as with CPython's default pattern.
        ids = []
        for _, end, kind, name in (self._matches() if self._use_re else self._scan()):
            if kind == 'invalid':
                continue
            if name is not None and name not in ids:
                ids.append(name)
        return ids


_CONVERSIONS = {'s': str, 'r': repr, 'a': ascii}
_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                    'numbering')


def _number_field(name, auto):
    """(field name, next auto state) for one field: '' takes the next automatic number."""
    if name == '':
        if auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(auto), auto + 1
    if name.isdigit():
        if auto:
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, auto


class Formatter:
    """str.format as overridable steps: parse, get_field, get_value, convert_field and
    format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once a field has been
        # numbered by hand (the two styles cannot mix). recursion_depth: how many more
        # levels of fields nested in format specs are allowed.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            name, auto_arg_index = _number_field(name, auto_arg_index)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # The spec may hold fields of its own ('{0:{1}}'), one level deeper.
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """A hook: subclasses may reject unused arguments; the default accepts them."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # Without a '!x' conversion the value goes on unchanged.
        if conversion is not None:
            convert = _CONVERSIONS.get(conversion) if isinstance(conversion, str) else None
            if convert is None:
                raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
            value = convert(value)
        return value

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples, with the
        errors of str.format's own parser, as it goes."""
        text = format_string
        end = len(text)
        pos = 0
        while pos < end:
            # Literal text runs to the next brace; a doubled brace ends the chunk,
            # keeping one brace.
            stop = pos
            while stop < end and text[stop] not in '{}':
                stop += 1
            if stop == end:
                yield text[pos:], None, None, None
                return
            brace = text[stop]
            if stop + 1 < end and text[stop + 1] == brace:
                yield text[pos:stop + 1], None, None, None
                pos = stop + 2
                continue
            if brace == '}' or stop + 1 == end:
                raise ValueError("Single '%s' encountered in format string" % brace)
            name, spec, conversion, after = _parse_field(text, stop + 1)
            yield text[pos:stop], name, spec, conversion
            pos = after

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:  # '.name' and '[key]' steps, left to right
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_field(text, pos):
    """The field whose '{' is just before pos: (name, spec, conversion, index after its
    closing '}'). The name ends at '}', ':' or '!' outside brackets; a conversion is one
    character; the spec runs to the '}' that balances the field's '{'."""
    end = len(text)
    start = pos
    stopped_by = None
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '[':
            close = text.find(']', pos)
            pos = end if close < 0 else close
        elif ch == '{':
            raise ValueError("unexpected '{' in field name")
        elif ch in '}:!':
            stopped_by = ch
            break
    if stopped_by is None:
        raise ValueError("expected '}' before end of string")
    name = text[start:pos - 1]
    if stopped_by == '}':
        return name, '', None, pos
    conversion = None
    if stopped_by == '!':
        if pos == end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            follower = text[pos]
            pos += 1
            if follower == '}':
                return name, '', conversion, pos
            if follower != ':':
                raise ValueError("expected ':' after conversion specifier")
    depth = 1
    spec_start = pos
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if not depth:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _split_field(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a leading number becomes an int."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
