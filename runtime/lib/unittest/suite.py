"""unittest.suite: containers of tests; TestSuite also runs the class and module
fixtures (setUpClass, setUpModule and their tear-downs) around the tests it holds."""

import sys

from . import case, util

__unittest = True


def _poke(result, hook_name):
    # Results need not have the private output-capture hooks.
    hook = getattr(result, hook_name, None)
    if hook is not None:
        hook()


def _isnotsuite(test):
    """Duck-typed test: suites are iterable, single tests are not."""
    try:
        iter(test)
        iterable = True
    except TypeError:
        iterable = False
    return not iterable


def _unfit_test(test):
    # Why test cannot go into a suite, or '' when it can.
    if not callable(test):
        return f"{test!r} is not callable"
    if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
        return ("TestCases and TestSuites must be instantiated "
                "before passing them to addTest()")
    return ''


class BaseTestSuite(object):
    """An ordered collection of tests and suites, run one after another."""

    # When true, each test is dropped once run so that its memory can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self):
        return f"<{util.strclass(self.__class__)} tests={list(self)}>"

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def countTestCases(self):
        # Tests already run and dropped still count.
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTests(self, tests):
        if isinstance(tests, str):
            # Iterable, but surely not a collection of tests.
            raise TypeError("tests must be an iterable of tests, not a string")
        add = self.addTest
        for test in tests:
            add(test)

    def addTest(self, test):
        complaint = _unfit_test(test)
        if complaint:
            raise TypeError(complaint)
        self._tests.append(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            self._forget(position)
        return result

    def debug(self):
        for test in self:
            test.debug()

    def _forget(self, position):
        if self._cleanup:
            self._removeTestAtIndex(position)

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            # A subclass replaced _tests by something that cannot be indexed.
            return
        # Anything callable may have been added, not only tests and suites.
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None


class TestSuite(BaseTestSuite):
    """A suite that also calls the class and module fixtures of its tests.

    The outermost suite being run owns the run: it tears down the last class and
    module once all nested suites are done."""

    def run(self, result, debug=False):
        owns_run = getattr(result, '_testRunEntered', False) is False
        if owns_run:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._forget(position)
        if owns_run:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        """Switch class and module fixtures over to test's; whether test may run."""
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        cls = test.__class__
        result._previousTestClass = cls
        return not (getattr(cls, '_classSetupFailed', False) or
                    getattr(result, '_moduleSetUpFailed', False))

    # -- reporting ---------------------------------------------------------

    @staticmethod
    def _note_failure(result, exc, hook_name, owner, info=None):
        # The failure is charged to a stand-in named after the fixture.
        holder = _ErrorHolder(f'{hook_name} ({owner})')
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, info or (type(exc), exc, exc.__traceback__))

    def _note_cleanup_failures(self, result, cls, hook_name):
        for info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise info[1]
            self._note_failure(result, info[1], hook_name, util.strclass(cls), info)

    # -- classes -----------------------------------------------------------

    def _enter_class(self, test, result):
        cls = test.__class__
        if (cls == getattr(result, '_previousTestClass', None)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(cls, '__unittest_skip__', False)):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # A plain function's class is a builtin type, which takes no attributes.
            pass
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        _poke(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                try:
                    cls._classSetupFailed = True
                except TypeError:
                    pass
                self._note_failure(result, exc, 'setUpClass', util.strclass(cls))
            else:
                return
            # tearDownClass will not run, but the class cleanups registered so far do.
            cleanups = getattr(cls, 'doClassCleanups', None)
            if cleanups is not None:
                cleanups()
                self._note_cleanup_failures(result, cls, 'setUpClass')
        finally:
            _poke(result, '_restoreStdout')

    def _leave_class(self, test, result):
        cls = getattr(result, '_previousTestClass', None)
        if (cls is None or cls == test.__class__
                or getattr(cls, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(cls, '__unittest_skip__', False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _poke(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if isinstance(result, _DebugResult):
                        raise
                    self._note_failure(result, exc, 'tearDownClass', util.strclass(cls))
            if cleanups is not None:
                cleanups()
                self._note_cleanup_failures(result, cls, 'tearDownClass')
        finally:
            _poke(result, '_restoreStdout')

    # -- modules -----------------------------------------------------------

    @staticmethod
    def _module_before(result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._module_before(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        if name not in sys.modules:
            return
        set_up = getattr(sys.modules[name], 'setUpModule', None)
        if set_up is None:
            return
        _poke(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._note_failure(result, exc, 'setUpModule', name)
            if result._moduleSetUpFailed:
                # No tearDownModule follows a failed setUpModule; its cleanups do.
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._note_failure(result, exc, 'setUpModule', name)
        finally:
            _poke(result, '_restoreStdout')

    def _leave_module(self, result):
        name = self._module_before(result)
        if (name is None or getattr(result, '_moduleSetUpFailed', False)
                or name not in sys.modules):
            return
        module = sys.modules[name]
        _poke(result, '_setupStdout')
        try:
            # The module's cleanups run whether or not tearDownModule succeeds.
            for step in (getattr(module, 'tearDownModule', None), case.doModuleCleanups):
                if step is None:
                    continue
                try:
                    step()
                except Exception as exc:
                    if isinstance(result, _DebugResult):
                        raise
                    self._note_failure(result, exc, 'tearDownModule', name)
        finally:
            _poke(result, '_restoreStdout')


class _ErrorHolder(object):
    """Takes a test's place in a result when a class or module fixture fails."""

    # Fixture errors are never assertion failures.
    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def id(self):
        return self.description

    __str__ = id


    def countTestCases(self):
        return 0

    def shortDescription(self):
        return None

    def run(self, result):
        """Nothing to run: the fixture's error is already in the result."""

    __call__ = run


class _DebugResult(object):
    """Stand-in result of TestSuite.debug(): fixture errors are raised, not noted."""
    shouldStop = _moduleSetUpFailed = False
    _previousTestClass = None


util._own(_isnotsuite)
