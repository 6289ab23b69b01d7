"""Stack traces: extracting them from tracebacks and frames, and formatting them.

Works on Ember's traceback objects (tb_frame/tb_lineno/tb_lasti/tb_next) and frames
(f_code/f_lineno/f_back); column ranges come from code.co_positions() and give the
"^^^" / "~~^~~" marker rows under partial-line errors.
"""

import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()
_REPEAT_SHOWN = 3     # identical consecutive entries printed before summarising the rest

_CHAIN_HEADERS = {
    "cause": "\nThe above exception was the direct cause of the following exception:\n\n",
    "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
}
_NO_POSITION = (None, None, None, None)

# Source text per file, read once (linecache's job in CPython). doctest swaps
# _getline itself while running examples.
_source_cache = {}


def _read_source(filename):
    if not filename or (filename[0] == "<" and filename[-1] == ">"):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as handle:
            return handle.read().splitlines()
    except (OSError, ValueError, LookupError, TypeError):
        return []


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        lines = _source_cache[filename] = _read_source(filename)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return ""


def _write_all(pieces, file):
    if file is None:
        file = sys.stderr
    for piece in pieces:
        print(piece, file=file, end="")


def _safe_string(value, what, func=str):
    # Formatting must not fail because an object's str/repr does.
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def _pending_exception():
    kind, value, tb = sys.exc_info()
    if value is not None and tb is None:
        tb = value.__traceback__
    return kind, value, tb


