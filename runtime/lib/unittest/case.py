"""unittest.case: TestCase and its assertion methods, the skip and expected-failure
decorators, subtests, and the cleanups kept per test, per class and per module."""

import sys
import functools
import re
import warnings
import collections
import types

from . import util
from .util import (strclass, safe_repr, _common_shorten_repr,
                   _count_diff_all_purpose, _count_diff_hashable)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# Default of subTest(msg=...): distinguishes "no message" from msg=None.
_NO_LABEL = object()

# What indexing a would-be sequence may raise while a failure is being described.
_INDEXING_ERRORS = (TypeError, IndexError, NotImplementedError)


class SkipTest(Exception):
    """Raised to skip a test; its argument is the reason. Usually raised through
    TestCase.skipTest() or one of the skip decorators."""


class _AbandonTest(Exception):
    """Ends a test early after one of its subtests; the reason is already recorded."""


class _UnexpectedSuccess(Exception):
    """Reported as the failure of a test marked as expected to fail that passed."""


def _unwind(stack):
    # Pop entries until none is left, taking in those pushed meanwhile.
    while stack:
        yield stack.pop()


def _one_tolerance(places, delta):
    # The almost-equal assertions take their tolerance as places or as delta, not both.
    if places is not None and delta is not None:
        raise TypeError("specify delta or places not both")


def _raised(exc_type):
    # An exc_info triple for a fresh exc_type instance, traceback included.
    try:
        raise exc_type from None
    except exc_type:
        return sys.exc_info()


# -- reporting to a result ---------------------------------------------------

def _warn_returned(method, stacklevel):
    warnings.warn(f'It is deprecated to return a value that is not None from a '
                  f'test case ({method})', DeprecationWarning, stacklevel=stacklevel)


def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _report_error(result, test, exc_info):
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


def _report_expected_failure(result, test, exc_info):
    report = getattr(result, 'addExpectedFailure', None)
    if report is not None:
        report(test, exc_info)
        return
    warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                  RuntimeWarning)
    result.addSuccess(test)


def _report_unexpected_success(result, test):
    report = getattr(result, 'addUnexpectedSuccess', None)
    if report is not None:
        report(test)
        return
    warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                  RuntimeWarning)
    result.addFailure(test, _raised(_UnexpectedSuccess))


