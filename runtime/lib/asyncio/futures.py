"""asyncio.futures: Future, a value or error delivered later."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars as _cv
from contextvars import _vars_exist
from _weakref import ref as _weakref_ref

from . import events
from . import exceptions
from . import format_helpers

# A future's states; Task and gather compare these by equality.
_PENDING = 'PENDING'
_FINISHED = 'FINISHED'
_CANCELLED = 'CANCELLED'

# In the loop's ready queue, (callback, _NO_ARG) means "call with no argument".
_NO_ARG = object()


def isfuture(obj):
    """Whether obj is a Future or a duck-typed look-alike."""
    # Look-alikes mark themselves by a class attribute; None opts out.
    if not hasattr(obj.__class__, '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


def _callbacks_summary(entries):
    # At most the first and last callback are named; the rest are counted.
    count = len(entries)
    shown = entries if count <= 2 else (entries[0], entries[-1])
    names = [format_helpers._format_callback_source(e[0], ()) for e in shown]
    if count > 2:
        names.insert(1, f'<{count - 2} more>')
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """Holds a result or an exception once one is set; until then awaiting
    it suspends. Done callbacks are always run by the loop, later."""

    # Class-level defaults; instances override them as they change.
    _loop = None
    _state = _PENDING
    _result = _exception = None
    _cancel_message = _cancelled_exc = None
    _source_traceback = None
    # Set to True just before a coroutine awaiting us yields us to its Task
    # (the Task then blocks on us); a None here means "not a future".
    _asyncio_future_blocking = False
    # False, or (once an exception is set and until somebody looks at it) a
    # weak reference to the future whose callback reports it: the report is
    # made when an unread future dies, and dropping the reference cancels it.
    # (No __del__: that would cost every future something when it goes.)
    _unretrieved = False

    def __init__(self, *, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._callbacks = []

    def _repr_info(self):
        state = self._state
        info = [state.lower()]
        if state == _FINISHED:
            if self._exception is None:
                info.append('result='
                            + format_helpers._short_repr(self._result))
            else:
                info.append(f'exception={self._exception!r}')
        if self._callbacks:
            info.append(_callbacks_summary(self._callbacks))
        return info

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _get_log_traceback(self):
        return self._unretrieved is not False

    def _put_log_traceback(self, flag):
        if flag:
            raise ValueError('_log_traceback can only be set to False')
        self._unretrieved = False

    _log_traceback = property(_get_log_traceback, _put_log_traceback)

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return self._loop

    def _make_cancelled_error(self):
        # An error saved from the cancelled coroutine is handed out only
        # once, so that its traceback is not shared.
        saved = self._cancelled_exc
        if saved is not None:
            self._cancelled_exc = None
            return saved
        msg = self._cancel_message
        if msg is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(msg)

    def _settle(self, state):
        # Leave PENDING and hand the callbacks to the loop.
        self._state = state
        pending = self._callbacks
        if not pending:
            return
        self._callbacks = []
        loop = self._loop
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        queue = loop._ready
        for fn, ctx in pending:
            if ctx is None:
                # Nobody can cancel these, so a bare (callback, argument)
                # entry replaces the Handle.
                queue.append((fn, self))
            else:
                loop.call_soon(fn, self, context=ctx)

    def cancel(self, msg=None):
        self._unretrieved = False
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._settle(_CANCELLED)
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            if self._exception is None:
                return self._result
            raise self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        if context is None and _vars_exist[0] and _cv._current._data:
            # Snapshot the caller's variables (see BaseEventLoop.call_soon).
            context = _cv._share(_cv._current)
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        entries = self._callbacks
        keep = [entry for entry in entries if entry[0] != fn]
        dropped = len(entries) - len(keep)
        if dropped:
            entries[:] = keep
        return dropped

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._settle(_FINISHED)
        self._unretrieved = _weakref_ref(self, _unread_reporter(self))

    def __await__(self):
        state = self._state
        if state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # the Task resumes us once we are done
            state = self._state
            if state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        if state == _FINISHED and self._exception is None:
            return self._result
        return self.result()

    __iter__ = __await__


_PyFuture = Future


def _unread_reporter(fut):
    # The weak reference callback for a future whose exception is not read
    # yet (it cannot name the future, which is gone by the time it runs).
    loop = fut._loop
    exc = fut._exception
    message = f'{type(fut).__name__} exception was never retrieved'

    def report(_):
        loop.call_exception_handler({'message': message, 'exception': exc})
    return report


def _get_loop(fut):
    # Prefer the public accessor; bare look-alikes may only have _loop.
    getter = getattr(fut, 'get_loop', None)
    if getter is None:
        return fut._loop
    return getter()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _copy_future_state(source, dest):
    # source is done; dest takes its outcome unless already cancelled.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    err = source.exception()
    if err is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(err)


def _chain_future(source, destination):
    """Make destination follow source's outcome (both asyncio Futures), and
    cancelling destination cancel source."""

    def propagate_cancel(dest):
        if dest.cancelled():
            source.cancel()

    def propagate_outcome(src):
        if not destination.cancelled():
            _copy_future_state(src, destination)

    destination.add_done_callback(propagate_cancel)
    source.add_done_callback(propagate_outcome)


def wrap_future(future, *, loop=None):
    """Return an asyncio Future for a future-like object."""
    if isfuture(future):
        return future
    # CPython asserts here that it was given a concurrent.futures.Future.
    raise AssertionError(
        f'concurrent.futures.Future is expected, got {future!r}')
