"""Text wrapping and filling (Ember's own implementation, without regular expressions)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap treats only ASCII whitespace as breakable space.
_whitespace = '\t\n\x0b\x0c\r '
_runs = None  # findall of the runs of whitespace and of other characters, made on first use


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return _is_word(ch) and not ch.isdecimal()


def _is_wp(ch):
    """Characters after which a run of dashes counts as an em-dash."""
    return _is_word(ch) or ch in '!"\'&.,?'


class TextWrapper:
    """Wraps paragraphs to a width; the keyword arguments are its public attributes."""

    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Layout first, then the switches that shape chunking, then truncation.
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.break_on_hyphens, self.break_long_words = break_on_hyphens, break_long_words
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        # Tabs become runs of spaces before other whitespace is flattened to ' '.
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        return out.translate(self.unicode_whitespace_trans) if self.replace_whitespace else out

    def _word_end(self, text, i):
        """End of the word chunk starting at i: the shortest piece that ends at
        whitespace, after a hyphen between letters, or before an em-dash."""
        n = len(text)
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                return j
            if self.break_on_hyphens:
                if (text[j - 1] == '-' and j - 1 > i and j < n and _is_letter(text[j])
                        and ((j + 1 < n and _is_letter(text[j + 1]))
                             or (j + 2 < n and text[j + 1] == '-' and _is_letter(text[j + 2])))
                        and ((j >= 3 and _is_letter(text[j - 3]) and _is_letter(text[j - 2]))
                             or (j >= 4 and _is_letter(text[j - 4]) and text[j - 3] == '-'
                                 and _is_letter(text[j - 2])))):
                    return j
                if _is_wp(text[j - 1]) and self._dash_run(text, j):
                    return j
            j += 1

    @staticmethod
    def _dash_run(text, j):
        """Length of a run of two or more dashes at j followed by a word character, else 0."""
        k = j
        while k < len(text) and text[k] == '-':
            k += 1
        if k - j >= 2 and k < len(text) and _is_word(text[k]):
            return k - j
        return 0

    def _split(self, text):
        global _runs
        if _runs is None:
            import re
            _runs = re.compile('[%s]+|[^%s]+' % (_whitespace, _whitespace)).findall
        chunks = []
        i = 0
        for piece in _runs(text):
            j = i + len(piece)
            # A whitespace run is one chunk, and so is a word without dashes.
            if not self.break_on_hyphens or '-' not in piece or piece[0] in _whitespace:
                chunks.append(piece)
                i = j
                continue
            while i < j:
                run = 0
                if i > 0 and _is_wp(text[i - 1]):
                    run = self._dash_run(text, i)
                k = i + run if run else self._word_end(text, i)
                chunks.append(text[i:k])
                i = k
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(c):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(c):
        if c and c[-1] in '"\'':
            c = c[:-1]
        return len(c) >= 2 and c[-1] in '.!?' and 'a' <= c[-2] <= 'z'

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: cut it (after a hyphen when one
        # fits) or, when cutting is off, put it alone on an otherwise empty line.
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        reversed_chunks[-1] = word[cut:]
        cur_line.append(word[:cut])

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        lead = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(lead) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _take_line(self, pending, room):
        """Pops chunks (pending is reversed) that fit in room; returns them and their length."""
        taken = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            piece = pending.pop()
            taken.append(piece)
            used += len(piece)
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, taken, used, room)
            used = sum(len(p) for p in taken)
        if self.drop_whitespace and taken and not taken[-1].strip():
            used -= len(taken.pop())
        return taken, used

    def _close_with_placeholder(self, lines, taken, used, lead, room):
        # Trim trailing chunks until the placeholder fits after a non-blank one.
        mark = self.placeholder
        while taken:
            if taken[-1].strip() and used + len(mark) <= room:
                lines.append(lead + ''.join(taken) + mark)
                return
            used -= len(taken.pop())
        if lines:
            last = lines[-1].rstrip()
            if len(last) + len(mark) <= self.width:
                lines[-1] = last + mark
                return
        lines.append(lead + mark.lstrip())

    def _wrap_chunks(self, chunks):
        self._check_limits()
        limit = self.max_lines
        lines = []
        pending = chunks[::-1]
        while pending:
            lead = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(lead)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            taken, used = self._take_line(pending, room)
            if not taken:
                continue
            if limit is not None and len(lines) + 1 >= limit:
                nothing_left = not pending or (self.drop_whitespace and len(pending) == 1
                                               and not pending[0].strip())
                if not (nothing_left and used <= room):
                    self._close_with_placeholder(lines, taken, used, lead, room)
                    break
            lines.append(lead + ''.join(taken))
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the leading spaces and tabs common to every non-blank line."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Lines of only spaces and tabs are emptied and do not count.
            lines[k] = ''
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None or ind.startswith(margin):
            if margin is None:
                margin = ind
        elif margin.startswith(ind):
            margin = ind
        else:
            n = 0
            while n < len(margin) and n < len(ind) and margin[n] == ind[n]:
                n += 1
            margin = margin[:n]
    if margin:
        lines = [l[len(margin):] if l.startswith(margin) else l for l in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (default: non-blank lines)."""
    out = []
    for line in text.splitlines(True):
        ok = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if ok else line)
    return ''.join(out)