class _PartGuard(object):
    """Runs one part of a test (setUp, the test body, tearDown, a cleanup or a
    subtest block) and turns what it raises into an entry of the result."""

    __slots__ = ('_outcome', '_test', '_is_subtest', '_earlier')

    def __init__(self, outcome, test, is_subtest):
        self._outcome = outcome
        self._test = test
        self._is_subtest = is_subtest

    def __enter__(self):
        outcome = self._outcome
        self._earlier = outcome.success
        outcome.success = True

    def __exit__(self, exc_type, exc, tb):
        outcome = self._outcome
        try:
            if exc_type is None:
                if self._is_subtest and outcome.success:
                    outcome.result.addSubTest(self._test.test_case, self._test, None)
                return False
            return self._absorb(outcome, exc_type, exc, tb)
        finally:
            # A test stays failed once any part of it has failed.
            outcome.success = outcome.success and self._earlier

    def _absorb(self, outcome, exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        if issubclass(exc_type, SkipTest):
            outcome.success = False
            _report_skip(outcome.result, self._test, str(exc))
        elif issubclass(exc_type, _AbandonTest):
            pass
        elif outcome.expecting_failure:
            outcome.expectedFailure = (exc_type, exc, tb)
        else:
            outcome.success = False
            if self._is_subtest:
                outcome.result.addSubTest(self._test.test_case, self._test,
                                          (exc_type, exc, tb))
            else:
                _report_error(outcome.result, self._test, (exc_type, exc, tb))
        return True


class _Outcome(object):
    """State of one TestCase.run(): whether the test has succeeded so far, whether
    a failure is expected, and the exc_info of the expected failure once seen."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _PartGuard(self, test_case, subTest)


# -- decorators ----------------------------------------------------------------

def _id(obj):
    return obj


def _skip_raiser(reason):
    def skip_wrapper(*args, **kwargs):
        raise SkipTest(reason)
    return skip_wrapper


def _skipping(reason):
    def decorator(test_item):
        if isinstance(test_item, type):
            # A class is only marked: its tests see the mark when they run.
            marked = test_item
        else:
            marked = functools.wraps(test_item)(_skip_raiser(reason))
        marked.__unittest_skip_why__ = reason
        marked.__unittest_skip__ = True
        return marked
    return decorator


def skip(reason):
    """Skip the decorated test or TestCase class unconditionally."""
    if isinstance(reason, types.FunctionType):
        # Used bare, as @skip: the "reason" is the test itself.
        return _skipping('')(reason)
    return _skipping(reason)


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _skip_marked(cls, method):
    return (getattr(cls, "__unittest_skip__", False) or
            getattr(method, "__unittest_skip__", False))


def _skip_reason(cls, method):
    return (getattr(cls, '__unittest_skip_why__', '') or
            getattr(method, '__unittest_skip_why__', ''))


# -- context managers ------------------------------------------------------------

def _context_hooks(cm, enter_name, exit_name, protocol):
    # The (enter, exit) methods looked up on the type, as the with statement does.
    cls = type(cm)
    try:
        enter = getattr(cls, enter_name)
        exit = getattr(cls, exit_name)
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {protocol} protocol") from None
    return enter, exit


def _enter_context(cm, register_cleanup):
    enter, exit = _context_hooks(cm, '__enter__', '__exit__', 'context manager')
    value = enter(cm)
    register_cleanup(exit, cm, None, None, None)
    return value


_module_cleanup_stack = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to be called after tearDownModule
    (or after a failed setUpModule)."""
    _module_cleanup_stack.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm now and exit it among the module cleanups; returns what it gives."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Call the module cleanups, last registered first; the first exception any of
    them raised is raised again once all have run."""
    problems = []
    for function, args, kwargs in _unwind(_module_cleanup_stack):
        try:
            function(*args, **kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(item, basetype) for item in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _AssertionContext:
    """Base of the assert* context managers: fails through their test case."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


class _ExpectationContext(_AssertionContext):
    """Shared by assertRaises* and assertWarns*: they are either context managers or,
    given a callable, call it inside themselves."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        self.obj_name = None
        self.msg = None

    def _use(self, caller, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f'{caller}() arg 1 must be {self._base_type_str}')
        if not args:
            # Context-manager form: only msg is accepted.
            self.msg = kwargs.pop('msg', None)
            for bad in kwargs:
                raise TypeError(f'{bad!r} is an invalid keyword argument for '
                                f'this function')
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)

    def _not_seen(self, verb):
        name = _name_of(self.expected)
        if self.obj_name:
            self._raiseFailure(f"{name} not {verb} by {self.obj_name}")
        self._raiseFailure(f"{name} not {verb}")

    def _mismatch(self, seen):
        self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{seen}"')


class _AssertRaisesContext(_ExpectationContext):
    """What assertRaises and assertRaisesRegex return or run the callable in."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    __class_getitem__ = classmethod(types.GenericAlias)

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._not_seen("raised")
        if not issubclass(exc_type, self.expected):
            return False    # not ours: let it propagate
        # Kept without its traceback, which would hold the frames alive.
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    def __enter__(self):
        return self


class _AssertWarnsContext(_ExpectationContext):
    """What assertWarns and assertWarnsRegex return or run the callable in."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is None:
            self._inspect_caught()

    def __enter__(self):
        # A warning issued before from the same place would be filtered out by the
        # "once per location" registries: forget them all.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        catcher = warnings.catch_warnings(record=True)
        self.warnings = catcher.__enter__()
        self.warnings_manager = catcher
        warnings.simplefilter("always", self.expected)
        return self

    def _inspect_caught(self):
        pattern = self.expected_regex
        first_of_kind = None
        for caught in self.warnings:
            warning = caught.message
            if not isinstance(warning, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = warning
            if pattern is None or pattern.search(str(warning)):
                self.warning = warning
                self.filename = caught.filename
                self.lineno = caught.lineno
                return
        if first_of_kind is not None:
            self._mismatch(str(first_of_kind))
        self._not_seen("triggered")


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])

_handler_class = []     # the capturing logging.Handler subclass, made on first use


def _capturing_handler():
    if not _handler_class:
        import logging

        class _CapturingHandler(logging.Handler):
            """Keeps what is logged (records and formatted lines) instead of emitting."""

            def __init__(self):
                super().__init__()
                self.watcher = _LoggingWatcher(records=[], output=[])

            def emit(self, record):
                kept, lines = self.watcher
                kept.append(record)
                lines.append(self.format(record))

            def flush(self):
                pass    # nothing buffered

        _handler_class.append(_CapturingHandler)
    return _handler_class[0]()


class _AssertLogsContext(_AssertionContext):
    """What assertLogs and assertNoLogs return: the logger's own handlers are put
    aside for the block and a capturing one takes their place."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self._saved = (target.handlers[:], target.level, target.propagate)
        target.handlers = [handler]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        target = self.logger
        target.handlers, level, target.propagate = self._saved
        target.setLevel(level)
        if exc_type is not None:
            return False
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure(f"Unexpected logs found: {self.watcher.output!r}")
        elif not self.no_logs and not seen:
            self._raiseFailure(f"no logs of level {logging.getLevelName(self.level)} "
                               f"or higher triggered on {target.name}")


class _OrderedChainMap(collections.ChainMap):
    # Keys innermost first, so that a subtest's own parameters lead its description.
    def __iter__(self):
        return iter(dict.fromkeys(key for layer in self.maps for key in layer))


class _SubTestScope(object):
    """The context manager returned by TestCase.subTest()."""

    __slots__ = ('_case', '_label', '_params', '_parent', '_guard')

    def __init__(self, case, label, params):
        self._case = case
        self._label = label
        self._params = params
        self._guard = None

    def __enter__(self):
        case = self._case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None     # nothing to report to: the block runs as plain code
        parent = self._parent = case._subtest
        if parent is None:
            params = _OrderedChainMap(self._params)
        else:
            params = parent.params.new_child(self._params)
        case._subtest = _SubTest(case, self._label, params)
        self._guard = outcome.testPartExecutor(case._subtest, subTest=True)
        self._guard.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        guard = self._guard
        if guard is None:
            return False
        case = self._case
        try:
            absorbed = guard.__exit__(exc_type, exc, tb)
            if exc_type is not None and not absorbed:
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _AbandonTest
            elif outcome.expectedFailure:
                # An expected failure inside a subtest ends the whole test.
                raise _AbandonTest
            return True
        finally:
            case._subtest = self._parent


def _pformat_diff(first, second):
    # The ndiff of two objects' pretty-printed forms, as shown below a failure.
    import difflib
    import pprint
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                          pprint.pformat(second).splitlines()))


