"""Text wrapping and filling (Ember's own implementation, without regular expressions)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap treats only ASCII whitespace as breakable space.
_whitespace = '\t\n\x0b\x0c\r '


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
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

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
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            if text[i] in _whitespace:
                j = i
                while j < n and text[j] in _whitespace:
                    j += 1
            elif not self.break_on_hyphens:
                j = i
                while j < n and text[j] not in _whitespace:
                    j += 1
            else:
                run = 0
                if i > 0 and _is_wp(text[i - 1]):
                    run = self._dash_run(text, i)
                j = i + run if run else self._word_end(text, i)
            chunks.append(text[i:j])
            i = j
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
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking just after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_empty and cur_len <= width)):
                lines.append(ind + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(ind + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(ind + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

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
