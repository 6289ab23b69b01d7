"""asyncio.runners: asyncio.run() and the Runner context manager.

A Runner owns one event loop from its first use to close(): it makes the loop lazily
(with a fresh copy of the context for the tasks it runs), and closing it cancels what
is left, finishes async generators and the default executor, then closes the loop.
"""

__all__ = ('Runner', 'run')

import contextvars

from . import coroutines
from . import events
from . import tasks


class Runner:
    """Runs coroutines on one event loop, made on first use and closed by close()."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug, self._loop_factory = debug, loop_factory
        # The loop and the context its tasks run in are made on first use.
        self._loop = self._context = None
        self._closed = False
        self._owns_policy_loop = False  # set_event_loop() was called for our loop

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        return self._ensure_loop()

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got %r" % (coro,))
        _refuse_nested("Runner.run()")
        loop = self._ensure_loop()
        task = loop.create_task(coro, context=self._context if context is None else context)
        return loop.run_until_complete(task)

    def close(self):
        loop = self._loop
        if loop is None or self._closed:
            return
        try:
            _cancel_remaining(loop)
            for step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(step())
        finally:
            if self._owns_policy_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True

    def _ensure_loop(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is not None:
            return self._loop
        if self._loop_factory is not None:
            loop = self._loop_factory()
        else:
            loop = events.new_event_loop()
            if not self._owns_policy_loop:
                events.set_event_loop(loop)
                self._owns_policy_loop = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop = loop
        self._context = contextvars.copy_context()
        return loop


def run(main, *, debug=None):
    """Runs coroutine `main` on a new event loop and closes the loop afterwards."""
    _refuse_nested("asyncio.run()")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _refuse_nested(what):
    # A loop cannot be run from inside a callback or task of another running loop.
    if events._get_running_loop() is not None:
        raise RuntimeError(what + " cannot be called from a running event loop")


def _cancel_remaining(loop):
    # Cancels the loop's unfinished tasks, lets them run their handlers, and reports
    # any that ended with an error other than the cancellation.
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for t in pending:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })
