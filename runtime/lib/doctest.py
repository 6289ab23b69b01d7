"""doctest (Ember): find interactive examples in docstrings, run them and compare their output.

Covers testmod, testfile, run_docstring_examples, DocTestParser/Finder/Runner, OutputChecker,
the option flags and directives, DebugRunner, and DocTestSuite/DocFileSuite for unittest.
Leaves out the debugger hooks (debug, debug_src, the pdb integration) and `python -m doctest`.
"""

import __future__
import difflib, inspect, linecache, traceback
import os, re, sys
from io import StringIO
from collections import namedtuple

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "testfile", "run_docstring_examples", "DocTestSuite", "DocFileSuite",
    "set_unittest_reportflags", "script_from_examples", "testsource",
]

TestResults = namedtuple("TestResults", "failed attempted")

# ---------------------------------------------------------------------------
# Option flags: each name gets the next bit, in the documented order.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit for option `name`, allotting a new one on first use."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


# ---------------------------------------------------------------------------
# Small helpers.

def _indent(s, indent=4):
    """`s` with `indent` spaces before every non-empty line."""
    pad = " " * indent
    return "".join(pad + line if line.strip("\n") else line
                   for line in s.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback text for an exc_info triple, as the interpreter would print it."""
    return "".join(traceback.format_exception(exc_info[0], exc_info[1], exc_info[2]))


def _future_flags(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    # A feature counts only when the name is bound to __future__'s own object.
    bits = 0
    for known in __future__.all_feature_names:
        feature = getattr(__future__, known)
        if globs.get(known) is feature:
            bits |= feature.compiler_flag
    return bits


def _module_relative_path(module, path):
    """`path` taken relative to the folder of `module`."""
    if not inspect.ismodule(module):
        raise TypeError("Expected a module: %r" % (module,))
    if path.startswith("/"):
        raise ValueError("Module-relative files may not have absolute paths")
    path = os.path.join(*path.split("/"))
    if getattr(module, "__file__", None):
        basedir = os.path.dirname(module.__file__)
    elif module.__name__ == "__main__":
        # A script run directly: its files sit beside the script (or in the cwd).
        script = sys.argv[0] if sys.argv else ""
        basedir = os.path.dirname(script) if script else os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(basedir, path)


def _normalize_module(module, depth=2):
    """A module from a module, a dotted name, or None (the caller's module)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        name = sys._getframe(depth).f_globals["__name__"]
        return sys.modules[name]
    raise TypeError("Expected a module, string, or None")


def _load_testfile(filename, package, module_relative, encoding):
    """(text, path) of a doctest file; relative names are looked up beside `package`."""
    if module_relative:
        # depth 3: the frame that called testfile() / DocFileSuite's helper
        filename = _module_relative_path(_normalize_module(package, 3), filename)
    with open(filename, encoding=encoding or "utf-8") as stream:
        text = stream.read()
    return text, filename



class _SpoofOut(StringIO):
    """Captures an example's output; what it holds always ends in a newline if non-empty."""

    def truncate(self, size=None):
        self.seek(0 if size is None else size)
        StringIO.truncate(self)

    def getvalue(self):
        text = StringIO.getvalue(self)
        return text + "\n" if text[-1:] not in ("", "\n") else text


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    start, end = 0, len(got)
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    # The fixed ends must not overlap, as in want='aa...aa' against got='aaa'.
    if start > end:
        return False
    for piece in pieces:
        pos = got.find(piece, start, end)
        if pos < 0:
            return False
        start = pos + len(piece)
    return True


def _strip_exception_details(msg):
    """The exception's class name alone: no module path, no message."""
    # Cut at the first newline, then before any '(' or ':', then keep what follows
    # the last dot of what is left.
    head = msg
    for stop in ("\n", "(", ":"):
        head = head.partition(stop)[0]
    return head.rpartition(".")[2]


# ---------------------------------------------------------------------------
# Examples and tests.

class Example:
    """One interactive example: its source, its expected output, and where it sits."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source, self.want, self.exc_msg = source, want, exc_msg
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring = docstring
        self.examples = examples
        # The examples run in a copy, so a test never changes the namespace it came from.
        self.globs = globs.copy()

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = "no examples"
        elif n == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % n
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                            self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


# ---------------------------------------------------------------------------
# Parsing docstrings.

_PROMPT_RE = re.compile(r"^([ ]*)>>>")
_CONT_RE = re.compile(r"^([ ]*)\.\.\.")
_DIRECTIVE_RE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_TRACEBACK_HEADERS = ("Traceback (most recent call last):", "Traceback (innermost last):")
_INDENT_RE = re.compile(r"^([ ]*)(?=\S)", re.MULTILINE)
_BLANK_OR_COMMENT_RE = re.compile(r"[ ]*(#.*)?$")


class DocTestParser:
    """Splits a docstring into its text and its examples."""

    def parse(self, string, name="<string>"):
        """The docstring as a list alternating text (str) and Example objects."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join(line[min_indent:] for line in string.split("\n"))
        lines = string.split("\n")
        output = []
        text_start = 0  # line where the current run of plain text began
        i = 0
        n = len(lines)
        while i < n:
            m = _PROMPT_RE.match(lines[i])
            if not m:
                i += 1
                continue
            indent = len(m.group(1))
            start = i
            # The example's source: the prompt line and its '...' continuation lines.
            source_lines = [lines[i]]
            i += 1
            while i < n:
                c = _CONT_RE.match(lines[i])
                if c is None or len(c.group(1)) != indent:
                    break
                source_lines.append(lines[i])
                i += 1
            # The expected output: following lines up to a blank line or a new prompt.
            want_lines = []
            while i < n and lines[i].strip() and not _PROMPT_RE.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            output.append("\n".join(lines[text_start:start]) + ("\n" if start > text_start else ""))
            text_start = i
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, start)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=start,
                                      indent=min_indent + indent, options=options))
        output.append("\n".join(lines[text_start:]))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """The Example objects of `string`, in order."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join(sl[indent + 4:] for sl in source_lines)
        # Trailing spaces after the last expected line do not count.
        if want_lines and not want_lines[-1].strip():
            del want_lines[-1]
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join(wl[indent:] for wl in want_lines)
        exc_msg = None
        first = want.split("\n", 1)[0].rstrip()
        if first in _TRACEBACK_HEADERS:
            rest = want.split("\n")[1:]
            for k, line in enumerate(rest):
                if line[:1].isalnum() or line[:1] == "_":
                    exc_msg = "\n".join(rest[k:])
                    break
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(",", " ").split():
                if option[:1] not in ("+", "-") or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and self._is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def _min_indent(self, s):
        indents = [len(m) for m in _INDENT_RE.findall(s)]
        return min(indents) if indents else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent "
                                 "leading whitespace: %r" % (lineno + i + 1, name, line))

    @staticmethod
    def _is_blank_or_comment(source):
        # Only a single line of spaces and perhaps a comment counts as "no example".
        return _BLANK_OR_COMMENT_RE.match(source) is not None


# ---------------------------------------------------------------------------
# Finding docstrings.

def _docstring_text(obj):
    """`obj.__doc__` as a str; '' when it is missing, None, or cannot be read."""
    try:
        doc = obj.__doc__
        return "" if doc is None else doc if isinstance(doc, str) else str(doc)
    except (TypeError, AttributeError):
        return ""


def _code_behind(obj):
    """The code object whose first line locates `obj`'s docstring, or None.

    Bound methods are looked through to their functions; a function counts only if it
    has a docstring; tracebacks and frames lead to their code. (Properties give None,
    as in CPython 3.11.)"""
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj):
        return obj.__code__ if getattr(obj, "__doc__", None) else None
    if inspect.istraceback(obj):
        obj = obj.tb_frame
    if inspect.isframe(obj):
        return obj.f_code
    return obj if inspect.iscode(obj) else None


class DocTestFinder:

    """Collects the DocTests of an object and of the objects it holds."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._verbose, self._parser = verbose, parser
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and (when recursing) what it contains, sorted by name."""
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        # module=False means "no module at all"; None means "work it out".
        if module is None:
            module = inspect.getmodule(obj)
        elif module is False:
            module = None
        source_lines = self._source_lines_of(obj, module)
        if globs is not None:
            namespace = globs.copy()
        else:
            namespace = {} if module is None else module.__dict__.copy()
        namespace.update(extraglobs or ())
        namespace.setdefault("__name__", "__main__")
        found = []
        self._find(found, obj, name, module, source_lines, namespace, {})
        return sorted(found)

    @staticmethod
    def _source_lines_of(obj, module):
        """The lines of the file that defines `obj` (for line numbers), or None."""
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path or (path[:1] == "<" and path[-1:] == ">"):
            return None
        if module is None:
            found = linecache.getlines(path)
        else:
            found = linecache.getlines(path, module.__dict__)
        return found or None

    def _from_module(self, module, obj):
        """Whether `obj` was defined in `module` (so that imported objects are skipped)."""
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj):
            objclass = getattr(obj, "__objclass__", None)
            obj_mod = getattr(objclass, "__module__", None) if objclass is not None else None
            if obj_mod is None:
                obj_mod = getattr(obj, "__module__", None)
            return module.__name__ == obj_mod
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        key = id(obj)
        if key not in seen:
            seen[key] = 1
            self._visit(tests, obj, name, module, source_lines, globs, seen)

    def _visit(self, tests, obj, name, module, source_lines, globs, seen):
        found = self._get_test(obj, name, module, globs, source_lines)
        if found is not None:
            tests.append(found)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in list(getattr(obj, "__dict__", {}).items()):
                if ((self._is_routine(val) or inspect.isclass(val))
                        and self._from_module(module, val)):
                    self._find(tests, val, "%s.%s" % (name, valname), module,
                               source_lines, globs, seen)
            for valname, val in list(getattr(obj, "__test__", {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val)
                        or inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                self._find(tests, val, "%s.__test__.%s" % (name, valname), module,
                           source_lines, globs, seen)
        if inspect.isclass(obj):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, "%s.%s" % (name, valname), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = obj if isinstance(obj, str) else _docstring_text(obj)
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in `source_lines`, or None."""
        start = None
        if getattr(obj, "__doc__", None) is not None:
            if inspect.isclass(obj):
                if source_lines is None:
                    return None
                header = re.compile(r"^\s*class\s*%s\b" % re.escape(getattr(obj, "__name__", "-")))
                start = next((n for n, text in enumerate(source_lines) if header.match(text)), None)
            elif inspect.ismodule(obj):
                start = 0
        code = _code_behind(obj)
        if code is not None:
            start = code.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # From the object's first line, the docstring is the first line opening a string.
        opener = re.compile(r"(^|.*:)\s*\w*(\"|')")
        return next((n for n in range(start, len(source_lines)) if opener.match(source_lines[n])),
                    None)



