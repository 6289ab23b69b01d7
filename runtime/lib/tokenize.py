"""Python source tokenizer (Ember's own implementation).

The observable behaviour is that of CPython 3.11's ``tokenize`` module:
the same token kinds and positions, ERRORTOKEN for stray characters,
TokenError at end of input inside a bracket or string, the regular
expression constants that other code imports, and untokenize() with the
same spacing rules."""

import builtins as _builtins
import collections, functools, re, sys
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper
from itertools import chain as _chain, permutations as _permutations
from itertools import product as _product

from token import *
from token import EXACT_TOKEN_TYPES, __all__ as _kind_names

__all__ = _kind_names + [
    "tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]
del _kind_names

# PEP 263 declaration, and a line that cannot hold code (blank or comment).
cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo',
                                       ('type', 'string', 'start', 'end',
                                        'line'))):
    """One token: its kind, text, (row, col) start and end, and source line."""

    def __repr__(self):
        fields = (self.type, tok_name[self.type], self.string, self.start,
                  self.end, self.line)
        return ('TokenInfo(type=%d (%s), string=%r, start=%r, end=%r, '
                'line=%r)' % fields)

    def _specific_kind(self):
        kind = self.type
        return EXACT_TOKEN_TYPES.get(self.string, OP) if kind == OP else kind

    exact_type = property(_specific_kind, doc=
        "For OP tokens, the specific operator kind; otherwise the kind.")


# --- building blocks for the patterns -------------------------------------

def group(*choices):
    return '(%s)' % '|'.join(choices)


def any(*choices):
    return '%s*' % group(*choices)


def maybe(*choices):
    return '%s?' % group(*choices)


def _digit_run(first, more=None):
    # A leading digit, then further digits, each optionally after one "_".
    return '%s(?:_?%s)*' % (first, more or first)


def _radix_literal(letter, cls):
    return '0[%s%s](?:_?%s)+' % (letter, letter.upper(), cls)


_DEC = _digit_run('[0-9]')
_EOL = r'\r?\n'
_JOIN = '\\\\' + _EOL         # a backslash that joins two physical lines

Whitespace, Comment, Name = r'[ \f\t]*', r'#[^\r\n]*', r'\w+'
Ignore = Whitespace + any(_JOIN + Whitespace) + maybe(Comment)

Hexnumber, Binnumber, Octnumber = [
    _radix_literal(letter, cls)
    for letter, cls in (('x', '[0-9a-fA-F]'), ('b', '[01]'), ('o', '[0-7]'))]
Decnumber = '(?:%s|%s)' % (_digit_run('0'), _digit_run('[1-9]', '[0-9]'))
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = '[eE][-+]?' + _DEC
Pointfloat = group(_DEC + r'\.(?:%s)?' % _DEC, r'\.' + _DEC) + maybe(Exponent)
Expfloat = _DEC + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DEC + '[jJ]', Floatnumber + '[jJ]')
# Imaginary before float before integer, so the longest reading wins.
Number = group(*(Imagnumber, Floatnumber, Intnumber))


def _prefix_spellings():
    """Every spelling of a legal string prefix (any order, any case) and ''."""
    spellings = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in _permutations(letters):
            cases = [(ch, ch.upper()) for ch in order]
            spellings.update(''.join(chosen) for chosen in _product(*cases))
    return spellings


@functools.lru_cache(maxsize=None)
def _regex(pattern):
    return re.compile(pattern, re.UNICODE)


StringPrefix = group(*_prefix_spellings())


def _body(quote, stop_at_newline):
    # Characters up to the closing quote, allowing backslash escapes.
    plain = '[^%s%s\\\\]' % ('\\n' if stop_at_newline else '', quote)
    return '%s*(?:\\\\.%s*)*' % (plain, plain)


def _triple_body(quote):
    plain = '[^%s\\\\]' % quote
    return r'%s*(?:(?:\\.|%s(?!%s))%s*)*%s' % (plain, quote, quote * 2,
                                               plain, quote * 3)


# The rest of a string once its opening quote has been consumed.
Single, Double = [_body(q, False) + q for q in "'\""]
Single3, Double3 = [_triple_body(q) for q in "'\""]

Triple = group(*[StringPrefix + q * 3 for q in "'\""])
String = group(*[StringPrefix + q + _body(q, True) + q for q in "'\""])

# Longest operators first, so that "**=" is not read as "**" then "=".
Special = group(*[re.escape(op)
                  for op in sorted(EXACT_TOKEN_TYPES, reverse=True)])
