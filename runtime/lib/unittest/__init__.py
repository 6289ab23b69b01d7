"""unittest: writing, collecting and running tests (Ember's own implementation,
behaving as CPython 3.11's package does)."""

__unittest = True

# Grouped by the submodule each name comes from.
__all__ = [
    'TestCase', 'FunctionTestCase', 'IsolatedAsyncioTestCase', 'SkipTest',
    'skip', 'skipIf', 'skipUnless', 'expectedFailure',
    'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
    'TestSuite',
    'TestResult',
    'TextTestRunner', 'TextTestResult',
    'TestLoader', 'defaultTestLoader', 'getTestCaseNames', 'makeSuite', 'findTestCases',
    'main',
    'installHandler', 'registerResult', 'removeResult', 'removeHandler',
]

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups,
                   enterModuleContext)
from .suite import TestSuite, BaseTestSuite
from .result import TestResult
from .runner import TextTestRunner, TextTestResult
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .main import TestProgram, main
from .signals import installHandler, registerResult, removeResult, removeHandler

# Old spelling, still importable in 3.11.
_TextTestResult = TextTestResult


def load_tests(loader, tests, pattern):
    # Introspecting this package would only find the framework's own classes; its
    # tests, where there are any, sit in the directory beside its source.
    where = globals().get('__file__')
    if not where:
        return loader.suiteClass()
    import os.path
    return loader.discover(start_dir=os.path.dirname(where), pattern=pattern)


# The asyncio-based test case is imported on first use only: asyncio is heavy.

def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name != 'IsolatedAsyncioTestCase':
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .async_case import IsolatedAsyncioTestCase as found
    globals()[name] = found
    return found