def _value_and_tb(exc, value, tb):
    # The legacy (type, value, tb) call form, or the single-exception form.
    if (value is _sentinel) is not (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


# ---------------------------------------------------------------- walking frames

def walk_tb(tb):
    """Yields (frame, line number) along a traceback's tb_next chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, line number) from f out through its callers."""
    # With None: skip this generator, StackSummary.extract, its helper and the wrapping
    # generator, so that extract(walk_stack(None)) starts at extract's caller.
    frame = sys._getframe().f_back.f_back.f_back.f_back if f is None else f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def _position_of(code, lasti):
    # co_positions() has one entry per 2-byte instruction.
    if lasti >= 0:
        wanted = lasti // 2
        for index, pos in enumerate(code.co_positions()):
            if index == wanted:
                return pos
    return _NO_POSITION


def _tb_positions(tb):
    # (frame, (line, end line, column, end column)) for each traceback entry; the
    # entry's own line number stands in where the code has no position.
    entry = tb
    while entry is not None:
        frame = entry.tb_frame
        line, end_line, col, end_col = _position_of(frame.f_code, entry.tb_lasti)
        yield frame, (entry.tb_lineno if line is None else line, end_line, col, end_col)
        entry = entry.tb_next


def clear_frames(tb):
    """Ember's frames keep no locals alive after a traceback: nothing to clear."""


# ---------------------------------------------------------------- module-level API

def extract_tb(tb, limit=None):
    return StackSummary._summarise(_tb_positions(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write_all(format_tb(tb, limit=limit), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _write_all(format_list(extract_stack(f, limit=limit)), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _write_all(report.format(chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    subject = exc if value is _sentinel else value
    report = TracebackException(type(subject), subject, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*_pending_exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*_pending_exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---------------------------------------------------------------- frame summaries

class FrameSummary:
    """One stack entry: file, line number, function name, and the source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self.locals = {key: repr(val) for key, val in locals.items()} if locals else None
        if lookup_line:
            self.line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def _load(self):
        # The raw line (trailing newline kept), fetched from the source on demand.
        if self._line is None and self.lineno is not None:
            self._line = _getline(self.filename, self.lineno)
        return self._line

    @property
    def _original_line(self):
        return self._load()

    @property
    def line(self):
        raw = self._load()
        return None if raw is None else raw.strip()


def _char_col(text, byte_offset):
    # Positions from co_positions count UTF-8 bytes; the marker row counts characters.
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))


def _marker_row(fs, shown):
    """The "^^^" row under fs's (stripped) source line, or None when the error
    covers the whole line. The arithmetic is that of CPython 3.11's traceback
    module, which differs a little from the interpreter's own printer."""
    if fs.colno is None or fs.end_colno is None:
        return None
    raw = fs._original_line
    trimmed = len(raw) - len(shown)
    first = _char_col(raw, fs.colno) + 1
    last = _char_col(raw, fs.end_colno) + 1
    anchors = None
    if fs.lineno != fs.end_lineno:
        last = trimmed + len(shown)
    else:
        try:
            anchors = sys._ember_caret_anchors(raw[first - 1:last - 1])
        except Exception:
            anchors = None
    has_operator = bool(anchors) and anchors[1] > anchors[0]
    if last - first >= len(shown) and not has_operator:
        return None
    width = last - first
    if anchors:
        left, right = anchors
        marks = "~" * left + "^" * (right - left) + "~" * (width - right)
    else:
        marks = "^" * width
    return "    " + " " * (first - trimmed) + marks + "\n"


def _repeat_note(extra):
    return f"  [Previous line repeated {extra} more time{'s' if extra > 1 else ''}]\n"


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Builds a summary from (frame, line number) pairs such as walk_stack yields."""
        # Call depth matters: walk_stack(None) skips exactly this method, _summarise
        # and the generator below.
        def with_blank_columns():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._summarise(with_blank_columns(), limit=limit,
                                lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _summarise(klass, positioned, *, limit=None, lookup_lines=True,
                   capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None:
                limit = max(limit, 0)
        entries = list(positioned)
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        summary = klass()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for fs in summary:
                fs.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """Builds a summary from FrameSummary objects or 4-tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: location, source line, markers and locals."""
        fs = frame_summary
        text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        if fs.line:
            shown = fs.line.strip()
            text += f"    {shown}\n"
            markers = _marker_row(fs, shown)
            if markers:
                text += markers
        if fs.locals:
            text += "".join(f"    {key} = {val}\n" for key, val in sorted(fs.locals.items()))
        return text

    def format(self):
        """Formatted entries, ready to print; long runs of one repeated entry are
        cut after three copies with a count of the rest."""
        out = []
        previous = None
        run = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            where = (fs.filename, fs.lineno, fs.name)
            if None in where or where != previous:
                if run > _REPEAT_SHOWN:
                    out.append(_repeat_note(run - _REPEAT_SHOWN))
                previous, run = where, 0
            run += 1
            if run <= _REPEAT_SHOWN:
                out.append(text)
        if run > _REPEAT_SHOWN:
            out.append(_repeat_note(run - _REPEAT_SHOWN))
        return out


# ---------------------------------------------------------------- exceptions

def _is_sequence(x):
    # collections.abc.Sequence without importing it up front (a str of notes is
    # printed one character per line, as in CPython).
    if isinstance(x, (str, bytes, list, tuple, range)):
        return True
    try:
        import collections.abc
    except ImportError:
        return False
    return isinstance(x, collections.abc.Sequence)


def _final_line(type_name, value_text):
    if value_text:
        return f"{type_name}: {value_text}\n"
    return f"{type_name}\n"


class _GroupIndent:
    # Nesting state while exception groups are drawn as boxes.
    def __init__(self):
        self.depth = 0
        self.need_close = False

    def margin(self):
        return " " * (2 * self.depth)

    def emit(self, pieces, margin_char=None):
        lead = self.margin()
        if self.depth:
            lead += (margin_char or "|") + " "
        if isinstance(pieces, str):
            pieces = (pieces,)
        for piece in pieces:
            yield "".join(lead + row for row in piece.splitlines(True))


class TracebackException:
    """A snapshot of an exception (and what it chains to) that can be formatted
    later without keeping the exception or its frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # _seen: ids of the exceptions already taken in this chain (cycles stop there).
        nested = _seen is not None
        if not nested:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.exc_type = exc_type
        self.stack = StackSummary._summarise(
            _tb_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._take_syntax_details(exc_value)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = self.exceptions = None
        if nested:
            return
        # Linked exceptions are snapshotted with an explicit work list rather than
        # recursion, so a very long chain cannot overflow the stack.
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)

        def snap(exc):
            if exc is None or id(exc) in _seen:
                return None
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        todo = [(self, exc_value)]
        while todo:
            te, exc = todo.pop()
            if exc is None:
                continue
            te.__cause__ = snap(exc.__cause__)
            if not compact or (te.__cause__ is None and not exc.__suppress_context__):
                te.__context__ = snap(exc.__context__)
            if isinstance(exc, BaseExceptionGroup):
                te.exceptions = [TracebackException(type(sub), sub, sub.__traceback__,
                                                    **options)
                                 for sub in exc.exceptions]
            if te.__cause__:
                todo.append((te.__cause__, exc.__cause__))
            if te.__context__:
                todo.append((te.__context__, exc.__context__))
            if te.exceptions:
                todo.extend(zip(te.exceptions, exc.exceptions))

    def _take_syntax_details(self, exc_value):
        # A SyntaxError built without location details may lack these fields.
        def field(name):
            return getattr(exc_value, name, None)
        self.filename = field("filename")
        self.lineno = None if field("lineno") is None else str(field("lineno"))
        self.end_lineno = None if field("end_lineno") is None else str(field("end_lineno"))
        self.text = field("text")
        self.offset = field("offset")
        self.end_offset = field("end_offset")
        self.msg = field("msg")

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Snapshot of exc with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def _type_label(self):
        kind = self.exc_type
        module = kind.__module__
        if module in ("__main__", "builtins"):
            return kind.__qualname__
        if not isinstance(module, str):
            module = "<unknown>"
        return f"{module}.{kind.__qualname__}"

    def format_exception_only(self):
        """Yields the closing "Type: message" line(s), notes included; a SyntaxError
        also shows the offending source with a marker."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        label = self._type_label()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(label)
        else:
            yield _final_line(label, self._str)
        notes = self.__notes__
        if _is_sequence(notes):
            for note in notes:
                for row in _safe_string(note, "note").split("\n"):
                    yield row + "\n"
        elif notes is not None:
            yield _safe_string(notes, "__notes__", func=repr)

    def _syntax_error_lines(self, label):
        where = ""
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f" ({self.filename})"
        if self.text is not None:
            body = self.text.rstrip("\n")
            code = body.lstrip(" \n\f")
            indent = len(body) - len(code)
            yield f"    {code}\n"
            if self.offset is not None:
                start = self.offset
                stop = start if self.end_offset in (None, 0) else self.end_offset
                if stop in (start, -1):
                    stop = start + 1
                start -= 1 + indent
                stop -= 1 + indent
                if start >= 0:
                    # Keep tabs so the marker lines up with the text above.
                    pad = "".join(ch if ch.isspace() else " " for ch in code[:start])
                    yield f"    {pad}{'^' * (stop - start)}\n"
        yield f"{label}: {self.msg or '<no detail available>'}{where}\n"

    def _chain(self, chain):
        # (header, snapshot) pairs, innermost cause first; a header introduces its
        # snapshot as following on from the one before it.
        links = []
        node = self
        while node is not None:
            following = None
            if not chain:
                header = None
            elif node.__cause__ is not None:
                header, following = _CHAIN_HEADERS["cause"], node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                header, following = _CHAIN_HEADERS["context"], node.__context__
            else:
                header = None
            links.append((header, node))
            node = following
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None):
        """Yields the lines of the full report (what print() writes)."""
        ctx = _GroupIndent() if _ctx is None else _ctx
        for header, te in self._chain(chain):
            if header is not None:
                yield from ctx.emit(header)
            if te.exceptions is not None:
                if ctx.depth > self.max_group_depth:
                    yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
                else:
                    yield from self._group_lines(te, chain, ctx)
                continue
            if te.stack:
                yield from ctx.emit("Traceback (most recent call last):\n")
                yield from ctx.emit(te.stack.format())
            yield from ctx.emit(te.format_exception_only())

    def _group_lines(self, group, chain, ctx):
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth += 1
        if group.stack:
            yield from ctx.emit("Exception Group Traceback (most recent call last):\n",
                                margin_char="+" if outermost else None)
            yield from ctx.emit(group.stack.format())
        yield from ctx.emit(group.format_exception_only())
        members = group.exceptions
        width = self.max_group_width
        boxes = min(len(members), width + 1)
        ctx.need_close = False
        for index in range(boxes):
            is_last = index == boxes - 1
            if is_last:
                ctx.need_close = True     # unless a nested group closes it first
            overflow = index >= width
            title = "..." if overflow else str(index + 1)
            yield (ctx.margin() + ("+-" if index == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
            ctx.depth += 1
            if overflow:
                rest = len(members) - width
                yield from ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from members[index].format(chain=chain, _ctx=ctx)
            if is_last and ctx.need_close:
                yield ctx.margin() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Writes the report to file (sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)
