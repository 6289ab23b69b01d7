"""Shell-like lexing (Ember): the shlex class, split, quote and join, in Python.

The lexer's states follow CPython 3.11's documented behaviour: ' ' between tokens, 'a' in a
word, 'c' in a run of punctuation, a quote character inside quotes and an escape character
after an escape.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_POSIX_EXTRA = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        if self.posix:
            self.wordchars += _POSIX_EXTRA
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters a shell accepts inside file names become word characters here.
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

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

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Close the single quotes, put a double-quoted ' and reopen them.
    return "'" + s.replace("'", "'\"'\"'") + "'"
