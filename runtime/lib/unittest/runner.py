"""unittest.runner: the text runner and the result class that reports as tests go."""

import sys
import time
import warnings

from . import result, util
from .signals import registerResult
from .case import _SubTest

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream and adds writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # 'stream' missing means a half-built object (copy/pickle): don't recurse.
        if attr == 'stream' or attr == '__getstate__':
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """Prints progress (a character per test, or a line each when verbose) and errors."""

    # Rules above an error's heading and between its heading and traceback.
    separator1, separator2 = '=' * 70, '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        # verbosity 0: quiet; 1: a character per test; 2 and up: a line per test.
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self._line_open = False

    def getDescription(self, test):
        summary = test.shortDescription()
        if summary and self.descriptions:
            return str(test) + '\n' + summary
        return str(test)

    def _emit(self, *parts):
        for part in parts:
            self.stream.write(part)
        self.stream.flush()

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self._emit(self.getDescription(test), ' ... ')
            self._line_open = True

    def _finish_line(self, test, word):
        # Verbose mode: complete the "name ... " line, or start a fresh one (always
        # so for a subtest, which is indented under its test).
        sub = isinstance(test, _SubTest)
        if sub or not self._line_open:
            if self._line_open:
                self.stream.writeln()
            if sub:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test) + ' ... ')
        self.stream.writeln(word)
        self.stream.flush()
        self._line_open = False

    def _progress(self, test, word, mark):
        if self.showAll:
            self._finish_line(test, word)
        elif self.dots:
            self._emit(mark)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, 'FAIL', 'F')
            else:
                self._progress(subtest, 'ERROR', 'E')
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._progress(test, 'skipped {0!r}'.format(reason), 's')

    # These two finish the verbose line as it stands (CPython does the same).
    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        self._plain_status('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        self._plain_status('unexpected success', 'u')

    def _plain_status(self, word, mark):
        if self.showAll:
            self.stream.writeln(word)
            self.stream.flush()
        elif self.dots:
            self._emit(mark)

    def printErrors(self):
        if self.showAll or self.dots:
            self.stream.writeln()
            self.stream.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        line = self.stream.writeln
        for test, text in errors:
            line(self.separator1)
            line('%s: %s' % (flavour, self.getDescription(test)))
            line(self.separator2)
            line('%s' % text)
            self.stream.flush()


def _outcome_counts(res):
    """(expected failures, unexpected successes, skips); zeros for a bare result."""
    try:
        return (len(res.expectedFailures), len(res.unexpectedSuccesses),
                len(res.skipped))
    except AttributeError:
        return 0, 0, 0


class TextTestRunner(object):
    """Runs a test or suite, reporting on a stream (sys.stderr unless given)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):

        if resultclass is not None:
            self.resultclass = resultclass
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.verbosity, self.descriptions = verbosity, descriptions
        self.failfast, self.buffer = failfast, buffer
        self.warnings, self.tb_locals = warnings, tb_locals

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _set_warning_filters(self):
        if not self.warnings:
            return
        warnings.simplefilter(self.warnings)
        if self.warnings in ('default', 'always'):
            # The deprecated assert aliases would repeat on every call otherwise.
            warnings.filterwarnings('module', category=DeprecationWarning,
                                    message=r'Please use assert\w+ instead.')

    def _timed_run(self, test, res):
        with warnings.catch_warnings():
            self._set_warning_filters()
            began = time.perf_counter()
            hook = getattr(res, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(res)
            finally:
                hook = getattr(res, 'stopTestRun', None)
                if hook is not None:
                    hook()
            return time.perf_counter() - began

    def run(self, test):
        res = self._makeResult()
        registerResult(res)
        res.failfast = self.failfast
        res.buffer = self.buffer
        res.tb_locals = self.tb_locals
        elapsed = self._timed_run(test, res)
        res.printErrors()
        if hasattr(res, 'separator2'):
            self.stream.writeln(res.separator2)
        count = res.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs'
                            % (count, '' if count == 1 else 's', elapsed))
        self.stream.writeln()
        self._write_verdict(res)
        return res

    def _write_verdict(self, res):
        xfail, xpass, skips = _outcome_counts(res)
        details = []
        if res.wasSuccessful():
            self.stream.write('OK')
        else:
            self.stream.write('FAILED')
            details += ['%s=%d' % (label, n) for label, n in
                        (('failures', len(res.failures)), ('errors', len(res.errors)))
                        if n]
        details += ['%s=%d' % (label, n) for label, n in
                    (('skipped', skips), ('expected failures', xfail),
                     ('unexpected successes', xpass)) if n]
        self.stream.writeln(' (%s)' % ', '.join(details) if details else '')
        self.stream.flush()


util._own(_WritelnDecorator.writeln)