# ---------------------------------------------------------------------------
# Comparing output.

class OutputChecker:
    """Decides whether an example's actual output matches the expected one."""

    def _toAscii(self, s):
        return str(s.encode("ASCII", "backslashreplace"), "ASCII")

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got, want = " ".join(got.split()), " ".join(want.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        """The text that shows how `got` differs from what `example` expects."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                diff = [line.rstrip() + "\n" for line in diff]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                diff = [line.rstrip() + "\n" for line in diff]
                kind = "context diff with expected followed by actual"
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


# ---------------------------------------------------------------------------
# Running tests.

class DocTestRunner:
    """Runs DocTests, reports what failed, and keeps the counts per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ("-v" in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        # Totals over every test run, and (failures, tries) per test name for summarize().
        self.tries = self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # Reporting: subclasses may override these.

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if not test.filename:
            where = "Line %s, in %s" % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            where = 'File "%s", line %s, in %s' % (
                test.filename, test.lineno + example.lineno + 1 if known else "?", test.name)
        return "%s\n%s\nFailed example:\n%s" % (self.DIVIDER, where, _indent(example.source))

    def _flags_for(self, example, base):
        flags = base
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _judge(self, example, got, exc_info):
        """'ok', 'failed' or 'raised' for one example's captured output and exception."""
        check = self._checker.check_output
        flags = self.optionflags
        if exc_info is None:
            return "ok" if check(example.want, got, flags) else "failed"
        if example.exc_msg is None:
            return "raised"
        last_line = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        if check(example.exc_msg, last_line, flags):
            return "ok"
        # IGNORE_EXCEPTION_DETAIL compares the exception class names alone.
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(last_line), flags):
            return "ok"
        return "failed"

    def __run(self, test, compileflags, out):
        base_flags = self.optionflags
        failed = tried = 0
        for index, example in enumerate(test.examples):
            # After a first failure under REPORT_ONLY_FIRST_FAILURE, examples still run but
            # report nothing.
            # (The flags looked at are those the previous example ran with.)
            quiet = failed > 0 and bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE)
            self.optionflags = self._flags_for(example, base_flags)
            if self.optionflags & SKIP:
                continue
            tried += 1
            if not quiet:
                self.report_start(out, test, example)
            exc_info = None
            try:
                exec(compile(example.source, "<doctest %s[%d]>" % (test.name, index), "single",
                             compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exc_info is not None and not quiet:
                got += _exception_traceback(exc_info)
            verdict = self._judge(example, got, exc_info)
            if verdict != "ok":
                failed += 1
            if not quiet:
                if verdict == "ok":
                    self.report_success(out, test, example, got)
                elif verdict == "failed":
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, exc_info)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self.__record_outcome(test, failed, tried)
        return TestResults(failed, tried)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def _getlines_for(self, test, fallback):
        # Tracebacks of examples show the example's source line, kept by its <doctest> name.
        prefix = "<doctest %s[" % test.name

        def getlines(filename, module_globals=None):
            if filename.startswith(prefix) and filename.endswith("]>"):
                try:
                    example = test.examples[int(filename[len(prefix):-2])]
                except (ValueError, IndexError):
                    pass
                else:
                    return example.source.splitlines(True)
            if module_globals is None:
                return fallback(filename)
            return fallback(filename, module_globals)
        return getlines

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of `test`, writing reports with `out`; returns TestResults."""
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, "encoding", None) or "utf-8"
            if encoding.lower() == "utf-8":
                out = save_stdout.write
            else:
                def out(s):
                    s = str(s.encode(encoding, "backslashreplace"), encoding)
                    save_stdout.write(s)
        save_linecache_getlines = linecache.getlines
        linecache.getlines = self._getlines_for(test, save_linecache_getlines)
        save_tb_getline = getattr(traceback, "_getline", None)
        if save_tb_getline is not None:
            example_lines = self._getlines_for(test, lambda filename: [])

            def tb_getline(filename, lineno):
                lines = example_lines(filename)
                if lines:
                    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ""
                return save_tb_getline(filename, lineno)
            traceback._getline = tb_getline
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        sys.stdout = self._fakeout
        try:
            outcome = self.__run(test, compileflags, out)
        finally:
            # Put back everything swapped above, then drop the namespace if asked.
            sys.displayhook = save_displayhook
            linecache.getlines = save_linecache_getlines
            if save_tb_getline is not None:
                traceback._getline = save_tb_getline
            sys.stdout = save_stdout
            if clear_globs:
                self._forget_globals(test)
        return outcome

    @staticmethod
    def _forget_globals(test):
        # The interactive '_' may still point into the examples' namespace.
        import builtins
        test.globs.clear()
        builtins._ = None

    def summarize(self, verbose=None):
        """Prints the totals of every test run so far; returns TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, f, t))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                for name in sorted(notests):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, count in sorted(passed):
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, f, t in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        mine = self._name2ft
        for key, (f, t) in other._name2ft.items():
            f0, t0 = mine.get(key, (0, 0))
            mine[key] = (f0 + f, t0 + t)


