"""unittest.result: TestResult, which collects outcomes and formats their tracebacks."""

import io
import sys
import traceback
import functools

from . import util

__unittest = True


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _is_relevant_tb_level(tb):
    """Whether this traceback level is one of unittest's own frames (to be hidden)."""
    frame = tb.tb_frame
    try:
        if '__unittest' in frame.f_globals:
            return True
    except Exception:
        pass
    return frame.f_code.co_filename in util._OWN_FILES


class TestResult(object):
    """Holds the outcome of the tests run: failures, errors, skips and counts."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The formatted traceback of err, without unittest's own frames."""
        exctype, value, tb = err
        tb_e = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True)
        failure = getattr(test, 'failureException', None)
        self._clean_stacks(tb_e, value, tb, failure)
        msgLines = list(tb_e.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _clean_stacks(self, tb_e, value, tb, failure):
        # Ember's traceback links cannot be cut, so the formatted stacks are filtered
        # instead: leading unittest levels go, and for a failure the assert* levels too.
        seen = set()
        todo = [(tb_e, value, tb)]
        while todo:
            te, exc, t = todo.pop()
            if id(te) in seen:
                continue
            seen.add(id(te))
            levels = []
            while t is not None:
                levels.append(t)
                t = t.tb_next
            if len(levels) == len(te.stack):
                keep = []
                i = 0
                while i < len(levels) and _is_relevant_tb_level(levels[i]):
                    i += 1
                is_failure = (failure is not None and exc is not None
                              and type(exc) is failure)
                while i < len(levels):
                    if is_failure and _is_relevant_tb_level(levels[i]):
                        break
                    keep.append(te.stack[i])
                    i += 1
                te.stack = traceback.StackSummary.from_list(keep)
            if exc is not None:
                if te.__cause__ is not None and exc.__cause__ is not None:
                    c = exc.__cause__
                    todo.append((te.__cause__, c, c.__traceback__))
                if te.__context__ is not None and exc.__context__ is not None:
                    c = exc.__context__
                    todo.append((te.__context__, c, c.__traceback__))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


util._own(failfast)