def _sequence_report(seq1, seq2, kind, same_type_required):
    """The text describing how two sequences differ, or None when they are equal."""
    lengths = []
    for ordinal, seq in (('First', seq1), ('Second', seq2)):
        try:
            lengths.append(len(seq))
        except (TypeError, NotImplementedError):
            return f'{ordinal} {kind} has no length.    Non-sequence?'
    if seq1 == seq2:
        return None
    len1, len2 = lengths
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) +
                                       _common_shorten_repr(seq1, seq2))
    where = _first_difference(seq1, seq2, min(len1, len2), kind)
    if not where and len1 == len2 and not same_type_required and type(seq1) != type(seq2):
        # Same items in sequences of different types: equal enough.
        return None
    text += where
    if len1 != len2:
        if len1 > len2:
            longer, ordinal, which, start = seq1, 'First', 'first', len2
        else:
            longer, ordinal, which, start = seq2, 'Second', 'second', len1
        text += f'\n{ordinal} {kind} contains {abs(len1 - len2)} additional elements.\n'
        try:
            text += f'First extra element {start}:\n{safe_repr(longer[start])}\n'
        except _INDEXING_ERRORS:
            text += f'Unable to index element {start} of {which} {kind}\n'
    return text


def _first_difference(seq1, seq2, count, kind):
    # Describes the first of the first count positions that differs or cannot be
    # indexed; '' when all of them hold equal items.
    for index in range(count):
        pair = []
        for which, seq in (('first', seq1), ('second', seq2)):
            try:
                pair.append(seq[index])
            except _INDEXING_ERRORS:
                return f'\nUnable to index element {index} of {which} {kind}\n'
        if pair[0] != pair[1]:
            return ('\nFirst differing element %d:\n%s\n%s\n' %
                    ((index,) + _common_shorten_repr(*pair)))
    return ''


