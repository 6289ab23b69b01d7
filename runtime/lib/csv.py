"""CSV reading and writing (Ember): reader, writer, dialects and the Dict* helpers, in Python.

The parser and the writer follow the state machine of CPython's `_csv` C module so that
results and error messages match CPython 3.11; `Sniffer` is not provided.
"""

import io as _io

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
    "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer",
    "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
    "__version__", "DictReader", "DictWriter", "unix_dialect", "Sniffer",
]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}



def _without_eol(line):
    # A physical line without its \r\n, \n or \r ending.
    if line.endswith("\n"):
        return line[:-2] if line.endswith("\r\n") else line[:-1]
    if line.endswith("\r"):
        return line[:-1]
    return line

class Error(Exception):
    pass


Error.__module__ = "_csv"

_NOTGIVEN = object()
_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")


def _tname(v):
    return type(v).__name__


def _char(name, value, default, allow_none):
    # Mirrors _set_char / _set_char_or_none of the C module (their messages included).
    if value is _NOTGIVEN:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, _tname(value)))
        raise TypeError('"%s" must be string, not %s' % (name, _tname(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """The validated, read-only dialect object that readers and writers carry (_csv.Dialect)."""

    # One slot per attribute: readers and writers look them up for every field.
    __slots__ = _ATTRS

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        # Only an explicit quoting= keeps quotechar=None from meaning QUOTE_NONE.
        explicit_quoting = "quoting" in kwargs
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            for k in _ATTRS:
                if k not in kwargs and hasattr(dialect, k):
                    kwargs[k] = getattr(dialect, k)
        g = lambda k: kwargs.get(k, _NOTGIVEN)
        d = {}
        d["delimiter"] = _char("delimiter", g("delimiter"), ",", False)
        d["doublequote"] = bool(kwargs["doublequote"]) if "doublequote" in kwargs else True
        d["escapechar"] = _char("escapechar", g("escapechar"), None, True)
        lt = g("lineterminator")
        if lt is _NOTGIVEN:
            lt = "\r\n"
        elif not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        d["lineterminator"] = lt
        d["quotechar"] = _char("quotechar", g("quotechar"), '"', True)
        q = g("quoting")
        if q is _NOTGIVEN:
            q = QUOTE_MINIMAL
        elif not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        d["skipinitialspace"] = bool(kwargs["skipinitialspace"]) if "skipinitialspace" in kwargs else False
        d["strict"] = bool(kwargs["strict"]) if "strict" in kwargs else False
        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if g("quotechar") is None and not explicit_quoting:
            q = QUOTE_NONE
        d["quoting"] = int(q)
        if q != QUOTE_NONE and d["quotechar"] is None:
            raise TypeError("quotechar must be set if quoting enabled")
        for k, v in d.items():
            object.__setattr__(self, k, v)

    def __getattr__(self, name):
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""

    _name = ""
    _valid = False
    # Every formatting parameter starts unset; a subclass sets what it needs.
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def _validate(self):
        # The dialect checks report TypeError; the csv API reports them as csv.Error.
        try:
            _Dialect(self)  # built for its checks only
        except TypeError as problem:
            raise Error(str(problem))

    def __init__(self):
        if type(self) != Dialect:
            self._valid = True  # only subclasses describe a usable dialect
        self._validate()


class excel(Dialect):
    """Comma-separated values as Excel writes them."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Tab-separated values as Excel writes them."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Comma-separated values with every field quoted and newline line ends."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states, as in the C module.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class Reader:
    """CSV reader: iterates over lines of its input and yields lists of fields."""

    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0
        d = self.dialect
        # What __next__ needs to split a plain one-line record at once.
        self._plain = None
        if d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace:
            self._plain = (d.delimiter, None if d.quoting == QUOTE_NONE else d.quotechar,
                           d.escapechar, d.doublequote)

    def __iter__(self):
        return self

    def _save(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if st == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_FIELD
            return
        if st == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            st = _IN_FIELD
        if st == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
            return
        if st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if st == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_QUOTED_FIELD
            return
        if st == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if st == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def _fast_fields(self, line):
        """The fields of a whole record on one `line` in the common cases (no escapes, no
        number conversion, quoted fields closed on the line), split at once; None sends
        `line` through the character-by-character state machine, which gives the same
        result slowly."""
        d = self.dialect
        if d.quoting == QUOTE_NONNUMERIC or (d.skipinitialspace and d.delimiter == " "):
            return None
        if line.endswith("\r\n"):
            body = line[:-2]
        elif line.endswith(("\n", "\r")):
            body = line[:-1]
        else:
            body = line
        if "\n" in body or "\r" in body:
            return None
        if d.escapechar is not None and d.escapechar in body:
            return None
        if d.quoting != QUOTE_NONE and d.quotechar is not None and d.quotechar in body:
            if not d.doublequote or d.skipinitialspace:
                return None
            fields = []
            return fields if self._split_line(body, fields, 0) is fields else None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(" ") for f in fields]
        if max(map(len, fields)) > _field_limit:
            return None
        return fields

    def _split_line(self, body, fields, pos):
        """Adds to `fields` those of the record `body` from `pos` on, when its quoted
        fields are well formed (closed, then a delimiter or the end) and its other fields
        hold no quote: `fields`; where a quoted field is not closed by the end, the
        position of its opening quote; None for anything else. Double quotes only."""
        d = self.dialect
        q = d.quotechar
        delim = d.delimiter
        pair = q + q
        n = len(body)
        while True:
            k = body.find(q, pos)
            if k < 0:
                fields += body[pos:].split(delim)
                return fields
            if k > pos:
                # A quote may only open a field.
                if body[k - 1] != delim:
                    return None
                fields += body[pos:k - 1].split(delim)
            start = k + 1
            end = body.find(q, start)
            while end >= 0 and body.startswith(q, end + 1):
                end = body.find(q, end + 2)
            if end < 0:
                return k
            field = body[start:end]
            fields.append(field.replace(pair, q) if q in field else field)
            pos = end + 1
            if pos == n:
                return fields
            if body[pos] != delim:
                return None
            pos += 1

    def _gather(self, line, fields, pos):
        """Reads on a record whose quoted field opened at `pos` of `line` goes on over the
        next lines (in the state machine, line ends in a quoted field are kept in it):
        (fields, lines read, False), or (None, lines read, whether the input ended) for
        the character-by-character state machine to read them again."""
        lines = [line]
        if pos is None:
            return None, lines, False
        esc = self.dialect.escapechar
        record = line
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                return None, lines, True
            lines.append(line)
            if not isinstance(line, str):
                return None, lines, False
            body = _without_eol(line)
            if "\n" in body or "\r" in body or (esc is not None and esc in body):
                return None, lines, False
            record += line
            if len(record) > _field_limit:
                return None, lines, False
            pos = self._split_line(_without_eol(record), fields, pos)
            if pos is fields:
                return fields, lines, False
            if pos is None:
                return None, lines, False

    def __next__(self):
        line = next(self._it)
        if not isinstance(line, str):
            raise Error("iterator should return strings, not %s "
                        "(the file should be opened in text mode)" % _tname(line))
        self.line_num += 1
        plain = self._plain
        fields = pos = None
        if plain is not None:
            if line.endswith("\n"):
                body = line[:-2] if line.endswith("\r\n") else line[:-1]
            elif line.endswith("\r"):
                body = line[:-1]
            else:
                body = line
            delim, quote, esc, dq = plain
            if "\n" not in body and "\r" not in body and (esc is None or esc not in body) \
                    and len(body) <= _field_limit:
                if quote is None or quote not in body:
                    return body.split(delim) if body else []
                if dq:
                    fields = []
                    pos = self._split_line(body, fields, 0)
                    if pos is fields:
                        return fields
        else:
            fast = self._fast_fields(line)
            if fast is not None:
                return fast
        fields, lines, ended = self._gather(line, fields, pos)
        self.line_num += len(lines) - 1
        if fields is not None:
            return fields
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        for i, line in enumerate(lines):
            if i and not isinstance(line, str):
                self.line_num -= 1
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % _tname(line))
            for c in line:
                self._process(c)
            self._process(_EOL)
        while self._state != _START_RECORD:
            try:
                if ended:
                    raise StopIteration
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % _tname(line))
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **kwargs):
    return Reader(csvfile, dialect, kwargs)


def _is_number(v):
    # PyNumber_Check: objects offering __index__, __int__, __float__ or complex numbers.
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class Writer:
    """CSV writer: formats rows of values and passes each line to the file's write()."""

    def __init__(self, fileobj, dialect, kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, kwargs)
        d = self.dialect
        self._special = tuple(c for c in (d.delimiter, d.quotechar, d.escapechar)
                              if c is not None) + tuple(d.lineterminator)
        self._doubling = (d.quoting != QUOTE_NONE and d.doublequote
                          and d.escapechar is None)

    def _escape(self, field, quoted):
        """`field` with its quote and escape characters doubled or escaped, and whether it
        must be quoted."""
        d = self.dialect
        out = []
        for c in field:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        return "".join(out), quoted

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % _tname(row)) from None
        quoting = d.quoting
        quote = d.quotechar
        special = self._special
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if type(field) is str:
                text = field
            elif field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            # Most fields hold none of the characters that need quoting or escaping:
            # those are copied whole instead of character by character.
            for c in special:
                if c in text:
                    if self._doubling:
                        # What _escape does then: quote, doubling the quote characters.
                        text = text.replace(quote, quote + quote)
                        quoted = True
                    else:
                        text, quoted = self._escape(text, quoted)
                    break
            parts.append(quote + text + quote if quoted else text)
        # A record of one empty field would read back as no fields: quote it.
        if len(parts) == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = quote * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **kwargs):
    return Writer(csvfile, dialect, kwargs)


class DictReader:
    """Reads rows as dicts keyed by the field names (given, or taken from the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self._fieldnames = fieldnames  # None: read from the first row when first needed
        self.line_num = 0

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header row comes first
        row = next(self.reader)
        self.line_num = self.reader.line_num  # as of the first row read, blank or not
        while not row:  # blank lines give [] and are skipped
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            record[self.restkey] = row[len(names):]
        else:
            record.update((name, self.restval) for name in names[len(row):])
        return record

    # The header row is read on first use (None when the file is empty); reading
    # it counts as reading, so line_num follows the reader.
    @property
    def fieldnames(self):
        names = self._fieldnames
        if names is None:
            names = self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return names

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __iter__(self):
        return self


class DictWriter:
    """Writes dicts as rows, in the order of the given field names."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames, self.restval, self.extrasaction = fieldnames, restval, extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(d) for d in rowdicts)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- Sniffer ----
# Guesses a dialect from a sample with CPython's heuristics: first from quoted fields (the
# character around them), else from characters whose count per line is most consistent.

# Quoted-field shapes tried in turn: delimiter before and after, at a line start, at a line
# end, alone on a line.
_QUOTED_SHAPES = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


def _skips_space(line, delim):
    """Whether every delimiter in line is followed by a space."""
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Deduces the format of a CSV file from a sample of it."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        # The class is named 'dialect', as CPython's sniffer names it.
        return type(Dialect)("dialect", (Dialect,), {
            "__module__": __name__, "__qualname__": "Sniffer.sniff.<locals>.dialect",
            "_name": "sniffed", "lineterminator": "\r\n",
            "quoting": QUOTE_MINIMAL, "doublequote": doublequote, "delimiter": delimiter,
            "quotechar": quotechar or '"', "skipinitialspace": skipinitialspace,
        })

    def _guess_quote_and_delimiter(self, data, delimiters):
        import re
        found = []
        for shape in _QUOTED_SHAPES:
            rx = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in rx.finditer(data)]
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes, delims, spaced = {}, {}, 0
        for g in found:
            if g['quote']:
                _tally(quotes, g['quote'])
            if 'delim' not in g:
                continue
            d = g['delim']
            if d and (delimiters is None or d in delimiters):
                _tally(delims, d)
            if g['space']:
                spaced += 1
        quotechar = max(quotes, key=quotes.get)
        delim, skipinitialspace = '', 0
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaced
            if delim == '\n':
                # Quoted lines with nothing between them: one column.
                delim = ''
        # A quote doubled inside a quoted field means doublequote.
        d, q = re.escape(delim), quotechar
        dq = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                        % (d, q, d, q, d, q, d), re.MULTILINE)
        return (quotechar, bool(dq.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        lines = [ln for ln in data.split('\n') if ln]
        chunk = min(10, len(lines))
        # For each 7-bit character: how many lines hold it 0, 1, 2... times.
        histograms = {}
        modes = {}
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    ch = chr(code)
                    _tally(histograms.setdefault(ch, {}), line.count(ch))
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    # The most common count, less the lines that had another count.
                    best = max(pairs, key=lambda p: p[1])
                    pairs.remove(best)
                    modes[ch] = (best[0], best[1] - sum(p[1] for p in pairs))
                else:
                    modes[ch] = pairs[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if (count > 0 and lines_with > 0 and lines_with / total >= consistency
                            and (delimiters is None or ch in delimiters)):
                        delims[ch] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, _skips_space(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        # Several candidates: the first preferred one among them, else the one with
        # the highest (count, lines) figures.
        delim = next((d for d in self.preferred if d in delims), None)
        if delim is None:
            delim = max((v, k) for k, v in delims.items())[1]
        return (delim, _skips_space(lines[0], delim))

    def has_header(self, sample):
        """Whether the sample's first row looks like a header: its cells differ in type
        (number or not) or length from the consistent values of their columns below."""
        rows = reader(_io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