# Name-mangled alias so subclasses calling the documented hook names keep working.
DocTestRunner._DocTestRunner__patched_linecache_getlines = DocTestRunner._getlines_for


def _describe_test(self):
    # DebugRunner's exceptions read as the doctest they came from
    return str(self.test)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    __str__ = _describe_test


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises an exception it did not expect."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    __str__ = _describe_test


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it."""

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        # The globals survive a raised problem (for post-mortem use), and are cleared
        # only after a clean run.
        outcome = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome


# ---------------------------------------------------------------------------
# The functions most programs call.

master = None


def _merge_into_master(runner):
    global master
    if master is not None:
        master.merge(runner)
        return
    master = runner


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Tests the examples in the docstrings of module `m` (default __main__)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        m, m.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    return _run_all(found, verbose, optionflags, raise_on_error, report)


def _run_all(tests, verbose, optionflags, raise_on_error, report):
    """Runs the tests with a fresh runner, reports, and folds it into `master`."""
    runner_type = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_type(verbose=verbose, optionflags=optionflags)
    for one in tests:
        runner.run(one)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Tests the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    namespace = dict(globs or ())
    namespace.update(extraglobs or ())
    namespace.setdefault("__name__", "__main__")
    test = parser.get_doctest(text, namespace, os.path.basename(filename) if name is None else name,
                              filename, 0)
    return _run_all([test], verbose, optionflags, raise_on_error, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Tests the examples in the docstring of `f` alone, with namespace `globs`."""
    found = DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for one in found:
        runner.run(one, compileflags=compileflags)



