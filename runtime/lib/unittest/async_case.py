"""unittest.async_case: IsolatedAsyncioTestCase, whose test methods and fixtures may be coroutines."""

import asyncio
import inspect

from .case import TestCase
from . import util

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase run in its own event loop: asyncSetUp, async tests, asyncTearDown."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        result = func(*args, **kwargs)
        if inspect.isawaitable(result):
            return self._asyncioRunner.run(result)
        return result

    def _setupAsyncioRunner(self):
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()


util._own(IsolatedAsyncioTestCase._callAsync)
