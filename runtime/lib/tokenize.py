"""Tokenization of Python source (Ember implementation).

Follows the observable behaviour of CPython 3.11's pure-Python tokenizer:
token kinds, positions, ERRORTOKEN cases, TokenError and untokenize spacing.
"""

from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
import collections
import functools
from io import TextIOWrapper
import itertools as _itertools
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token_mod

__all__ = _token_mod.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                                "untokenize", "TokenInfo"]
del _token_mod

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


# Regular expressions describing the lexical pieces.
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    # Every case variant and ordering of the legal prefixes, plus ''.
    bases = ['b', 'r', 'u', 'f', 'br', 'fr']
    found = {''}
    for base in bases:
        for perm in _itertools.permutations(base):
            for cased in _itertools.product(*[(c, c.upper()) for c in perm]):
                found.add(''.join(cased))
    return found


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    for _q in ('"', "'"):
        single_quoted.add(_prefix + _q)
        triple_quoted.add(_prefix + _q * 3)
del _prefix, _q

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append("\\\n" * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(" " * cols)

    def untokenize(self, iterable):
        source = iter(iterable)
        indent_stack = []
        at_line_start = False
        for tok in source:
            if len(tok) == 2:
                self.compat(tok, source)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indent_stack.append(text)
                continue
            if kind == DEDENT:
                indent_stack.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind == NEWLINE or kind == NL:
                at_line_start = True
            elif at_line_start and indent_stack:
                current = indent_stack[-1]
                if start[1] >= len(current):
                    self.tokens.append(current)
                    self.prev_col = len(current)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind == NEWLINE or kind == NL:
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indent_stack = []
        emit = self.tokens.append
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == NAME or kind == NUMBER:
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indent_stack.append(text)
                continue
            if kind == DEDENT:
                indent_stack.pop()
                continue
            if kind == NEWLINE or kind == NL:
                at_line_start = True
            elif at_line_start and indent_stack:
                emit(indent_stack[-1])
                at_line_start = False
            emit(text)


def untokenize(iterable):
    """Turn a token sequence back into source text (bytes if an ENCODING token was seen)."""
    ut = Untokenizer()
    result = ut.untokenize(iterable)
    if ut.encoding is not None:
        result = result.encode(ut.encoding)
    return result


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if enc == latin or enc.startswith(latin + "-"):
            return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Find the source encoding from a BOM or a PEP 263 cookie in the first two lines."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(text)
        if not m:
            return None
        enc = _get_normal_name(m.group(1))
        try:
            lookup(enc)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + enc
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, enc)
            raise SyntaxError(msg)
        if bom_found:
            if enc != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            enc += '-sig'
        return enc

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file read-only in text mode, using its detected encoding."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, _lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        try:
            text.mode = 'r'
        except AttributeError:
            # Ember's TextIOWrapper exposes mode as a read-only view of _mode.
            text._mode = 'r'
        return text
    except:
        buffer.close()
        raise


def tokenize(readline):
    """Tokenize bytes produced by readline; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    rest = iter(readline, b"")
    feed = _itertools.chain(consumed, rest, _itertools.repeat(b""))
    return _tokenize(feed.__next__, encoding)


def generate_tokens(readline):
    """Tokenize str lines produced by readline (no ENCODING token)."""
    return _tokenize(readline, None)


_NUM_START = '0123456789'


def _tokenize(readline, encoding):
    lnum = 0
    paren_depth = 0
    continued = False
    indents = [0]
    pending = ''          # text of a string that spans lines
    pending_line = None   # the physical lines it spans
    pending_start = None
    needcont = False
    endprog = None
    pseudo = _compile(PseudoToken)

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')

    prev_line = b''
    line = b''
    while True:
        try:
            prev_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos = 0
        end_pos = len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            m = endprog.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start,
                                (lnum, pos), pending_line + line)
                pending = ''
                needcont = False
                pending_line = None
            elif needcont and not line.endswith('\\\n') and not line.endswith('\\\r\n'):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start,
                                (lnum, len(line)), pending_line)
                pending = ''
                pending_line = None
                continue
            else:
                pending = pending + line
                pending_line = pending_line + line
                continue

        elif paren_depth == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end_pos:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_pos:
                break

            ch = line[pos]
            if ch in '#\r\n':
                if ch == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end_pos:
            m = pseudo.match(line, pos)
            if m is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            spos = (lnum, start)
            epos = (lnum, stop)
            pos = stop
            if start == stop:
                continue
            text = line[start:stop]
            first = line[start]

            if first in _NUM_START or (first == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                if paren_depth > 0:
                    yield TokenInfo(NL, text, spos, epos, line)
                else:
                    yield TokenInfo(NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _compile(endpats[text])
                m2 = endprog.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending = line[start:]
                    pending_line = line
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    pending_start = (lnum, start)
                    quote = text[0]
                    if quote not in '\'"':
                        quote = text[1]
                        if quote not in '\'"':
                            quote = text[2]
                    endprog = _compile(endpats[quote])
                    pending = line[start:]
                    needcont = True
                    pending_line = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    paren_depth += 1
                elif first in ')]}':
                    paren_depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    if prev_line and prev_line[-1] not in '\r\n' and not prev_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev_line)),
                        (lnum - 1, len(prev_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def _main(argv=None):
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument('filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args(argv)
    try:
        if args.filename:
            name = args.filename
            with _builtin_open(name, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            name = "<stdin>"
            tokens = list(generate_tokens(sys.stdin.readline))
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        sys.stderr.write("%s:%d:%d: error: %s\n" % (name, line, column, err.args[0]))
        sys.exit(1)
    except TokenError as err:
        line, column = err.args[1]
        sys.stderr.write("%s:%d:%d: error: %s\n" % (name, line, column, err.args[0]))
        sys.exit(1)
    except SyntaxError as err:
        sys.stderr.write("%s: error: %s\n" % (name, err))
        sys.exit(1)
    except OSError as err:
        sys.stderr.write("error: %s\n" % err)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrupted\n")


main = _main

if __name__ == "__main__":
    _main()
