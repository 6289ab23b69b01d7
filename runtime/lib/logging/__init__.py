"""logging for Ember: loggers, handlers, formatters and filters with CPython 3.11's API.

Ember is single-threaded, so the locks the API exposes do nothing.
"""

import io, os, sys, time

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler", "Filter",
           "Formatter", "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET",
           "NullHandler", "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
           "captureWarnings", "critical", "debug", "disable", "error", "exception", "fatal",
           "getLevelName", "getLogger", "getLoggerClass", "info", "log", "makeLogRecord",
           "setLoggerClass", "shutdown", "warn", "warning", "getLogRecordFactory",
           "setLogRecordFactory", "lastResort", "raiseExceptions", "getLevelNamesMapping"]

# Switches user code may flip.
raiseExceptions = True
logThreads = logMultiprocessing = logProcesses = True

_startTime = time.time()

# ------------------------------------------------------------------------ levels

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL = CRITICAL
WARN = WARNING

_levelToName = {}
for _name in ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "NOTSET"):
    _levelToName[globals()[_name]] = _name
_nameToLevel = {}
for _name in ("CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET"):
    _nameToLevel[_name] = globals()[_name]
del _name


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Name for a level number, number for a level name, else "Level <level>"."""
    found = _levelToName.get(level)
    if found is None:
        found = _nameToLevel.get(level)
        if found is None:
            return "Level %s" % level
    return found


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    number = _nameToLevel.get(level)
    if number is None:
        raise ValueError("Unknown level: %r" % level)
    return number


# Frames whose code comes from this file are logging's own; caller lookup skips them.
_srcfile = sys._getframe(0).f_code.co_filename


def _acquireLock():
    pass


def _releaseLock():
    pass


def _deprecated(message):
    # CPython warns about warn(). Ember's warnings module may fail to match its default
    # "__main__" filter here; such a failure must not stop the logging call.
    import warnings
    try:
        warnings.warn(message, DeprecationWarning, 3)
    except AttributeError:
        pass


def _current_exc_info():
    kind, exc, tb = sys.exc_info()
    if exc is not None and tb is None:
        tb = exc.__traceback__
    return kind, exc, tb


# ------------------------------------------------------------------------ records

def _file_and_module(pathname):
    if type(pathname) is not str:
        try:
            base = os.path.basename(pathname)
            return base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            return pathname, "Unknown module"
    # basename and splitext by hand: every record needs them, and os.path costs more.
    base = pathname[pathname.rfind("/") + 1:]
    dot = base.rfind(".")
    if dot > 0 and base[:dot].lstrip("."):
        return base, base[:dot]
    return base, base


class LogRecord(object):
    """One logging event and its context."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a lone non-empty mapping feeds named placeholders.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            # Threads exist only once threading is imported.
            threading = sys.modules.get("threading")
            if threading is None:
                self.thread, self.threadName = 1, "MainThread"
            else:
                self.thread = threading.get_ident()
                self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from the mapping (e.g. one sent over a socket)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ------------------------------------------------------------------------ format styles

def _word_end(text, pos):
    # End of the run of \w characters starting at pos.
    while pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
        pos += 1
    return pos


def _digits_end(text, pos):
    while pos < len(text) and text[pos].isdigit():
        pos += 1
    return pos


def _percent_field_at(fmt, pos):
    # Does "%(key)<flags><width><.precision><type>" begin at fmt[pos]?
    if fmt[pos:pos + 2] != "%(":
        return False
    key_end = _word_end(fmt, pos + 2)
    if key_end == pos + 2 or fmt[key_end:key_end + 1] != ")":
        return False
    pos = key_end + 1
    while fmt[pos:pos + 1] and fmt[pos] in "#0+ -":
        pos += 1
    pos = pos + 1 if fmt[pos:pos + 1] == "*" else _digits_end(fmt, pos)
    if fmt[pos:pos + 1] == ".":
        pos = pos + 2 if fmt[pos + 1:pos + 2] == "*" else _digits_end(fmt, pos + 1)
    return fmt[pos:pos + 1] != "" and fmt[pos] in "diouxefgcrsa%"


class PercentStyle(object):
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        # An empty or missing format falls back to the style's default one.
        self._defaults = defaults
        self._fmt = fmt or self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def _fields(self, record):
        extra = self._defaults
        return extra | record.__dict__ if extra else record.__dict__

    def validate(self):
        fmt = self._fmt
        start = fmt.find("%(")
        while start != -1:
            if _percent_field_at(fmt, start):
                return
            start = fmt.find("%(", start + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _format(self, record):
        extra = self._defaults
        return self._fmt % (extra | record.__dict__ if extra else record.__dict__)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


def _field_name_ok(name):
    # A word, followed by any number of ".word" and "[key]" accessors.
    pos = _word_end(name, 0)
    if pos == 0:
        return False
    while pos < len(name):
        if name[pos] == ".":
            after = _word_end(name, pos + 1)
            if after == pos + 1:
                return False
            pos = after
        elif name[pos] == "[":
            close = name.find("]", pos + 1)
            if close <= pos + 1:
                return False
            pos = close + 1
        else:
            return False
    return True


def _count_end(spec, pos):
    # A width or precision: digits, or a nested "{word}".
    if spec[pos:pos + 1].isdigit():
        return _digits_end(spec, pos)
    if spec[pos:pos + 1] == "{":
        close = spec.find("}", pos)
        if close > pos + 1 and _word_end(spec, pos + 1) == close:
            return close + 1
    return pos


def _spec_tail_ok(spec, pos):
    # sign, "#", "0", width, grouping, precision, type: each optional, in this order.
    for options in ("+ -", "#", "0"):
        if spec[pos:pos + 1] and spec[pos] in options:
            pos += 1
    pos = _count_end(spec, pos)
    if spec[pos:pos + 1] and spec[pos] in ",_":
        pos += 1
    if spec[pos:pos + 1] == ".":
        after = _count_end(spec, pos + 1)
        if after > pos + 1:
            pos = after
    if spec[pos:pos + 1] and spec[pos].lower() in "bcdefgnosx%":
        pos += 1
    return pos == len(spec)


def _format_spec_ok(spec):
    # The alignment may come with a fill character, alone, or not at all; any reading
    # that makes the whole specification valid will do.
    starts = [0]
    if spec[:1] and spec[0] in "<>=^":
        starts.append(1)
    if spec[1:2] and spec[1] in "<>=^":
        starts.append(2)
    return any(_spec_tail_ok(spec, s) for s in starts)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._fields(record))

    def _check_pieces(self):
        import string
        names = set()
        for _, field, spec, conversion in string.Formatter().parse(self._fmt):
            if field:
                if not _field_name_ok(field):
                    raise ValueError("invalid field name/expression: %r" % field)
                names.add(field)
            if conversion and conversion not in "rsa":
                raise ValueError("invalid conversion: %r" % conversion)
            if spec and not _format_spec_ok(spec):
                raise ValueError("bad specifier: %r" % spec)
        return names

    def validate(self):
        try:
            names = self._check_pieces()
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        if not names:
            raise ValueError("invalid format: no fields")


def _ascii_ident_end(text, pos):
    # string.Template identifiers: [_a-zA-Z][_a-zA-Z0-9]*, ASCII only.
    def ok(ch, digits):
        return ch == "_" or "a" <= ch.lower() <= "z" or (digits and "0" <= ch <= "9")
    if pos >= len(text) or not ok(text[pos], False):
        return pos
    pos += 1
    while pos < len(text) and ok(text[pos], True):
        pos += 1
    return pos


class StringTemplateStyle(PercentStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, *args, **kwargs):
        import string
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def _placeholder_end(self, pos):
        # Given a "$" at pos, the index after a valid placeholder or escape, else None.
        fmt = self._fmt
        nxt = pos + 1
        if fmt[nxt:nxt + 1] == "$":
            return nxt + 1, False
        end = _ascii_ident_end(fmt, nxt)
        if end > nxt:
            return end, True
        if fmt[nxt:nxt + 1] == "{":
            end = _ascii_ident_end(fmt, nxt + 1)
            if end > nxt + 1 and fmt[end:end + 1] == "}":
                return end + 1, True
        return None, False

    def validate(self):
        any_field = False
        pos = self._fmt.find("$")
        while pos != -1:
            end, is_field = self._placeholder_end(pos)
            if end is None:
                raise ValueError("invalid format: bare '$' not allowed")
            any_field = any_field or is_field
            pos = self._fmt.find("$", end)
        if not any_field:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


def _style_error():
    return ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))


# ------------------------------------------------------------------------ formatters

def _add_block(text, block):
    # Extra blocks (traceback, stack) start on a line of their own.
    if not text.endswith("\n"):
        text += "\n"
    return text + block


class Formatter(object):
    """Renders a LogRecord as text."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        entry = _STYLES.get(style)
        if entry is None:
            raise _style_error()
        handler_style = entry[0](fmt, defaults=defaults)
        if validate:
            handler_style.validate()
        self._style, self._fmt = handler_style, handler_style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        stamp = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, stamp)
        text = time.strftime(self.default_time_format, stamp)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        import traceback
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The rendered traceback is kept on the record so every handler reuses it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _add_block(text, record.exc_text)
        if record.stack_info:
            text = _add_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join([self.linefmt.format(r) for r in records])
        return self.formatHeader(records) + body + self.formatFooter(records)


# ------------------------------------------------------------------------ filters

class Filter(object):
    """Passes records from the logger called name and from its descendants."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        wanted = self.name
        got = record.name
        if not self.nlen or got == wanted:
            return True
        return got.startswith(wanted) and got[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """Something that holds filters: a handler or a logger."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        # Filters may be Filter-like objects or plain callables.
        for check in self.filters:
            method = getattr(check, "filter", None)
            verdict = check(record) if method is None else method(record)
            if not verdict:
                return False
        return True


# ------------------------------------------------------------------------ handlers

_handlers = {}       # name -> handler
_handlerList = []    # weak references, oldest first, used by shutdown()


def _removeHandlerRef(wr):
    if wr in _handlerList:
        _handlerList.remove(wr)


def _addHandlerRef(handler):
    # _weakref is cheaper to import than weakref.
    from _weakref import ref
    _handlerList.append(ref(handler, _removeHandlerRef))


def _level_text(level):
    return getLevelName(level)


class Handler(Filterer):
    """Base of all handlers; subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self._name, self.formatter, self._closed = None, None, False
        _addHandlerRef(self)
        self.createLock()

    # Locking is a no-op on single-threaded Ember; the methods exist for the API.
    def _at_fork_reinit(self):
        pass

    def createLock(self):
        self.lock = None

    # A named handler is listed in _handlers under its name.
    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and _handlers.get(self._name) is not None:
            del _handlers[self._name]

    def handleError(self, record):
        """Describe, on stderr, an exception raised during emit(), then carry on."""
        if not raiseExceptions or not sys.stderr:
            return
        kind, exc, tb = _current_exc_info()
        try:
            _report_emit_failure(record, kind, exc, tb)
        except OSError:
            pass  # stderr itself is unusable

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, _level_text(self.level))


def _report_emit_failure(record, kind, exc, tb):
    import traceback
    err = sys.stderr
    err.write("--- Logging error ---\n")
    traceback.print_exception(kind, exc, tb, None, err)
    err.write("Call stack:\n")
    # Ember's traceback frames do not lead back to the callers, so the live stack is
    # shown instead, from the first frame outside this module.
    try:
        frame = sys._getframe(2)
    except ValueError:
        frame = None
    while frame is not None and frame.f_code.co_filename == _srcfile:
        frame = frame.f_back
    if frame is None:
        err.write("Logged from file %s, line %s\n" % (record.filename, record.lineno))
    else:
        traceback.print_stack(frame, file=err)
    try:
        err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
    except RecursionError:
        raise
    except Exception:
        err.write("Unable to print the message and arguments - possible formatting "
                  "error.\nUse the traceback above to help find the error.\n")


class StreamHandler(Handler):
    """Writes each formatted record plus terminator to a stream (stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target and hasattr(target, "flush"):
            target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except Exception as error:
            if isinstance(error, RecursionError):
                raise  # reporting it would only recurse again
            self.handleError(record)

    def setStream(self, stream):
        previous = self.stream
        if stream is previous:
            return None
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        target = self.stream
        # Ember's standard streams may be the marker strings "<stdout>"/"<stderr>",
        # which are also the names CPython gives them.
        label = target if isinstance(target, str) else str(getattr(target, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, _level_text(self.level))


class FileHandler(StreamHandler):
    """StreamHandler on a file it opens itself, now or (delay=True) at the first record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # Text mode without an encoding records "locale", as io.text_encoding() does.
        self.encoding = "locale" if encoding is None and "b" not in mode else encoding
        self.errors, self.delay = errors, delay
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
            return
        Handler.__init__(self)
        self.stream = None

    def _open(self):
        options = {"encoding": None if self.encoding == "locale" else self.encoding}
        if self.errors is not None:
            options["errors"] = self.errors
        return self._builtin_open(self.baseFilename, self.mode, **options)

    def close(self):
        try:
            current = self.stream
            if current:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    if hasattr(current, "close"):
                        current.close()
        finally:
            StreamHandler.close(self)

    def emit(self, record):
        # A closed handler in "w" mode must not reopen (and so truncate) its file.
        stream = self.stream
        if stream is None and (self.mode != "w" or not self._closed):
            stream = self.stream = self._open()
        if stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename,
                                 _level_text(self.level))


class _StderrHandler(StreamHandler):
    """Writes to sys.stderr as it is when each record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


# Used when a record finds no handler at all.
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Swallows everything; lets a library log without configuring anything."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ------------------------------------------------------------------------ the hierarchy

class PlaceHolder(object):
    """Occupies a dotted name that so far only has descendant loggers."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _ancestor_names(name):
    # "a.b.c" -> "a.b", "a"
    cut = name.rfind(".")
    while cut > 0:
        yield name[:cut]
        cut = name.rfind(".", 0, cut - 1)


class Manager(object):
    """Keeps the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False
        self.disable = 0

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    disable = property(lambda self: self._disable, _set_disable)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        known = self.loggerDict.get(name)
        if known is None:
            known = self._new_logger(name)
            self._fixupParents(known)
        elif isinstance(known, PlaceHolder):
            holder = known
            known = self._new_logger(name)
            self._fixupChildren(holder, known)
            self._fixupParents(known)
        return known

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        parent = None
        for prefix in _ancestor_names(alogger.name):
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
                break
            else:
                entry.append(alogger)
        alogger.parent = self.root if parent is None else parent

    def _fixupChildren(self, ph, alogger):
        # Loggers that were waiting below this name now hang from it, unless they
        # already have a closer parent.
        prefix = alogger.name
        for waiting in ph.loggerMap:
            if not waiting.parent.name.startswith(prefix):
                alogger.parent = waiting.parent
                waiting.parent = alogger

    def _clear_cache(self):
        for entry in self.loggerDict.values():
            if isinstance(entry, Logger):
                entry._cache.clear()
        self.root._cache.clear()


def _as_exc_tuple(value):
    # exc_info may be an exception, a ready tuple, or any true value meaning "the
    # exception being handled now".
    if isinstance(value, tuple):
        return value
    if isinstance(value, BaseException):
        return type(value), value, value.__traceback__
    return _current_exc_info()


def _logger_method(level, name):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = name
    method.__qualname__ = "Logger." + name
    return method


class Logger(Filterer):
    """A named source of records. Records go to its handlers, then up to its parent's."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.parent = name, None
        self.level = _checkLevel(level)
        self.handlers, self._cache = [], {}
        self.propagate, self.disabled = True, False

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _logger_method(DEBUG, "debug")
    info = _logger_method(INFO, "info")
    warning = _logger_method(WARNING, "warning")
    error = _logger_method(ERROR, "error")
    critical = _logger_method(CRITICAL, "critical")

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) for the code that called logging."""
        try:
            frame = sys._getframe(1)
        except ValueError:
            frame = None
        while frame is not None and frame.f_code.co_filename == _srcfile:
            frame = frame.f_back
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        # stacklevel > 1 climbs further, counting only frames outside this module.
        remaining = stacklevel - 1
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if frame.f_code.co_filename != _srcfile:
                remaining -= 1
        code = frame.f_code
        stack_text = None
        if stack_info:
            import traceback
            buf = io.StringIO()
            buf.write("Stack (most recent call last):\n")
            traceback.print_stack(frame, file=buf)
            stack_text = buf.getvalue()
            buf.close()
            if stack_text.endswith("\n"):
                stack_text = stack_text[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, stack_text

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            fields = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in fields:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = ("(unknown file)", 0, "(unknown function)")
        sinfo = None
        if _srcfile:  # setting logging._srcfile = None turns the lookup off
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
                where = (fn, lno, func)
            except ValueError:
                pass
        if exc_info:
            exc_info = _as_exc_tuple(exc_info)
        fn, lno, func = where
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                    func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        # This logger and the ancestors records propagate to.
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        node = self
        while node:
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        if not lastResort:
            # Only possible when user code set lastResort to None; warn once.
            manager = self.manager
            if raiseExceptions and not manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                manager.emittedNoHandlerWarning = True
        elif record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        # Answers are memoised per level; setLevel() and disable() reset every memo.
        if not self.disabled:
            try:
                return self._cache[level]
            except KeyError:
                return self._memo_level(level)
        return False

    def _memo_level(self, level):
        answer = self._cache[level] = (self.manager.disable < level
                                       and level >= self.getEffectiveLevel())
        return answer

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 _level_text(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError("logger cannot be pickled")
        return getLogger, (self.name,)


_loggerClass = Logger


class RootLogger(Logger):
    """Top of the hierarchy; its name is "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


def _adapter_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = "LoggerAdapter." + name
    return method


class LoggerAdapter(object):
    """Wraps a logger so that every call carries the same extra context."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, "debug")
    info = _adapter_method(INFO, "info")
    warning = _adapter_method(WARNING, "warning")
    error = _adapter_method(ERROR, "error")
    critical = _adapter_method(CRITICAL, "critical")

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return "<%s %s (%s)>" % (type(self).__name__, inner.name,
                                 _level_text(inner.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ------------------------------------------------------------------------ module-level API

def _handlers_from_options(options, encoding, errors):
    # The handler list basicConfig() installs when none is given explicitly.
    filename = options.pop("filename", None)
    mode = options.pop("filemode", "a")
    if filename:
        if "b" in mode:
            errors = None
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Give the root logger a handler and a formatter, unless it already has handlers
    (force=True removes those first)."""
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    has_stream, has_file = "stream" in kwargs, "filename" in kwargs
    if handlers is None:
        if has_stream and has_file:
            raise ValueError("'stream' and 'filename' should not be specified together")
        handlers = _handlers_from_options(kwargs, encoding, errors)
    elif has_stream or has_file:
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", "%")
    if style not in _STYLES:
        raise _style_error()
    formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop("level", None)
    leftover = ", ".join(kwargs.keys())
    if level is not None:
        root.setLevel(level)
    if leftover:
        raise ValueError("Unrecognised argument(s): %s" % leftover)


def getLogger(name=None):
    """The logger called name (made on first request); the root logger for no name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _root_call(method):
    # The module-level shortcuts configure logging on first use, then use the root logger.
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    call.__name__ = call.__qualname__ = method
    return call


debug = _root_call("debug")
info = _root_call("info")
warning = _root_call("warning")
error = _root_call("error")
critical = _root_call("critical")


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Suppress every record at level or below, on all loggers."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers, newest first."""
    for reference in list(reversed(handlerList)):
        try:
            handler = reference()
            if handler:
                handler.flush()
                handler.close()
        except (OSError, ValueError):
            pass  # typically a stream that is already closed
        except Exception:
            if raiseExceptions:
                raise


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        # An explicit file keeps the original behaviour.
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", text)


def captureWarnings(capture):
    """Send warnings to the "py.warnings" logger (True) or back to stderr (False)."""
    import warnings
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