def script_from_examples(s):
    """The examples of `s` as a script: code kept, expected output and text as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            lines.extend(_comment_line(text) for text in piece.split("\n")[:-1])
            continue
        lines.append(piece.source[:-1])
        if piece.want:
            lines.append("# Expected:")
            lines.extend("## " + text for text in piece.want.split("\n")[:-1])
    # Empty comment lines at either end are dropped.
    first, last = 0, len(lines)
    while first < last and lines[first] == "#":
        first += 1
    while last > first and lines[last - 1] == "#":
        last -= 1
    return "\n".join(lines[first:last]) + "\n"


def _comment_line(line):
    line = line.rstrip()
    return "# " + line if line else "#"


def testsource(module, name):
    """The script form of the examples of the object called `name` in `module`."""
    for test in DocTestFinder().find(_normalize_module(module)):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


# ---------------------------------------------------------------------------
# unittest integration.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags used by doctest test cases; returns the old ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


import unittest as _unittest


class DocTestCase(_unittest.TestCase):
    """A unittest test case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        _unittest.TestCase.__init__(self)
        self._dt_test = test
        self._dt_optionflags = optionflags
        self._dt_setUp, self._dt_tearDown = setUp, tearDown
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()   # tearDown puts these back

    def _settings(self):
        return (self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker)

    def setUp(self):
        hook = self._dt_setUp
        if hook is not None:
            hook(self._dt_test)

    def tearDown(self):
        hook = self._dt_tearDown
        if hook is not None:
            hook(self._dt_test)
        globs = self._dt_test.globs
        globs.clear()
        globs.update(self._dt_globs)

    def runTest(self):
        flags = self._dt_optionflags
        # The module-wide reporting flags apply only when the case sets none of its own.
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        report = StringIO()
        saved = sys.stdout
        try:
            failed = runner.run(self._dt_test, out=report.write, clear_globs=False).failed
        finally:
            sys.stdout = saved
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = "unknown line number" if test.lineno is None else "%s" % test.lineno
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, where, test.name.rpartition(".")[2], err)

    def debug(self):
        self.setUp()
        DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                    verbose=False).run(self._dt_test, clear_globs=False)
        self.tearDown()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._dt_test == other._dt_test and self._settings() == other._settings()

    def __hash__(self):
        return hash(self._settings())

    def __repr__(self):
        parent, _, leaf = self._dt_test.name.rpartition(".")
        return "%s (%s)" % (leaf, parent)

    __str__ = object.__str__

    def id(self):
        return self._dt_test.name

    def shortDescription(self):
        return "Doctest: %s" % self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands in for a module's doctests when docstrings are stripped (-OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def test_skip(self):
        pass

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(_unittest.TestSuite):
    # Cases stay in the suite after running (unittest would drop them to free memory).
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring with examples in `module`."""
    module = _normalize_module(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    suite = _DocTestSuite()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if not test.examples:
            continue
        if not test.filename:
            source = module.__file__
            test.filename = source[:-1] if source.endswith(".pyc") else source
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for the examples of a text file."""

    def __repr__(self):
        return self._dt_test.filename

    def id(self):
        return self._dt_test.name.replace(".", "_")

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    namespace = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding)
    namespace.setdefault("__file__", path)
    test = parser.get_doctest(text, namespace, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file of examples."""
    suite = _DocTestSuite()
    if kw.get("module_relative", True):
        kw["package"] = _normalize_module(kw.get("package"))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite
