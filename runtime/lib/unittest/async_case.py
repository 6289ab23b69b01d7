"""unittest.async_case: IsolatedAsyncioTestCase, a TestCase whose tests, fixtures
and cleanups may be coroutine functions, each test in an event loop of its own."""

import asyncio
import contextvars
import inspect

from .case import TestCase, _context_hooks, _warn_returned
from . import util

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase run in a fresh asyncio event loop (in debug mode) per test.

    asyncSetUp and asyncTearDown are awaited after setUp and before tearDown; test
    methods and cleanups may be plain or coroutine functions. All of them share one
    contextvars context, so context variables set in one are seen by the next."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioTestContext = contextvars.copy_context()
        # An asyncio.Runner while run() or debug() is in progress.
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Nothing special to do: _callCleanup awaits coroutine functions anyway.
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm; it is exited as a cleanup.
        Returns what entering gave."""
        enter, exit = _context_hooks(cm, '__aenter__', '__aexit__',
                                     'asynchronous context manager')
        value = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return value

    async def asyncTearDown(self):
        pass

    # -- calling into the test's context and loop --------------------------------

    def _runner(self):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        return runner

    def _callAsync(self, func, /, *args, **kwargs):
        runner = self._runner()
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        runner = self._runner()
        if inspect.iscoroutinefunction(func):
            return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    # -- the phases of a test -------------------------------------------------------

    def _callSetUp(self):
        # Make the loop exist, and be the current one, before even a plain setUp runs.
        self._runner().get_loop()
        in_context = self._asyncioTestContext.run
        in_context(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        # No reference is kept to what the method gave back (it may be an object
        # that warns when collected, like a coroutine nobody awaited).
        if self._callMaybeAsync(method) is not None:
            _warn_returned(method, 5)   # attributed to run()'s or debug()'s caller

    def _callTearDown(self):
        in_context = self._asyncioTestContext.run
        self._callAsync(self.asyncTearDown)
        in_context(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    # -- one runner per run() or debug() ----------------------------------------------

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        # The closed runner is kept: the same instance cannot be run a second time.
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            outcome = super().run(result)
        finally:
            self._tearDownAsyncioRunner()
        return outcome

    def __del__(self):
        # Also reached for an instance whose __init__ failed early.
        if getattr(self, '_asyncioRunner', None) is not None:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super(IsolatedAsyncioTestCase, self).debug()
        # Skipped when the test raises (for post-mortem use); __del__ closes it then.
        self._tearDownAsyncioRunner()



util._own(IsolatedAsyncioTestCase._callAsync)
