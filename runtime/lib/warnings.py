"""Warning control for Ember.

Written from the documented behaviour of CPython 3.11's warnings module: warn(),
the filter list (simplefilter, filterwarnings, resetwarnings), showwarning/formatwarning
and catch_warnings (with record=True).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "WarningMessage"]

# Each filter: (action, message pattern or None, category, module pattern or None, lineno).
filters = []
defaultaction = "default"
# Locations already warned about, for the "default" and "module" actions.
_onceregistry = {}
_filters_version = 1


def _default_filters():
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


filters[:] = _default_filters()

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _add_filter(item, append):
    """Puts a filter first (moving it if present) or, with append, last unless present;
    either way the registries' memory of past decisions is invalidated."""
    global _filters_version
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_version += 1
    _onceregistry.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Inserts an entry into the list of warnings filters (at the front by default)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _compile(message, True) if message else None
    mod = _compile(module, False) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


class _PrefixPattern:
    """Stands in for a compiled regular expression where `re` is missing: patterns
    without metacharacters match as prefixes, which is what re.match does with them."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._ignore_case = ignore_case

    def match(self, text):
        if self._ignore_case:
            return text.lower().startswith(self.pattern.lower()) or None
        return text.startswith(self.pattern) or None


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _PrefixPattern(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """A filter that matches every message and module of category."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clears the filter list."""
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _onceregistry.clear()


class WarningMessage:
    """One recorded warning, as catch_warnings(record=True) collects them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        for detail, value in zip(self._WARNING_DETAILS,
                                 (message, category, filename, lineno, file, line, source)):
            setattr(self, detail, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarning_default(message, category, filename, lineno, file=None, line=None):
    out = sys.stderr if file is None else file
    if out is None:
        return  # no stderr at all (a windowed program): the warning goes nowhere
    try:
        out.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass  # a closed or broken stream loses the warning silently


showwarning = _showwarning_default


def _matches(pattern, text):
    # A plain string (the default filters) matches by equality, as CPython's C module does.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning with an explicit location."""
    lineno = int(lineno)
    if registry is None:
        registry = {}
    if module is None:
        # What a filter's module pattern is matched against when no module is given:
        # the file name less a '.py' suffix (any case), '<unknown>' for an empty name.
        module = filename or "<unknown>"
        module = module[:-3] if module[-3:].lower() == ".py" else module
    if registry.get("version", 0) != _filters_version:
        # The filters changed since this registry recorded anything: forget it all.
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return  # shown already from this place
    action = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if not _should_show(action, registry, key):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


_formatwarning_default = formatwarning


def _formatwarnmsg(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None and formatwarning is _formatwarning_default:
        # There is no tracemalloc to tell where the object came from: say so, as CPython
        # does when tracing is off.
        text += ("%s: Enable tracemalloc to get the object allocation traceback\n"
                 % msg.category.__name__)
    return text


def _showwarnmsg(msg):
    recorder = _recorder
    if recorder is not None and showwarning is _showwarning_default:
        recorder(msg)
        return
    if showwarning is _showwarning_default:
        file = msg.file if msg.file is not None else sys.stderr
        if file is None:
            return
        try:
            file.write(_formatwarnmsg(msg))
        except OSError:
            pass
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _warn_unawaited_coroutine(coro):
    """Called by the runtime when a coroutine that never ran is freed."""
    try:
        sys._getframe(1)
    except ValueError:
        # Freed at exit, outside any frame: CPython can no longer import tracemalloc
        # there, so its report has no hint line.
        source = None
    else:
        source = coro
    warn("coroutine '%s' was never awaited" % coro.__qualname__, category=RuntimeWarning,
         stacklevel=2, source=source)


_recorder = None


def _action_for(text, category, module, lineno):
    """The action of the first filter matching the warning, else the default action."""
    for entry in filters:
        action, msg, cat, mod, ln = entry
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and ln in (0, lineno)):
            if action not in _ACTIONS:
                raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                                   (action, entry))
            return action
    return defaultaction


def _should_show(action, registry, key):
    """Applies action's memory rule (once per text, per module, per location, or always)
    and says whether to show the warning now."""
    if action not in _SHOW_RULES:
        raise RuntimeError("Unrecognized action (%r) in warnings.defaultaction" % (action,))
    if action == "ignore":
        return False
    if action == "always":
        return True
    registry[key] = 1
    if action == "default":
        return True
    text, category, _ = key
    if action == "once":
        seen, mark = _onceregistry, (text, category)
    else:  # "module": once per text and category in this registry, whatever the line
        seen, mark = registry, (text, category, 0)
    if seen.get(mark):
        return False
    seen[mark] = 1
    return True


_SHOW_RULES = frozenset(_ACTIONS) - {"error"}


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, located stacklevel frames above the caller."""
    if isinstance(message, Warning):  # an instance brings its own category
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" %
                        type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1  # CPython reports a level past the stack as sys:1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with
    record=True, __enter__ returns a list that collects the warnings."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __repr__(self):
        return type(self).__name__ + ("(record=True)" if self._record else "()")

    def __enter__(self):
        global _recorder, _filters_version, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = (filters[:], showwarning, _recorder)
        _filters_version += 1
        _onceregistry.clear()
        if self._filter:
            simplefilter(*self._filter)
        if not self._record:
            return None
        # A showwarning the program installed would bypass the recorder: the default
        # one is back while recording (the saved one returns on exit).
        showwarning = _showwarning_default
        _recorder = (log := []).append
        return log

    def __exit__(self, *exc_info):
        global showwarning, _recorder, _filters_version
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        saved_filters, showwarning, _recorder = self._saved
        filters[:] = saved_filters
        _filters_version += 1
        _onceregistry.clear()


# ---- the command line's -W options (sys.warnoptions), applied once at import

class _BadOption(Exception):
    pass


def _option_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    # Any prefix of an action names it ("-W e" is error), in this order of preference.
    for full in ("default", "always", "ignore", "module", "once", "error"):
        if full.startswith(word):
            return full
    raise _BadOption("invalid action: %r" % (word,))


def _option_category(name):
    if not name:
        return Warning
    if "." in name:
        where, _, attr = name.rpartition(".")
        try:
            found = getattr(__import__(where, None, None, [attr]), attr)
        except ImportError:
            raise _BadOption("invalid module name: %r" % (where,)) from None
        except AttributeError:
            raise _BadOption("unknown warning category: %r" % (name,)) from None
    else:
        import builtins
        found = getattr(builtins, name, None)
        if found is None:
            raise _BadOption("unknown warning category: %r" % (name,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _BadOption("invalid warning category: %r" % (name,))
    return found


def _apply_option(text):
    fields = [f.strip() for f in text.split(":")]
    if len(fields) > 5:
        raise _BadOption("too many fields (max 5): %r" % (text,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = fields
    import re
    if lineno:
        try:
            line = int(lineno)
        except (ValueError, OverflowError):
            line = -1
        if line < 0:
            raise _BadOption("invalid lineno %r" % (lineno,)) from None
    else:
        line = 0
    filterwarnings(_option_action(action), re.escape(message), _option_category(category),
                   re.escape(module) + r"\Z" if module else "", line)


def _apply_command_line():
    import sys
    for text in getattr(sys, "warnoptions", ()):
        try:
            _apply_option(text)
        except _BadOption as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_apply_command_line()
