"""asyncio.exceptions: the exception classes of Ember's asyncio."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

# A base exception, so that `except Exception` does not swallow a cancellation.
class CancelledError(BaseException):
    """A task or future was cancelled."""


# Since 3.11 asyncio's timeout is the builtin TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The future is not in a state that allows the operation."""


class SendfileNotAvailableError(RuntimeError):
    """The platform's sendfile cannot serve this transfer."""


class IncompleteReadError(EOFError):
    """A stream ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A stream's buffer filled up before the separator was found."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        # How many bytes the caller should drop before trying again.
        self.consumed = consumed

    def __reduce__(self):
        message = self.args[0]
        return self.__class__, (message, self.consumed)


class BrokenBarrierError(RuntimeError):
    """A barrier was reset or aborted while tasks waited on it."""
