"""asyncio.base_events: the event loop (ready queue, timer heap, run loop).

Ember has no selectors: when no callback is ready the loop sleeps with
time.sleep until the earliest timer is due.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import heapq
import sys
import time
from _weakref import ref as _weakref_ref

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks

_NO_ARG = futures._NO_ARG
_Future = futures.Future
_new_object = object.__new__
_Task = tasks.Task

# Drop cancelled timers from the heap when they are this many and make up
# this fraction of it (cheaper than popping each one when it comes due).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Those are re-raised by the loop itself; do not stop it here.
            return
    futures._get_loop(fut).stop()


def _set_state_unless_cancelled(fut, result, exc):
    if fut.cancelled():
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


class Server(events.AbstractServer):
    pass


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        # Heap of (when, sequence, TimerHandle): the sequence keeps timers
        # due at the same time in the order they were scheduled.
        self._scheduled = []
        self._timer_seq = 0
        self._default_executor = None
        self._running = False
        self._current_task = None  # the task whose step is running
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._clock_resolution = 1e-09
        self.slow_callback_duration = 0.1
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Async generators iterated under this loop (a WeakSet, made on first use).
        self._asyncgens = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --

    def create_future(self):
        # Future(loop=self) without the keyword call and __init__ frame.
        fut = _new_object(_Future)
        fut._loop = self
        fut._callbacks = []
        return fut

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._task_factory is None:
            task = _new_object(_Task)
            task._setup(coro, self, name, context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running --

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    # -- async generators --

    def _asyncgen_firstiter_hook(self, agen):
        # A set of weak references without callbacks, its dead entries pruned whenever it
        # has doubled: recursive async generators start one generator per level, and a
        # WeakSet ran a Python callback as each one died (async_generators took 1.4 times
        # the instructions).
        gens = self._asyncgens
        if gens is None:
            gens = self._asyncgens = set()
            self._asyncgens_prune_at = 64
        gens.add(_weakref_ref(agen))
        if len(gens) >= self._asyncgens_prune_at:
            gens.difference_update([r for r in gens if r() is None])
            self._asyncgens_prune_at = max(64, 2 * len(gens))

    def _live_asyncgens(self):
        gens = self._asyncgens
        if not gens:
            return []
        return [ag for ag in (r() for r in gens) if ag is not None]

    def _asyncgen_finalizer_hook(self, agen):
        # One dropped while suspended is closed by a task of its own.
        if self._asyncgens is not None:
            self._asyncgens.discard(_weakref_ref(agen))
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the error is raised, so it is retrieved
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return time.monotonic()

    async def shutdown_asyncgens(self):
        """Close the async generators still suspended under this loop."""
        self._asyncgens_shutdown_called = True
        closing_agens = self._live_asyncgens()
        if self._asyncgens:
            self._asyncgens.clear()
        if not closing_agens:
            return
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens],
                                     return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # -- scheduling --

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: move due timers to the ready queue, then run the
        callbacks that were ready at the start (new ones wait a turn)."""
        scheduled = self._scheduled
        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES and self._timer_cancelled_count / n
                > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            scheduled[:] = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)[2]._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            # Nothing to do until a timer comes due: sleep until then.
            if scheduled:
                delay = scheduled[0][0] - self.time()
                if delay > 0:
                    time.sleep(min(delay, MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing can ever wake this loop (no I/O in Ember): block,
                # as CPython's select() would.
                time.sleep(MAXIMUM_SELECT_TIMEOUT)

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled:
                if scheduled[0][0] >= end_time:
                    break
                handle = heapq.heappop(scheduled)[2]
                handle._scheduled = False
                ready.append(handle)

        # Entries are Handles (from call_soon) or, for the loop's own
        # callbacks (task steps, future done callbacks), bare
        # (callback, argument) tuples that skip building a Handle.
        ntodo = len(ready)
        popleft = ready.popleft
        for _ in range(ntodo):
            handle = popleft()
            if handle.__class__ is tuple:
                callback, arg = handle
                try:
                    if arg is _NO_ARG:
                        callback()
                    else:
                        callback(arg)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    args = () if arg is _NO_ARG else (arg,)
                    self._callback_failed(callback, args, exc)
            elif not handle._cancelled:
                handle._run()

    def _callback_failed(self, callback, args, exc):
        # Report it as CPython would, with a Handle for the bare entry.
        cb = format_helpers._format_callback_source(callback, args)
        self.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': events.Handle(callback, args, self),
        })

    # -- errors --

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the error to the 'asyncio' logger (stderr unless configured)."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        # Imported here: most programs never get this far.
        from .log import logger
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # -- executors (Ember has no threads: the function runs right away) --

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        fut = self.create_future()
        # The outcome is delivered a loop iteration later, as a worker
        # thread's would be.
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.call_soon(_set_state_unless_cancelled, fut, None, exc)
        else:
            self.call_soon(_set_state_unless_cancelled, fut, result, None)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop class new_event_loop() returns (named as on CPython/Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
