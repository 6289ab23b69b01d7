"""unittest.result: TestResult, the record of what happened while tests ran."""

import io
import sys
import traceback
import functools

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Make a recording method stop the run first when failfast is on."""
    @functools.wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


def _captured_blocks(out_text, err_text):
    """The 'Stdout:' / 'Stderr:' blocks for whatever a buffered test printed."""
    blocks = []
    if out_text:
        blocks.append(STDOUT_LINE % _with_newline(out_text))
    if err_text:
        blocks.append(STDERR_LINE % _with_newline(err_text))
    return blocks


def _hidden_level(tb):
    """True for a traceback level inside unittest itself (such levels are left out)."""
    frame = tb.tb_frame
    try:
        if '__unittest' in frame.f_globals:
            return True
    except Exception:
        pass
    return frame.f_code.co_filename in util._OWN_FILES


def _tb_levels(tb):
    levels = []
    while tb is not None:
        levels.append(tb)
        tb = tb.tb_next
    return levels


class TestResult(object):
    """Collects failures, errors, skips and counts; subclasses add reporting."""

    # Suite bookkeeping (class/module fixtures), read and set by TestSuite.
    _previousTestClass = None
    _testRunEntered = _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # The arguments are accepted for subclasses like TextTestResult and unused here.
        self.failfast = self.buffer = self.tb_locals = False   # set by the runner
        self.shouldStop = False

        self.testsRun = 0
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._mirrorOutput = False

    # Hooks a reporting subclass fills in.
    def printErrors(self):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    # Output capture for buffer mode.  suite.py also calls these two around class
    # and module fixtures, so their names are part of the interface.
    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer = io.StringIO()
            self._stderr_buffer = io.StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # A failed test gets what it printed echoed on the real streams.
            out_text, err_text = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out_text:
                self._original_stdout.write(STDOUT_LINE % _with_newline(out_text))
            if err_text:
                self._original_stderr.write(STDERR_LINE % _with_newline(err_text))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def _record_problem(self, bucket, test, err, report_as=None):
        bucket.append((test if report_as is None else report_as,
                       self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        self._record_problem(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        self._record_problem(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record_problem(self.failures if failed else self.errors,
                             test, err, report_as=subtest)

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        # Old subclasses may lack the list altogether.
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Text of the traceback in err, with unittest's own levels left out."""
        etype, evalue, tb = err
        summary = traceback.TracebackException(
            etype, evalue, tb, capture_locals=self.tb_locals, compact=True)
        self._prune(summary, evalue, tb, getattr(test, 'failureException', None))
        pieces = list(summary.format())
        if self.buffer:
            pieces.extend(_captured_blocks(sys.stdout.getvalue(),
                                           sys.stderr.getvalue()))
        return ''.join(pieces)

    def _prune(self, summary, evalue, tb, failure_type):
        # Ember cannot unlink traceback levels, so the levels are dropped from each
        # formatted stack instead, walking the cause/context chain as well.
        pending = [(summary, evalue, tb)]
        done = set()
        while pending:
            te, exc, top = pending.pop()
            if id(te) in done:
                continue
            done.add(id(te))
            levels = _tb_levels(top)
            if len(levels) == len(te.stack):
                te.stack = traceback.StackSummary.from_list(
                    self._kept_frames(levels, te.stack, exc, failure_type))
            if exc is None:
                continue
            for link in ('__cause__', '__context__'):
                linked = getattr(exc, link)
                if getattr(te, link) is not None and linked is not None:
                    pending.append((getattr(te, link), linked, linked.__traceback__))

    @staticmethod
    def _kept_frames(levels, frames, exc, failure_type):
        start = 0
        while start < len(levels) and _hidden_level(levels[start]):
            start += 1
        stop = len(levels)
        if failure_type is not None and exc is not None and type(exc) is failure_type:
            # For a failed assertion the assert* helpers' levels go too.
            stop = start
            while stop < len(levels) and not _hidden_level(levels[stop]):
                stop += 1
        return [frames[i] for i in range(start, stop)]

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))


util._own(failfast)
