"""asyncio.tasks: Task (a coroutine driven by the loop) and the helpers built on it."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import functools
import itertools

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

_PENDING = futures._PENDING
_FINISHED = futures._FINISHED
_CANCELLED = futures._CANCELLED
_NO_ARG = futures._NO_ARG
_Future = futures.Future
_set_result_unless_cancelled = futures._set_result_unless_cancelled
_CancelledError = exceptions.CancelledError
_CoroutineType = coroutines._CoroutineType
_cv = contextvars
_Context = contextvars.Context
_new_object = object.__new__
# The Future methods a Task uses on itself (Task overrides set_result etc.).
_future_cancel = futures.Future.cancel
_future_set_result = futures.Future.set_result
_future_set_exception = futures.Future.set_exception

_task_name_counter = itertools.count(1).__next__

# Ember's async mechanisms (see runtime/src/vm/eager_coro.md); each helper exists only
# while its switch is on. step(coro, exc) resumes without StopIteration (gen-send-result);
# eager_step/awaited_call let gather run coroutines at once (eager-coro).
try:
    from _ember_async import step as _coro_step
except ImportError:
    _coro_step = None
try:
    from _ember_async import (eager_step as _eager_step,
                              awaited_call as _awaited_call,
                              can_start as _can_start)
except ImportError:
    _eager_step = _awaited_call = _can_start = None

# Tasks not yet done, in creation order (CPython keeps a WeakSet; Ember has
# no weakref here, so a task leaves this registry when it finishes).
_all_tasks = {}


def current_task(loop=None):
    """Return the currently running task, or None."""
    if loop is None:
        loop = events.get_running_loop()
    # Each loop records the task whose step it is running.
    task = getattr(loop, '_current_task', None)
    if task.__class__ is _EagerSlot:
        # A coroutine gather runs eagerly asks for its task: make it now.
        task = task.materialize()
    return task


def all_tasks(loop=None):
    """Return the set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    if _eager_active is not None:
        # Lazily the tasks gather has not made yet would all exist.
        _eager_active.materialize_all()
    return {t for t in list(_all_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


class Task(futures.Future):
    """A coroutine wrapped in a Future, stepped by the event loop."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if loop is None:
            loop = events._get_event_loop()
        self._setup(coro, loop, name, context)

    def _setup(self, coro, loop, name, context, number=None, started=False):
        # The constructor's work, with positional arguments so that
        # loop.create_task can call it without a keyword call. Future's
        # __init__ is inlined. gather's eager path passes the task number it
        # reserved, and started=True for a coroutine it has already begun
        # (that task gets no first step).
        self._loop = loop
        self._callbacks = []
        if type(coro) is not _CoroutineType and not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if number is not None:
            self._name = None
            self._number = number
        elif name is None:
            # The 'Task-N' string is only built if someone asks for it.
            self._name = None
            self._number = _task_name_counter()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._fresh = True  # not resumed yet: see _step
        if context is None:
            # contextvars.copy_context(), inlined: share the current
            # context's variables copy-on-write.
            current = _cv._current
            context = _new_object(_Context)
            context._data = current._data
            context._shared = current._shared = True
            context._entered = False
        self._context = context
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        if not started:
            # A bare step callback: the loop calls tuple entries directly.
            loop._ready.append((self._step, _NO_ARG))
        else:
            self._fresh = False
        _all_tasks[self] = None

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{format_helpers._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        name = self._name
        if name is None:
            name = self._name = f'Task-{self._number}'
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        pass

    def cancel(self, msg=None):
        """Ask the task to cancel: CancelledError is thrown into the coroutine
        at its next step (the coroutine may catch it)."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's done callback (our _wakeup) will throw it in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        """Run the coroutine up to its next suspension point.

        This is the one place a coroutine is resumed (send/throw), and where
        what it yields is interpreted: a Future to block on, or None for a
        bare yield (sleep(0)).
        """
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        running = loop._current_task
        if running is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another "
                               f"task {running!r} is being executed.")
        loop._current_task = self
        outer_context = _cv._current
        _cv._current = self._context
        try:
            if _coro_step is not None and (exc is None or not self._fresh):
                # gen-send-result: the return comes back as a value.
                returned, result = _coro_step(self._coro, exc)
            elif exc is None:
                result = self._coro.send(None)
                returned = False
            elif self._fresh:
                # Cancelled before it started: the body must not run. (Ember's
                # throw() into an unstarted coroutine wrongly enters a `try`
                # at its top, so do what CPython's throw() does here.)
                self._coro.close()
                raise exc
            else:
                result = self._coro.throw(exc)
                returned = False
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine was finishing.
                self._must_cancel = False
                _future_cancel(self, msg=self._cancel_message)
            else:
                _future_set_result(self, stop.value)
            _all_tasks.pop(self, None)
        except _CancelledError as err:
            self._cancelled_exc = err
            _future_cancel(self)
            _all_tasks.pop(self, None)
        except (KeyboardInterrupt, SystemExit) as err:
            _future_set_exception(self, err)
            _all_tasks.pop(self, None)
            raise
        except BaseException as err:
            _future_set_exception(self, err)
            _all_tasks.pop(self, None)
        else:
            if returned:
                # As the StopIteration handler above.
                if self._must_cancel:
                    self._must_cancel = False
                    _future_cancel(self, msg=self._cancel_message)
                else:
                    _future_set_result(self, result)
                _all_tasks.pop(self, None)
            else:
                # The coroutine yielded: decide what wakes it up again.
                self._fresh = False
                self._after_yield(result, loop)
        finally:
            _cv._current = outer_context
            loop._current_task = None

    def _after_yield(self, result, loop):
        """The coroutine yielded result: block on it if it is a future."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking:
            # It awaits a future (which set the flag before yielding).
            rloop = getattr(result, '_loop', None)
            if rloop is None:
                rloop = futures._get_loop(result)
            if rloop is not loop:
                new_exc = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a '
                    f'different loop')
            elif result is self:
                new_exc = RuntimeError(
                    f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                if result._state == _PENDING and result.__class__ in _PLAIN:
                    result._callbacks.append((self._wakeup, None))
                else:
                    result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                new_exc = None
        elif result is None:
            # A bare yield (sleep(0)): run again on the next iteration.
            loop._ready.append((self._step, _NO_ARG))
            new_exc = None
        elif blocking is not None:
            new_exc = RuntimeError(
                f'yield was used instead of yield from in task {self!r} '
                f'with {result!r}')
        elif type(result).__name__ == 'generator':
            new_exc = RuntimeError(
                f'yield was used instead of yield from for generator in '
                f'task {self!r} with {result!r}')
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        if new_exc is not None:
            loop.call_soon(self._step, new_exc)

    def _wakeup(self, future):
        # The awaited future is done: resume with its result or exception.
        if (future.__class__ in _PLAIN and future._state == _FINISHED
                and future._exception is None):
            self._step()
            return
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


# Reprs of futures show this callback as CPython's C Task names it.
Task._wakeup.__qualname__ = 'Task.task_wakeup'
_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop and return it."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Await fut; after `timeout` seconds cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except _CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (
                    not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Yield awaitables giving the results of fs in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # each pending waiter gets a timeout
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _Sleep0:
    """Awaitable that yields None once: the Task reschedules itself, so
    exactly one loop iteration passes."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning result."""
    if delay <= 0:
        await _sleep0
        return result
    loop = events._running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    future = loop.create_future()
    h = loop.call_at(loop.time() + delay, _set_result_unless_cancelled,
                     future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for a future, coroutine or awaitable."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The outer future becomes cancelled once the children finish.
            self._cancel_requested = True
        return ret


# ---- eager gather (eager-coro; see runtime/src/vm/eager_coro.md) ----------

def _share_context(current):
    # contextvars.copy_context() of current, copy-on-write, as Task._setup does.
    context = _new_object(_Context)
    context._data = current._data
    context._shared = current._shared = True
    context._entered = False
    return context


# The slot of the coroutine whose first step gather is taking now, if any.
_eager_active = None


class _EagerRun:
    """The coroutines of one gather() that it steps itself instead of making
    a task for each: what their tasks would have been given, and the tasks
    made so far (for coroutines that suspend or ask for their task)."""

    __slots__ = ('loop', 'coros', 'numbers', 'contexts', 'tasks', 'futs',
                 'next', 'done_callback', 'enclosing')

    def __init__(self, loop, coros, done_callback, enclosing):
        self.loop = loop
        self.coros = coros
        # Lazily, gather makes (and names) every task before any runs, each
        # with a copy of the caller's context.
        self.numbers = [_task_name_counter() for _ in coros]
        current = _cv._current
        self.contexts = [_share_context(current) for _ in coros]
        self.tasks = [None] * len(coros)
        self.futs = [None] * len(coros)  # each one's task or done future
        self.next = 0  # the next coroutine to step
        self.done_callback = done_callback
        self.enclosing = enclosing

    def new_task(self, i):
        # The task for coroutine i, made now (never scheduled: whoever made
        # it steps it); gather's done callback is its first, as lazily.
        task = _new_object(Task)
        task._setup(self.coros[i], self.loop, None, self.contexts[i],
                    self.numbers[i], True)
        task._log_destroy_pending = False
        task.add_done_callback(self.done_callback)
        self.tasks[i] = self.futs[i] = task
        return task

    def make_unstarted(self):
        # Lazily every coroutine not stepped yet already has its task.
        for j in range(self.next, len(self.coros)):
            if self.tasks[j] is None:
                self.new_task(j)._fresh = True

    def finish(self, i, kind, value):
        # Coroutine i ended in its first step without a task: a done future
        # stands for the task.
        fut = _Future(loop=self.loop)
        if kind == 0:
            fut.set_result(value)
        elif isinstance(value, _CancelledError):
            fut._cancelled_exc = value
            _future_cancel(fut)
        else:
            fut.set_exception(value)
        self.futs[i] = fut
        return fut

    def step_all(self):
        """Takes the first step of each coroutine not stepped yet, in order.

        Returns, for each one that ended without a task, (kind, value, the
        ready-queue length right after it: where its task would have queued
        gather's done callback).
        """
        global _eager_active
        loop = self.loop
        ready = loop._ready
        prev = loop._current_task
        outer_context = _cv._current
        enclosing = _eager_active
        n = len(self.coros)
        finished = [None] * n
        while self.next < n:
            i = self.next
            self.next = i + 1
            task = self.tasks[i]
            if task is None:
                slot = _EagerSlot(self, i)
                loop._current_task = slot
                _cv._current = self.contexts[i]
                _eager_active = slot
                try:
                    r = _eager_step(self.coros[i])
                    if r is None:
                        # Started meanwhile by other code: a task steps it.
                        task = self.new_task(i)
                        task._fresh = True
                    else:
                        kind, value = r
                        task = slot.task
                        if kind == 1:
                            # Suspended: its task takes it from here, as
                            # after a step.
                            if task is None:
                                task = slot.materialize()
                            task._after_yield(value, loop)
                        elif task is not None:
                            _finish_started_task(task, kind, value)
                        else:
                            finished[i] = (kind, value, len(ready))
                finally:
                    _eager_active = enclosing
                    _cv._current = outer_context
                    loop._current_task = prev
                if r is not None:
                    if kind == 2 and isinstance(
                            value, (KeyboardInterrupt, SystemExit)):
                        # As from a task step: out of the loop. The rest
                        # keep their places at the front of the queue.
                        self.make_unstarted()
                        ready.extendleft(reversed(
                            [(t._step, _NO_ARG) for t in self.tasks[i + 1:]]))
                        self.next = n
                        raise value
                    continue
            # A task made before its first step (all_tasks(), or started
            # by other code) takes it as lazily.
            loop._current_task = None
            try:
                task._step()
            finally:
                loop._current_task = prev
        return finished


class _EagerSlot:
    """Stands in loop._current_task while a coroutine's first step is taken
    eagerly: its task is made only if it is asked for (current_task(),
    all_tasks()) or the coroutine suspends."""

    __slots__ = ('run', 'index', 'task')

    def __init__(self, run, index):
        self.run = run
        self.index = index
        self.task = None

    def materialize(self):
        task = self.task
        if task is None:
            run = self.run
            task = self.task = run.new_task(self.index)
            if run.loop._current_task is self:
                run.loop._current_task = task
        return task

    def is_last(self):
        # Lazily nothing would run between this coroutine's first step and
        # the tasks it makes: it is the last of its gather, and so is every
        # gather around it.
        run = self.run
        return self.index == len(run.coros) - 1 and (
            run.enclosing is None or run.enclosing.is_last())

    def materialize_all(self):
        # Lazily every task of these gathers exists while this one runs.
        slot = self
        while slot is not None:
            slot.materialize()
            slot.run.make_unstarted()
            slot = slot.run.enclosing


def _finish_started_task(task, kind, value):
    # What Task._step does when the coroutine's step ends (kind 0: returned,
    # 2: raised value).
    if kind == 0:
        if task._must_cancel:
            task._must_cancel = False
            _future_cancel(task, msg=task._cancel_message)
        else:
            _future_set_result(task, value)
    elif isinstance(value, _CancelledError):
        task._cancelled_exc = value
        _future_cancel(task)
    else:
        _future_set_exception(task, value)
    _all_tasks.pop(task, None)


_std_create_task = None


def _gather_eager(args, return_exceptions, done_callback):
    """gather() of coroutines whose result its caller awaits at once: takes
    each coroutine's first step now, in order, instead of making a task.

    Returns None (nothing done) where that could change what the program
    sees; a finished _GatheringFuture when every coroutine returned without
    scheduling anything; else the run, whose futs are the coroutines'
    tasks or done futures, with gather's done callbacks queued where the
    tasks would have queued them.
    """
    global _std_create_task
    enclosing = _eager_active
    if enclosing is not None and not enclosing.is_last():
        # Called from a coroutine an enclosing gather steps eagerly: lazily,
        # the coroutines after it would take their first steps before these.
        return None
    if not _can_start(args):
        return None
    loop = events._get_event_loop()
    if _std_create_task is None:
        from . import base_events
        _std_create_task = base_events.BaseEventLoop.create_task
    if (type(loop).create_task is not _std_create_task
            or loop._task_factory is not None or loop._closed
            or loop._current_task is None or loop._ready):
        # Lazily the tasks' first steps would run after what is queued.
        return None
    scheduled = loop._scheduled
    if scheduled and scheduled[0][0] < loop.time() + loop._clock_resolution:
        # A timer due now would run before the tasks' first steps.
        return None
    run = _EagerRun(loop, list(dict.fromkeys(args)), done_callback, enclosing)
    finished = run.step_all()
    ready = loop._ready
    if not ready and None not in finished:
        # Everything returned at once and nothing else waits to run: the
        # caller may go on now (it would have found the results ready).
        results = []
        for kind, value, _ in finished:
            if kind == 2:
                if not isinstance(value, Exception):
                    break
                if not return_exceptions:
                    outer = _GatheringFuture([], loop=loop)
                    outer.set_exception(value)
                    return outer
            results.append(value)
        else:
            outer = _GatheringFuture([], loop=loop)
            outer.set_result(results)
            return outer
    for i in range(len(run.coros) - 1, -1, -1):
        done = finished[i]
        if done is not None:
            kind, value, pos = done
            # Queued where the finished task would have queued it (last
            # first, so the earlier positions stay right).
            ready.insert(pos, (done_callback, run.finish(i, kind, value)))
    return run


# Future classes whose state may be read and changed directly (they do not
# override the Future methods the fast paths stand in for).
_PLAIN = frozenset((_Future, Task, _GatheringFuture))


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of results of all the awaitables, in order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer._state != _PENDING:
            if not fut.cancelled():
                fut.exception()  # mark it retrieved
            return
        if not return_exceptions:
            if fut.__class__ in _PLAIN:
                # Plain futures: read the state instead of calling methods.
                if fut._state == _CANCELLED:
                    outer.set_exception(fut._make_cancelled_error())
                    return
                exc = fut._exception
            elif fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            else:
                exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if (child.__class__ in _PLAIN and child._state == _FINISHED
                        and child._exception is None):
                    # A plain future or task with a value: read it directly.
                    results.append(child._result)
                    continue
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    if _awaited_call is not None and _awaited_call():
        eager = _gather_eager(coros_or_futures, return_exceptions,
                              _done_callback)
        if eager.__class__ is _GatheringFuture:
            return eager
        if eager is not None:
            futs = dict(zip(eager.coros, eager.futs))
            for arg in coros_or_futures:
                children.append(futs[arg])
            nfuts = len(futs)
            loop = eager.loop
            outer = _GatheringFuture(children, loop=loop)
            return outer
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            if type(arg) is _CoroutineType:
                # The common case, without _ensure_future's checks.
                if loop is None:
                    loop = events._get_event_loop()
                fut = loop.create_task(arg)
            else:
                fut = _ensure_future(arg, loop=loop)
                if loop is None:
                    loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for a future, protecting it from the waiter's cancellation."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which Ember '
                       'does not provide')


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    current = getattr(loop, '_current_task', None)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    loop._current_task = task


def _leave_task(loop, task):
    current = getattr(loop, '_current_task', None)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    loop._current_task = None
