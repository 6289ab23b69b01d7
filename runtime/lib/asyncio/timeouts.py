"""asyncio.timeouts: the timeout()/timeout_at() async context managers.

At the deadline the task running the block is cancelled; on the way out of the block
that cancellation, if it is ours alone, becomes TimeoutError.
"""

__all__ = ("Timeout", "timeout", "timeout_at")

from . import events
from . import exceptions
from . import tasks

# Life cycle, in the words repr() shows: created -> active -> finished, or
# active -> expiring (the task was cancelled) -> expired (the block was left).
_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """Async context manager cancelling the current task at a deadline given in
    loop.time() units (None: no deadline); made by timeout() and timeout_at()."""

    def __init__(self, when):
        self._when = when
        self._state = _CREATED
        self._task = None
        self._expiry = None          # the loop's handle for _expire

    def when(self):
        return self._when

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def reschedule(self, when):
        """Moves the deadline (None: none) while the block runs."""
        if self._state is not _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        handle = self._expiry
        if handle is not None:
            self._expiry = None
            handle.cancel()
        if when is None:
            return
        loop = events.get_running_loop()
        # A deadline already behind us fires on the loop's next turn.
        if loop.time() < when:
            self._expiry = loop.call_at(when, self._expire)
        else:
            self._expiry = loop.call_soon(self._expire)

    def _expire(self):
        self._expiry = None
        self._state = _EXPIRING
        self._task.cancel()

    def __repr__(self):
        shown = ''
        if self._state is _ENTERED:
            deadline = None if self._when is None else round(self._when, 3)
            shown = f' when={deadline}'
        return f'<Timeout [{self._state}]{shown}>'

    async def __aenter__(self):
        # (3.11.2 lets an instance be entered again; the state is simply reset.)
        self._state = _ENTERED
        task = self._task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        handle = self._expiry
        if handle is not None:
            self._expiry = None
            handle.cancel()
        state = self._state
        if state is _ENTERED:
            self._state = _EXITED
        elif state is _EXPIRING:
            self._state = _EXPIRED
            # Only a cancellation nobody else asked for is turned into a timeout.
            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                err = TimeoutError()
                # Ember's coroutine frames do not see the exception being handled by
                # their caller, so the context is set by hand.
                err.__context__ = exc_val
                raise err
        return None


def timeout(delay):
    """Timeout that expires `delay` seconds from now (None: never)."""
    now = events.get_running_loop().time()   # (also insists on a running loop)
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    """Timeout that expires at `when`, an absolute loop.time() value (None: never)."""
    return Timeout(when)