# Exact types whose assertEqual goes to a dedicated method (by name, so that
# subclasses overriding that method are honoured).
_EQUALITY_BY_TYPE = {
    dict: 'assertDictEqual',
    list: 'assertListEqual',
    tuple: 'assertTupleEqual',
    set: 'assertSetEqual',
    frozenset: 'assertSetEqual',
    str: 'assertMultiLineEqual',
}


class TestCase(object):
    """A test: each instance runs one test method of its class, between setUp()
    and tearDown(), reporting to a TestResult.

    Class attributes that tune the failure messages: failureException (what the
    assert* methods raise), longMessage (a caller's msg is added to the standard
    message rather than replacing it) and maxDiff (the longest diff shown; None
    for no limit)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Texts longer than this are not diffed line by line (difflib gets too slow).
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Every test class gets its own class-level cleanups and setup status.
        cls._class_cleanups = []
        cls._classSetupFailed = False

    def __init__(self, methodName='runTest'):
        # The name goes first: loader's _FailedTest looks it up in __getattr__.
        self._testMethodName = methodName
        self._testMethodDoc = 'No test'
        self._outcome = self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = dict(_EQUALITY_BY_TYPE)
        try:
            method = getattr(self, methodName)
        except AttributeError:
            # A bare TestCase() is allowed, for using the assert* methods alone.
            if methodName != 'runTest':
                raise ValueError(f"no such test method in {self.__class__}: "
                                 f"{methodName}")
        else:
            self._testMethodDoc = method.__doc__

    # -- identity ------------------------------------------------------------

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    def __eq__(self, other):
        if type(other) is type(self):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def countTestCases(self):
        return 1

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().partition("\n")[0].strip()

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    # -- fixtures and cleanups -------------------------------------------------

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function(first, second, msg=None) when both values
        are exactly of type typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, also when setUp failed;
        cleanups run last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm now, exit it as a cleanup; returns what entering gave."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, for after tearDownClass (or a failed setUpClass)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; their exc_infos are left in tearDown_exceptions."""
        failures = cls.tearDown_exceptions = []
        for function, args, kwargs in _unwind(cls._class_cleanups):
            try:
                function(*args, **kwargs)
            except Exception:
                failures.append(sys.exc_info())

    def doCleanups(self):
        """Run the cleanups now; returns whether all of them succeeded."""
        outcome = self._outcome or _Outcome()
        for function, args, kwargs in _unwind(self._cleanups):
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    # Hooks for the phases of a run, which IsolatedAsyncioTestCase overrides.

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callSetUp(self):
        self.setUp()

    def _callTearDown(self):
        self.tearDown()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn_returned(method, 4)   # attributed to run()'s or debug()'s caller

    # -- running -----------------------------------------------------------------

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        stop_run = None
        if result is None:
            # Running alone: this call is the whole test run.
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            cls = self.__class__
            if _skip_marked(cls, method):
                _report_skip(result, self, _skip_reason(cls, method))
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False) or
                         getattr(method, "__unittest_expecting_failure__", False))
            outcome = self._outcome = _Outcome(result)
            guarded = outcome.testPartExecutor     # each phase records its own failure
            try:
                with guarded(self):
                    self._callSetUp()
                if outcome.success:
                    # Only the test body may fail "as expected".
                    outcome.expecting_failure = expecting
                    with guarded(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with guarded(self):
                        self._callTearDown()
                self.doCleanups()
                if not outcome.success:
                    pass
                elif not expecting:
                    result.addSuccess(self)
                elif outcome.expectedFailure:
                    _report_expected_failure(result, self, outcome.expectedFailure)
                else:
                    _report_unexpected_success(result, self)
                return result
            finally:
                # The stored exc_info refers to frames that refer back to the outcome.
                outcome.expectedFailure = None
                outcome = self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def debug(self):
        """Run the test without a result: whatever it raises propagates."""
        method = getattr(self, self._testMethodName)
        cls = self.__class__
        if _skip_marked(cls, method):
            raise SkipTest(_skip_reason(cls, method))
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for function, args, kwargs in _unwind(self._cleanups):
            self._callCleanup(function, *args, **kwargs)

    def subTest(self, msg=_NO_LABEL, **params):
        """A context manager for a block that is reported on its own, labelled by
        msg and params; the test goes on after a failing block."""
        return _SubTestScope(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- message building --------------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        # With longMessage the caller's msg is appended, else it replaces ours.
        if msg is None or not self.longMessage:
            return msg or standardMsg
        try:
            joined = '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            joined = '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))
        return joined

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + (DIFF_OMITTED % len(diff))
        return message + diff

    def fail(self, msg=None):
        raise self.failureException(msg)

    # -- truth, identity, membership, type -------------------------------------

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, f"{safe_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(
                self._formatMessage(msg, f"{safe_repr(expr)} is not false"))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, f'{safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    # -- ordering ------------------------------------------------------------------

    def _order_failure(self, a, relation, b, msg):
        self.fail(self._formatMessage(msg, f'{safe_repr(a)} {relation} {safe_repr(b)}'))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._order_failure(a, 'not less than', b, msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._order_failure(a, 'not less than or equal to', b, msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._order_failure(a, 'not greater than', b, msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._order_failure(a, 'not greater than or equal to', b, msg)

    # -- equality ------------------------------------------------------------------

    def _getAssertEqualityFunc(self, first, second):
        # A dedicated comparison only when both values have exactly the same type.
        kind = type(first)
        if kind == type(second):
            chosen = self._type_equality_funcs.get(kind)
            if chosen is not None:
                return getattr(self, chosen) if isinstance(chosen, str) else chosen
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(self._formatMessage(
                msg, '%s != %s' % _common_shorten_repr(first, second)))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, f'{safe_repr(first)} == {safe_repr(second)}'))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second differ by at most delta, or, without a delta,
        by an amount that rounds to zero at the given decimal places (7 by default).
        Equal objects always pass."""
        if first == second:
            return
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            tolerance = f'{safe_repr(delta)} delta'
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            tolerance = f'{places!r} places'
        raise self.failureException(self._formatMessage(
            msg, f'{safe_repr(first)} != {safe_repr(second)} within {tolerance} '
                 f'({safe_repr(gap)} difference)'))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The negation of assertAlmostEqual; equal objects always fail."""
        _one_tolerance(places, delta)
        gap = abs(first - second)
        equal = first == second
        if delta is not None:
            if not equal and gap > delta:
                return
            detail = f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)'
        else:
            if places is None:
                places = 7
            if not equal and round(gap, places) != 0:
                return
            detail = f'{places!r} places'
        raise self.failureException(self._formatMessage(
            msg, f'{safe_repr(first)} == {safe_repr(second)} within {detail}'))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Compare two sequences item by item; seq_type, if given, is the type both
        must be instances of. On failure, the first difference is described."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{ordinal} sequence is not a {kind}: {safe_repr(seq)}')
        report = _sequence_report(seq1, seq2, kind, seq_type is not None)
        if report is None:
            return
        report = self._truncateMessage(report, _pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Compare two sets (anything with a difference() method will do)."""
        only = []
        for ordinal, this, that in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(this.difference(that))
            except TypeError as e:
                self.fail(f'invalid type when attempting set difference: {e}')
            except AttributeError as e:
                self.fail(f'{ordinal} argument does not support set difference: {e}')
        if not (only[0] or only[1]):
            return
        lines = []
        for heading, items in (('Items in the first set but not the second:', only[0]),
                               ('Items in the second set but not the first:', only[1])):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        summary = '%s != %s' % _common_shorten_repr(d1, d2)
        self.fail(self._formatMessage(
            msg, self._truncateMessage(summary, _pformat_diff(d1, d2))))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: every key of subset must be in dictionary with an equal value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        absent = []
        different = []
        for key, value in subset.items():
            if key not in dictionary:
                absent.append(safe_repr(key))
            elif value != dictionary[key]:
                different.append(f'{safe_repr(key)}, expected: {safe_repr(value)}, '
                                 f'actual: {safe_repr(dictionary[key])}')
        parts = []
        if absent:
            parts.append('Missing: ' + ','.join(absent))
        if different:
            parts.append('Mismatched values: ' + ','.join(different))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Both iterables hold the same items the same number of times, in any
        order; items need not be hashable."""
        first_items, second_items = list(first), list(second)
        try:
            counted = (collections.Counter(first_items),
                       collections.Counter(second_items))
        except TypeError:
            # Unhashable items: the slow, pairwise count.
            mismatches = _count_diff_all_purpose(first_items, second_items)
        else:
            if counted[0] == counted[1]:
                return
            mismatches = _count_diff_hashable(first_items, second_items)
        if not mismatches:
            return
        lines = '\n'.join('First has %d, Second has %d:  %r' % tuple(mismatch)
                          for mismatch in mismatches)
        text = self._truncateMessage('Element counts were not equal:\n', lines)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Compare two strings, showing a line diff on failure."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        old_lines = first.splitlines(keepends=True)
        if len(old_lines) == 1 and first.strip('\r\n') == first:
            # A lone line without its newline: add one to each side, or ndiff's
            # hint lines would run into the next ones.
            old_lines, new_lines = [first + '\n'], [second + '\n']
        else:
            new_lines = second.splitlines(keepends=True)
        import difflib
        diff = '\n' + ''.join(difflib.ndiff(old_lines, new_lines))
        summary = '%s != %s' % _common_shorten_repr(first, second)
        self.fail(self._formatMessage(msg, self._truncateMessage(summary, diff)))

    # -- regular expressions -------------------------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = expected_regex
        if isinstance(pattern, (str, bytes)):
            assert pattern, "expected_regex must not be empty."
            pattern = re.compile(pattern)
        if pattern.search(text):
            return
        raise self.failureException(self._formatMessage(
            msg, "Regex didn't match: %r not found in %r" % (pattern.pattern, text)))


    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            raise self.failureException(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r' % (
                    text[found.start():found.end()], unexpected_regex.pattern, text)))

    # -- exceptions, warnings, logs ------------------------------------------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless expected_exception (a type or tuple of types) is raised,
        either by args[0](*args[1:], **kwargs) or, without args, in the with block
        of the returned context manager (whose `exception` is what was caught)."""
        return _AssertRaisesContext(expected_exception, self)._use(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also requiring str() of the exception to match the regex."""
        return _AssertRaisesContext(expected_exception, self, expected_regex)._use(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Like assertRaises, for a warning being issued."""
        return _AssertWarnsContext(expected_warning, self)._use(
            'assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex)._use(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager: at least one message of level (INFO by default) or above
        must be logged on logger (the root logger by default) or its children."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: nothing of level or above may be logged on logger."""
        return _AssertLogsContext(self, logger, level, no_logs=True)


def _deprecated_alias(original):
    def deprecated_func(*args, **kwargs):
        warnings.warn(f'Please use {original.__name__} instead.', DeprecationWarning, 2)
        return original(*args, **kwargs)
    return deprecated_func


# Old spellings that 3.11 still accepts, with a DeprecationWarning.
for _current, _old_names in (
        ('assertEqual', ('failUnlessEqual', 'assertEquals')),
        ('assertNotEqual', ('failIfEqual', 'assertNotEquals')),
        ('assertAlmostEqual', ('failUnlessAlmostEqual', 'assertAlmostEquals')),
        ('assertNotAlmostEqual', ('failIfAlmostEqual', 'assertNotAlmostEquals')),
        ('assertTrue', ('failUnless', 'assert_')),
        ('assertRaises', ('failUnlessRaises',)),
        ('assertFalse', ('failIf',)),
        ('assertRaisesRegex', ('assertRaisesRegexp',)),
        ('assertRegex', ('assertRegexpMatches',)),
        ('assertNotRegex', ('assertNotRegexpMatches',))):
    _alias = _deprecated_alias(TestCase.__dict__[_current])
    for _old in _old_names:
        setattr(TestCase, _old, _alias)
del _current, _old_names, _alias, _old


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down functions) as a
    test, for test code not written as TestCase classes."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._testFunc = testFunc
        self._fixture = (setUp, tearDown)
        self._description = description

    def _key(self):
        return (self._fixture, self._testFunc, self._description)

    def setUp(self):
        before = self._fixture[0]
        if before is not None:
            before()

    def tearDown(self):
        after = self._fixture[1]
        if after is not None:
            after()

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        given = self._description
        if given is None:
            doc = self._testFunc.__doc__
            given = doc and doc.partition("\n")[0].strip() or None
        return given

    def runTest(self):
        self._testFunc()

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._fixture + (self._testFunc, self._description))

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"


class _SubTest(TestCase):
    """One `with self.subTest(...)` block of a running test, as results see it."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self.failureException = test_case.failureException
        self.params = params
        self._message = message

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_LABEL:
            parts.append(f"[{self._message}]")
        if self.params:
            listed = ', '.join(f"{key}={value!r}" for key, value in self.params.items())
            parts.append(f"({listed})")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()


util._own(skip)
