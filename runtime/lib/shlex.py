"""Shell-like lexing (Ember): the shlex class, split, quote and join, in Python.

The lexer's states follow CPython 3.11's documented behaviour: ' ' between tokens, 'a' in a
word, 'c' in a run of punctuation, a quote character inside quotes and an escape character
after an escape.
"""

import os, re, sys
from io import StringIO
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

_POSIX_EXTRA = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_ASCII_WORD = ("abcdfeghijklmnopqrstuvwxyz"
               "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DEFAULT_PUNCT = "();<>|&"
# With punctuation enabled, these usual file-name characters join words.
_FILENAME_EXTRA = "~-./*?="


def _as_stream(src):
    return StringIO(src) if isinstance(src, str) else src


class shlex:
    """Tokenizer for shell-like input; iterate it (or call get_token) for tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        stream = _as_stream(instream)
        self.instream = sys.stdin if stream is None else stream
        self.infile = None if stream is None else infile
        self.posix = posix
        self.eof = None if posix else ""
        words = _ASCII_WORD + _POSIX_EXTRA if posix else _ASCII_WORD
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCT
        elif not punctuation_chars:
            punctuation_chars = ""
        if punctuation_chars:
            self._pushback_chars = deque()
            words = "".join(c for c in words + _FILENAME_EXTRA if c not in punctuation_chars)
        self._punctuation_chars = punctuation_chars
        self.wordchars = words
        self.whitespace, self.whitespace_split = " \t\r\n", False
        self.commenters, self.quotes = "#", "'\""
        self.escape, self.escapedquotes = "\\", '"'
        self.token, self.state, self.lineno = "", " ", 1
        self.pushback, self.filestack = deque(), deque()
        self.source = None
        self.debug = 0

    def push_source(self, newstream, newfile=None):
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.instream, self.infile = _as_stream(newstream), newfile
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = " "

    def push_token(self, tok):
        """Makes tok the next token get_token returns."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        # A "source" keyword switches input to the file named by the next token.
        while self.source is not None and tok == self.source:
            found = self.sourcehook(self.read_token())
            if found:
                self.push_source(found[1], found[0])
            tok = self.get_token()
        # End of an included stream resumes the one that included it.
        while tok == self.eof and self.filestack:
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        escapedstate = " "
        posix = self.posix
        punct = self._punctuation_chars
        while True:
            ch = self._next_char()
            if ch == "\n":
                self.lineno += 1
            st = self.state
            if st is None:
                self.token = ""
                break
            emit = False  # set when a whitespace-like end asks to emit a pending token
            if st == " ":
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    emit = True
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif posix and ch in self.escape:
                    escapedstate = "a"
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = "a"
                elif ch in punct:
                    self.token = ch
                    self.state = "c"
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = "a"
                else:
                    self.token = ch
                    emit = True
            elif st in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == st:
                    if not posix:
                        self.token += ch
                        self.state = " "
                        break
                    self.state = "a"
                elif posix and ch in self.escape and st in self.escapedquotes:
                    escapedstate = st
                    self.state = ch
                else:
                    self.token += ch
            elif st in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside quotes only the quote itself or the escape can be escaped.
                if escapedstate in self.quotes and ch != st and ch != escapedstate:
                    self.token += st
                self.token += ch
                self.state = escapedstate
            elif st in ("a", "c"):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = " "
                    emit = True
                elif ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if posix:
                        self.state = " "
                        emit = True
                elif st == "c":
                    if ch in punct:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = " "
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    escapedstate = "a"
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in punct)):
                    self.token += ch
                else:
                    if punct:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = " "
                    emit = True
            if emit and (self.token or (posix and quoted)):
                break
        result = self.token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        return result

    @property
    def punctuation_chars(self):
        # Fixed at construction: the word characters were derived from it.
        return self._punctuation_chars

    def sourcehook(self, newfile):
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return (name, open(name, "r"))

    def error_leader(self, infile=None, lineno=None):
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok != self.eof:
            return tok
        raise StopIteration


def split(s, comments=False, posix=True):
    """Splits s into words the way a POSIX shell (or, posix=False, a plainer lexer) would."""
    if s is None:
        import warnings
        msg = "Passing None for 's' to shlex.split() is deprecated."
        warnings.warn(msg, DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = lexer.commenters if comments else ""
    return list(lexer)


def join(split_command):
    """Quotes each word and joins them with spaces: the inverse of split()."""
    return " ".join(map(quote, split_command))


# Anything outside this set needs quoting for a POSIX shell.
_needs_quoting = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Returns s quoted so that a POSIX shell reads it back as one word."""
    if not s:
        return "''"
    if _needs_quoting(s):
        # Single quotes protect everything but themselves; spell each ' as '"'"'.
        return "'%s'" % s.replace("'", "'\"'\"'")
    return s