Funny = group(_EOL, Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A one-line string that is either closed or continued with a backslash.
ContStr = group(*[StringPrefix + q + _body(q, True) + group(q, _JOIN)
                  for q in "'\""])
PseudoExtras = group(_JOIN + r'|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Opening quote (with prefix) -> pattern for the rest of that string.
_OPENERS = [(p + q * n, n, rest) for p in _prefix_spellings()
            for q, n, rest in (("'", 1, Single), ('"', 1, Double),
                               ("'", 3, Single3), ('"', 3, Double3))]
endpats = {opener: rest for opener, _, rest in _OPENERS}
single_quoted = {opener for opener, n, _ in _OPENERS if n == 1}
triple_quoted = {opener for opener, n, _ in _OPENERS if n == 3}
del _OPENERS

tabsize = 8


class TokenError(Exception):
    """End of input inside a bracketed expression or a string."""


class StopTokenizing(Exception):
    """Kept for compatibility; nothing here raises it."""


# --- untokenize ------------------------------------------------------------

_LINE_ENDS = (NEWLINE, NL)


class Untokenizer:
    """Rebuilds source text from tokens (5-tuples, or (kind, text) pairs)."""

    def __init__(self):
        self.tokens, self.encoding = [], None
        self.prev_row, self.prev_col = 1, 0     # where the last token ended

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(*start, self.prev_row, self.prev_col))
        if row > self.prev_row:
            # Rows with no tokens are bridged by backslash continuations.
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col != self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def _move_to(self, position):
        self.prev_row, self.prev_col = position

    def untokenize(self, iterable):
        stream = iter(iterable)
        levels = []
        fresh_line = False
        for item in stream:
            if len(item) == 2:
                # Only (kind, text) pairs: fall back to the positionless mode.
                self.compat(item, stream)
                break
            kind, text, start, end, _ = item
            if kind == ENDMARKER:
                break
            if kind == ENCODING:
                self.encoding = text
            elif kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
                self._move_to(end)
            else:
                if kind in _LINE_ENDS:
                    fresh_line = True
                elif fresh_line and levels:
                    margin = levels[-1]
                    if start[1] >= len(margin):
                        self.tokens.append(margin)
                        self.prev_col = len(margin)
                    fresh_line = False
                self.add_whitespace(start)
                self.tokens.append(text)
                self._move_to(end)
                if kind in _LINE_ENDS:
                    self._move_to((self.prev_row + 1, 0))
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        levels = []
        out = self.tokens
        fresh_line = token[0] in _LINE_ENDS
        last_was_string = False
        for item in _chain([token], iterable):
            kind, text = item[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text = text + ' '
            # Adjacent strings need a space so they stay separate tokens.
            if kind == STRING and last_was_string:
                text = ' ' + text
            last_was_string = kind == STRING
            if kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
            elif kind in _LINE_ENDS:
                fresh_line = True
                out.append(text)
            else:
                if fresh_line and levels:
                    out.append(levels[-1])
                    fresh_line = False
                out.append(text)


def untokenize(iterable):
    """Turn tokens back into source: str, or bytes after an ENCODING token."""
    builder = Untokenizer()
    source = builder.untokenize(iterable)
    if builder.encoding is None:
        return source
    return source.encode(builder.encoding)


# --- encoding detection ----------------------------------------------------

def _canonical_encoding(declared):
    """Collapse the common spellings of utf-8 and latin-1."""
    head = declared[:12].lower().replace("_", "-")
    aliases = (("utf-8", ("utf-8",)),
               ("iso-8859-1", ("latin-1", "iso-8859-1", "iso-latin-1")))
    for canonical, spellings in aliases:
        for spelling in spellings:
            if head == spelling or head.startswith(spelling + "-"):
                return canonical
    return declared


def _pull(readline):
    # The next line, with a StopIteration from readline meaning end of input.
    try:
        line = readline()
    except StopIteration:
        line = b''
    return line


def _where(filename):
    return '' if filename is None else ' for {!r}'.format(filename)


def _declared_encoding(line, filename, after_bom):
    """The encoding named by a coding cookie on this line, or None."""
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError("invalid or missing encoding declaration"
                          + _where(filename))
    found = cookie_re.match(text)
    if found is None:
        return
    name = _canonical_encoding(found.group(1))
    try:
        lookup(name)
    except LookupError:
        raise SyntaxError("unknown encoding: " + name if filename is None else
                          "unknown encoding{}: {}".format(_where(filename),
                                                          name))
    if after_bom and name != 'utf-8':
        raise SyntaxError('encoding problem{}: utf-8'.format(_where(filename)))
    return name + '-sig' if after_bom else name


def detect_encoding(readline):
    """Find a source's encoding from a UTF-8 BOM or a PEP 263 cookie.

    Reads at most two lines through readline and returns the encoding name
    together with the (undecoded) lines it read."""
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    seen = []
    fallback = 'utf-8'
    after_bom = False
    for attempt in (1, 2):
        line = _pull(readline)
        if attempt == 1 and line.startswith(BOM_UTF8):
            after_bom = True
            fallback = 'utf-8-sig'
            line = line[len(BOM_UTF8):]
        if not line:
            return fallback, seen
        seen.append(line)
        named = _declared_encoding(line, filename, after_bom)
        if named:
            return named, seen
        # A cookie may only sit on line 2 when line 1 holds no code.
        if not blank_re.match(line):
            return fallback, seen
    return fallback, seen


def open(filename):
    """Open a source file as text, decoded with its detected encoding."""
    raw = _builtins.open(filename, 'rb')
    try:
        encoding = detect_encoding(raw.readline)[0]
        raw.seek(0)
        wrapper = TextIOWrapper(raw, encoding, line_buffering=True)
        if isinstance(getattr(type(wrapper), 'mode', None), property):
            # Ember's TextIOWrapper exposes mode as a read-only view of _mode.
            wrapper._mode = 'r'
        else:
            wrapper.mode = 'r'
    except BaseException:
        raw.close()
        raise
    return wrapper


# --- the tokenizer ---------------------------------------------------------

def tokenize(readline):
    """Tokenize a bytes source read through readline.

    The first token is always ENCODING.  The encoding is detected (and any
    error raised) before the generator is returned."""
    encoding, already_read = detect_encoding(readline)

    def lines():
        yield from already_read
        yield from iter(readline, b"")
        while True:
            yield b""

    return _token_stream(lines().__next__, encoding)


def generate_tokens(readline):
    """Tokenize a str source read through readline (no ENCODING token)."""
    return _token_stream(readline, None)


def _indent_width(lead):
    # Column reached by leading blanks; a tab moves to the next tab stop and
    # a form feed starts counting again.
    width = 0
    for ch in lead:
        if ch == '\t':
            width = width - width % tabsize + tabsize
        elif ch == '\f':
            width = 0
        else:
            width = width + 1
    return width


_PSEUDO = None
_UNINDENT = "unindent does not match any outer indentation level"


class _Scanner:
    """State carried from one physical line to the next."""

    def __init__(self, readline, encoding):
        self.readline = readline
        self.encoding = encoding
        self.row = 0
        self.depth = 0              # open brackets
        self.backslash = False      # previous line ended with "\"
        self.margins = [0]          # indentation columns in force
        # A string that has not been closed on the line it started on.
        self.open_text = ''
        self.open_lines = None
        self.open_at = None
        self.open_end = None
        self.open_single = False    # it is a one-quote string
        self.line = ''
        self.previous = b''

    def advance(self):
        self.previous = self.line
        fresh = _pull(self.readline)
        if self.encoding is not None:
            fresh = fresh.decode(self.encoding)
        self.row += 1
        self.line = fresh
        return fresh

    def finish_string(self, line):
        """Carry on with an open string; return where scanning resumes."""
        closing = self.open_end.match(line)
        if closing:
            stop = closing.end(0)
            yield TokenInfo(STRING, self.open_text + line[:stop], self.open_at,
                            (self.row, stop), self.open_lines + line)
            self.open_text, self.open_lines = '', None
            self.open_single = False
            return stop
        if self.open_single and not line.endswith(('\\\n', '\\\r\n')):
            # A one-quote string whose line did not end in a backslash.
            yield TokenInfo(ERRORTOKEN, self.open_text + line, self.open_at,
                            (self.row, len(line)), self.open_lines)
            self.open_text, self.open_lines = '', None
        else:
            # Still open: keep collecting lines.
            self.open_text += line
            self.open_lines += line

    def line_start(self, line):
        """Indentation, blank lines and comment-only lines.

        Returns the position where tokens begin, -1 to stop tokenizing, or
        None when the whole line has been dealt with."""
        body = line.lstrip(' \t\f')
        if not body:
            return -1
        pos = len(line) - len(body)
        column = _indent_width(line[:pos])
        row = self.row
        if body[0] in '#\r\n':
            note = body.rstrip('\r\n') if body[0] == '#' else ''
            if note:
                yield TokenInfo(COMMENT, note, (row, pos),
                                (row, pos + len(note)), line)
            after = pos + len(note)
            yield TokenInfo(NL, line[after:], (row, after), (row, len(line)),
                            line)
            return
        margins = self.margins
        if column > margins[-1]:
            margins.append(column)
            yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
        while column < margins[-1]:
            if column not in margins:
                raise IndentationError(_UNINDENT, ("<tokenize>", row, pos, line))
            margins.pop()
            yield TokenInfo(DEDENT, '', (row, pos), (row, pos), line)
        return pos

    def open_string(self, line, start, end_pattern, single):
        self.open_at = (self.row, start)
        self.open_text = line[start:]
        self.open_lines = line
        self.open_end = _regex(end_pattern)
        if single:
            self.open_single = True

    def rest_of_line(self, line, pos):
        """Tokens from pos to the end of the line."""
        row = self.row
        while pos < len(line):
            found = _PSEUDO.match(line, pos)
            if found is None:
                # Nothing can start here: report one stray character.
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos),
                                (row, pos + 1), line)
                pos += 1
                continue
            start, pos = found.span(1)
            if start == pos:
                continue
            text = line[start:pos]
            lead = text[0]
            where = ((row, start), (row, pos))
            if lead in '0123456789':
                yield TokenInfo(NUMBER, text, *where, line)
            elif lead == '.' and text not in ('.', '...'):
                yield TokenInfo(NUMBER, text, *where, line)
            elif lead in '\r\n':
                kind = NL if self.depth > 0 else NEWLINE
                yield TokenInfo(kind, text, *where, line)
            elif lead == '#':
                yield TokenInfo(COMMENT, text, *where, line)
            elif text in triple_quoted:
                pattern = endpats[text]
                closing = _regex(pattern).match(line, pos)
                if closing is None:
                    self.open_string(line, start, pattern, False)
                    return
                pos = closing.end(0)
                yield TokenInfo(STRING, line[start:pos], (row, start),
                                (row, pos), line)
            elif (lead in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text.endswith('\n'):
                    # Continued with a backslash onto the next line.
                    quote = next(ch for ch in text if ch in '\'"')
                    self.open_string(line, start, endpats[quote], True)
                    return
                yield TokenInfo(STRING, text, *where, line)
            elif lead.isidentifier():
                yield TokenInfo(NAME, text, *where, line)
            elif lead == '\\':
                self.backslash = True
            else:
                self.depth += ((lead in '([{') - (lead in ')]}'))
                yield TokenInfo(OP, text, *where, line)

    def run(self):
        if self.encoding is not None:
            if self.encoding == 'utf-8-sig':
                self.encoding = 'utf-8'
            yield TokenInfo(ENCODING, self.encoding, (0, 0), (0, 0), '')
        while True:
            line = self.advance()
            if not line:
                # End of input: fine only between statements.
                if self.open_text:
                    raise TokenError("EOF in multi-line string", self.open_at)
                if self.depth or self.backslash:
                    raise TokenError("EOF in multi-line statement",
                                     (self.row, 0))
                break
            if self.open_text:
                pos = yield from self.finish_string(line)
            elif self.depth or self.backslash:
                self.backslash = False
                pos = 0
            else:
                pos = yield from self.line_start(line)
                if pos == -1:
                    break
            if pos is not None:
                yield from self.rest_of_line(line, pos)
        yield from self.closing_tokens()

    def closing_tokens(self):
        last = self.previous
        # Supply the NEWLINE that a final line without a line break lacks.
        if last and last[-1] not in '\r\n' and not last.strip().startswith('#'):
            width = len(last)
            yield TokenInfo(NEWLINE, '', (self.row - 1, width),
                            (self.row - 1, width + 1), '')
        here = (self.row, 0)
        for _ in self.margins[1:]:
            yield TokenInfo(DEDENT, '', here, here, '')
        yield TokenInfo(ENDMARKER, '', here, here, '')


def _token_stream(readline, encoding):
    global _PSEUDO
    if _PSEUDO is None:
        _PSEUDO = _regex(PseudoToken)
    return _Scanner(readline, encoding).run()


# --- command line ----------------------------------------------------------

def _fail(text):
    sys.stderr.write(text + '\n')
    sys.exit(1)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    options = [
        ((), dict(dest='filename', nargs='?', metavar='filename.py',
                  help='the file to tokenize; defaults to stdin')),
        (('-e', '--exact'), dict(dest='exact', action='store_true',
                                 help='display token names using the exact '
                                      'type')),
    ]
    for flags, settings in options:
        parser.add_argument(*flags, **settings)
    chosen = parser.parse_args()
    source = chosen.filename or "<stdin>"
    try:
        if chosen.filename:
            with _builtins.open(source, 'rb') as handle:
                stream = list(tokenize(handle.readline))
        else:
            stream = generate_tokens(sys.stdin.readline)
        for tok in stream:
            kind = tok.exact_type if chosen.exact else tok.type
            span = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (span, tok_name[kind], tok.string))
    except (IndentationError, TokenError) as err:
        where = err.args[1]
        row, col = where[1:3] if isinstance(err, IndentationError) else where
        _fail("%s:%d:%d: error: %s" % (source, row, col, err.args[0]))
    except SyntaxError as err:
        _fail("%s: error: %s" % (source, err))
    except OSError as err:
        _fail("error: %s" % err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        sys.stderr.write("unexpected error: %s\n" % err)
        raise


if __name__ == "__main__":
    main()
