"""asyncio.base_events: the event loop itself (ready queue, timers, run loop).

Ember has no selectors, so an idle loop just time.sleep()s until its
earliest timer is due.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import contextvars as _cv
from contextvars import _vars_exist
import heapq
import sys
import time
from _weakref import ref as _weakref_ref

from . import coroutines, events, exceptions, format_helpers, futures, tasks

_NO_ARG = futures._NO_ARG
_Future = futures.Future
_new_object = object.__new__
_Task = tasks.Task
_heappush = heapq.heappush
_heappop = heapq.heappop

# Purging cancelled timers from the heap in one sweep is worth it once the
# heap is this big and at least this share of it is cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_INTERRUPTS = (SystemExit, KeyboardInterrupt)


def _run_until_complete_cb(fut):
    # Stop the loop once run_until_complete's future is done, except when
    # it failed with an interrupt: the loop re-raises that by itself.
    if not fut.cancelled() and isinstance(fut.exception(), _INTERRUPTS):
        return
    futures._get_loop(fut).stop()


def _set_state_unless_cancelled(fut, result, exc):
    if fut.cancelled():
        return
    if exc is None:
        fut.set_result(result)
    else:
        fut.set_exception(exc)


def _ignore_errors(call, *args):
    # Run a reporting step; only interrupts may escape it.
    try:
        call(*args)
    except _INTERRUPTS:
        raise
    except BaseException:
        pass


class Server(events.AbstractServer):
    pass


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._closed = self._running = self._stopping = False
        self._debug = False
        # Callbacks due now: Handles, or bare (callback, argument) tuples.
        self._ready = collections.deque()
        # Heap of (when, sequence number, TimerHandle); the sequence keeps
        # timers due at the same moment in scheduling order.
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._clock_resolution = 1e-09
        self._current_task = None  # whose step is running right now
        self._task_factory = None
        self._exception_handler = None
        self._default_executor = None
        self.slow_callback_duration = 0.1
        # Weak references to the async generators begun under this loop
        # (made on first use).
        self._asyncgens = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # Futures and tasks

    def create_future(self):
        # Future(loop=self), minus the keyword call and __init__ frame.
        fut = _new_object(_Future)
        fut._callbacks = []
        fut._loop = self
        return fut

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        factory = self._task_factory
        if factory is None:
            task = _new_object(_Task)
            task._setup(coro, self, name, context)
            return task
        if context is None:
            task = factory(self, coro)
        else:
            task = factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def get_task_factory(self):
        return self._task_factory

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    # Life cycle

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _ensure_can_start(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._ensure_can_start()
        saved_hooks = sys.get_asyncgen_hooks()
        self._running = True
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        # Callbacks scheduled without variables to snapshot run in whatever
        # context is current: make that a copy, so that what they set does
        # not outlive the loop run.
        outer_context = _cv._current
        _cv._current = _cv._share(outer_context)
        try:
            # At least one turn, even when stop() came first.
            step = self._run_once
            step()
            while not self._stopping:
                step()
        finally:
            _cv._current = outer_context
            self._running = self._stopping = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until future (a coroutine gets wrapped in a Task) is done, and
        return its result."""
        self._ensure_can_start()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        if made_here:
            # A task made here and cut short needs no "destroyed" warning.
            future._log_destroy_pending = False
        try:
            self.run_forever()
        except BaseException:
            # The error propagates, so a task of ours counts as retrieved.
            if made_here and future.done():
                tasks._mark_retrieved(future)
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if not self._closed:
            self._closed = True
            self._executor_shutdown_called = True
            self._ready.clear()
            self._scheduled.clear()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return time.monotonic()

    def set_debug(self, enabled):
        self._debug = enabled

    def get_debug(self):
        return self._debug

    # Async generators

    def _asyncgen_firstiter_hook(self, agen):
        # Plain weak references (no callbacks) in a set, with dead ones
        # swept out whenever the set has doubled: recursive generators start
        # one generator per level, and a WeakSet's per-death callback made
        # the async_generators benchmark 1.4 times as costly.
        refs = self._asyncgens
        if refs is None:
            refs = self._asyncgens = set()
            self._asyncgens_prune_at = 64
        refs.add(_weakref_ref(agen))
        if len(refs) >= self._asyncgens_prune_at:
            refs.difference_update([w for w in refs if w() is None])
            self._asyncgens_prune_at = max(64, 2 * len(refs))

    def _asyncgen_finalizer_hook(self, agen):
        # A generator dropped while suspended is closed in a task of its own.
        refs = self._asyncgens
        if refs is not None:
            refs.discard(_weakref_ref(agen))
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _live_asyncgens(self):
        refs = self._asyncgens or ()
        alive = [w() for w in refs]
        return [gen for gen in alive if gen is not None]

    async def shutdown_asyncgens(self):
        """Close every async generator still suspended under this loop."""
        self._asyncgens_shutdown_called = True
        pending = self._live_asyncgens()
        if self._asyncgens:
            self._asyncgens.clear()
        if not pending:
            return
        outcomes = await tasks.gather(*[gen.aclose() for gen in pending],
                                      return_exceptions=True)
        for gen, outcome in zip(pending, outcomes):
            if not isinstance(outcome, Exception):
                continue
            self.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {gen!r}',
                'exception': outcome,
                'asyncgen': gen,
            })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # Scheduling callbacks

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if context is None and _vars_exist[0] and _cv._current._data:
            # The callback sees the variables as they are now (a cheap
            # copy-on-write snapshot); with none set, any context will do.
            context = _cv._share(_cv._current)
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # One thread only: nothing to wake up.
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if context is None and _vars_exist[0] and _cv._current._data:
            context = _cv._share(_cv._current)  # as in call_soon
        timer = events.TimerHandle(when, callback, args, self, context)
        seq = self._timer_seq = self._timer_seq + 1
        _heappush(self._scheduled, (when, seq, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _sweep_cancelled_timers(self):
        # Rebuild the heap without its cancelled timers.
        heap = self._scheduled
        live = []
        for entry in heap:
            timer = entry[2]
            if timer._cancelled:
                timer._scheduled = False
            else:
                live.append(entry)
        heapq.heapify(live)
        heap[:] = live
        self._timer_cancelled_count = 0

    def _run_once(self):
        """One turn of the loop: queue the timers that are due, then run what
        was ready when the turn began (callbacks queued meanwhile wait for
        the next turn)."""
        heap = self._scheduled
        if (len(heap) > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count
                > _MIN_CANCELLED_TIMER_HANDLES_FRACTION * len(heap)):
            self._sweep_cancelled_timers()
        else:
            # Cancelled timers at the top come off one by one.
            while heap and heap[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                _heappop(heap)[2]._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            # Idle: sleep until the next timer. With none, nothing can ever
            # wake us (no I/O in Ember), so block as select() would.
            pause = MAXIMUM_SELECT_TIMEOUT
            if heap:
                pause = min(heap[0][0] - self.time(), pause)
            if pause > 0:
                time.sleep(pause)

        if heap:
            horizon = self.time() + self._clock_resolution
            while heap and heap[0][0] < horizon:
                timer = _heappop(heap)[2]
                timer._scheduled = False
                ready.append(timer)

        # The loop's own callbacks (task steps, future done callbacks) come
        # as (callback, argument) tuples that need no Handle.
        take = ready.popleft
        for _ in range(len(ready)):
            item = take()
            if item.__class__ is not tuple:
                if not item._cancelled:
                    item._run()
                continue
            fn, arg = item
            try:
                if arg is _NO_ARG:
                    fn()
                else:
                    fn(arg)
            except _INTERRUPTS:
                raise
            except BaseException as exc:
                self._callback_failed(fn, () if arg is _NO_ARG else (arg,),
                                      exc)

    def _callback_failed(self, callback, args, exc):
        # Reported as for a Handle, so one is made for the bare entry.
        self.call_exception_handler({
            'message': 'Exception in callback '
                       + format_helpers._format_callback_source(callback,
                                                                args),
            'exception': exc,
            'handle': events.Handle(callback, args, self),
        })

    # Error reporting

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is None or callable(handler):
            self._exception_handler = handler
        else:
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')

    def default_exception_handler(self, context):
        """Log the context to the 'asyncio' logger (stderr by default)."""
        exc = context.get('exception')
        exc_info = False if exc is None else (type(exc), exc,
                                              exc.__traceback__)
        text = [context.get('message') or 'Unhandled exception in event loop']
        text.extend(f'{key}: {context[key]!r}' for key in sorted(context)
                    if key != 'message' and key != 'exception')
        # Imported late: most programs never report anything.
        from .log import logger
        logger.error('\n'.join(text), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            _ignore_errors(self.default_exception_handler, context)
            return
        try:
            handler(self, context)
        except _INTERRUPTS:
            raise
        except BaseException as exc:
            # The custom handler itself failed: log both.
            _ignore_errors(self.default_exception_handler, dict(
                message='Unhandled error in exception handler',
                exception=exc, context=context))

    # Executors: without threads the function runs at once

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        fut = self.create_future()
        try:
            value = func(*args)
            err = None
        except _INTERRUPTS:
            raise
        except BaseException as caught:
            value = None
            err = caught
        # Delivered a turn later, as a worker thread's outcome would be.
        self.call_soon(_set_state_unless_cancelled, fut, value, err)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor


class _UnixSelectorEventLoop(BaseEventLoop):
    """What new_event_loop() makes (named as CPython's loop on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
