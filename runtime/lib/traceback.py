"""Extracting, formatting and printing stack traces (Ember's own implementation).

Works on the runtime's traceback objects (tb_frame/tb_lineno/tb_next) and frame summaries
(f_code/f_lineno/f_back). Column ranges come from code.co_positions(), as CPython's, and
give the "^^^" / "~~^~~" marker lines under partial-line errors.
"""

import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()
_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# Source lines by file name, read on first use (the role of CPython's linecache).
_source_cache = {}


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        lines = []
        if filename and not (filename.startswith("<") and filename.endswith(">")):
            try:
                with open(filename, encoding="utf-8", errors="replace") as f:
                    lines = f.read().splitlines()
            except (OSError, ValueError, LookupError, TypeError):
                lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return ""


def _current_exc_info():
    t, v, tb = sys.exc_info()
    if tb is None and v is not None:
        tb = v.__traceback__
    return t, v, tb


# ---------------------------------------------------------------------------------- lists

def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---------------------------------------------------------------------------------- exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    print_exception(*_current_exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*_current_exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---------------------------------------------------------------------------------- stacks

def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    # Ember's frames are summaries that hold no locals: there is nothing to clear.
    pass


class FrameSummary:
    """One stack entry: file name, line number, function name and source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode("utf-8")
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _marker_line(fs, stripped_line):
    """The "^^^" / "~~^~~" line under a frame's source line, as CPython 3.11's traceback
    module draws it (its arithmetic differs slightly from the interpreter's printer)."""
    if fs.colno is None or fs.end_colno is None:
        return []
    orig = fs._original_line
    stripped_characters = len(orig) - len(fs.line.lstrip())
    start_offset = _byte_offset_to_character_offset(orig, fs.colno) + 1
    end_offset = _byte_offset_to_character_offset(orig, fs.end_colno) + 1
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = sys._ember_caret_anchors(orig[start_offset - 1:end_offset - 1])
        except Exception:
            anchors = None
    else:
        end_offset = stripped_characters + len(stripped_line)
    if end_offset - start_offset < len(stripped_line) or (
            anchors and anchors[1] - anchors[0] > 0):
        row = ["    ", " " * (start_offset - stripped_characters)]
        if anchors:
            left, right = anchors
            row.append("~" * left)
            row.append("^" * (right - left))
            row.append("~" * (end_offset - start_offset - right))
        else:
            row.append("^" * (end_offset - start_offset))
        row.append("\n")
        return ["".join(row)]
    return []


def _is_sequence(x):
    # collections.abc.Sequence without importing it: str, bytes, list, tuple, range and
    # registered or inheriting classes (a str of notes is printed one character a line).
    if isinstance(x, (str, bytes, list, tuple, range)):
        return True
    try:
        import collections.abc
    except ImportError:
        return False
    return isinstance(x, collections.abc.Sequence)


def walk_stack(f):
    """(frame, line number) from f outwards (from the caller's caller when f is None)."""
    if f is None:
        # Past this generator, StackSummary.extract's two helper frames and extract itself,
        # as in CPython, so that extract(walk_stack(None)) starts at extract's caller.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _walk_tb_with_full_positions(tb):
    """(frame, (line, end line, column, end column)) for each entry of a traceback chain."""
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return pos
    return (None, None, None, None)


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # The same frame layout as CPython's (a wrapping generator and a helper), which
        # walk_stack(None) counts on.
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False, locals=None,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append("    {}\n".format(stripped_line))
            row.extend(_marker_line(frame_summary, stripped_line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        """The lines of the stack; runs of one repeated entry are shown three times."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            if (last_file is None or last_file != fs.filename or
                    last_line is None or last_line != fs.lineno or
                    last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f"  [Previous line repeated {count} more "
                                  f"time{'s' if count > 1 else ''}]\n")
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f"  [Previous line repeated {count} more "
                          f"time{'s' if count > 1 else ''}]\n")
        return result


class _ExceptionPrintContext:
    """Indentation state while drawing nested exception groups."""

    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = "|"
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + " "
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            # Every line gets the prefix, blank ones included.
            yield "".join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for later formatting, with its chained causes and contexts."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            # getattr: a SyntaxError made without location details may lack the fields.
            self.filename = getattr(exc_value, "filename", None)
            lno = getattr(exc_value, "lineno", None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, "end_lineno", None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = getattr(exc_value, "msg", None)
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return
        # Causes and contexts are converted breadth-first with a queue, not by recursion,
        # so that long chains cannot exhaust the stack.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, limit=limit,
                                           lookup_lines=lookup_lines,
                                           capture_locals=capture_locals,
                                           max_group_width=max_group_width,
                                           max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if e is not None and e.__context__ is not None and need_context \
                    and id(e.__context__) not in _seen:
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, limit=limit,
                                             lookup_lines=lookup_lines,
                                             capture_locals=capture_locals,
                                             max_group_width=max_group_width,
                                             max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, limit=limit,
                                                 lookup_lines=lookup_lines,
                                                 capture_locals=capture_locals,
                                                 max_group_width=max_group_width,
                                                 max_group_depth=max_group_depth,
                                                 _seen=_seen)
                              for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The final line(s): "Type: message", with the source context of a SyntaxError."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if _is_sequence(self.__notes__):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                yield from [line + "\n" for line in note.split("\n")]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the full report, chained exceptions first; exception groups are
        drawn as nested boxes."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        width = self.max_group_width
        n = num_excs if num_excs <= width else width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                # A nested group may draw the closing line itself.
                _ctx.need_close = True
            truncated = i >= width
            title = f"{i + 1}" if not truncated else "..."
            yield (_ctx.indent() + ("+-" if i == 0 else "  ") +
                   f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - width
                plural = "s" if remaining > 1 else ""
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
