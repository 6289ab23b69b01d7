"""asyncio.tasks: Task, which drives a coroutine on the loop, and the
waiting/combining helpers built on it."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
    'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather',
    'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task',
    'all_tasks', '_register_task', '_unregister_task', '_enter_task',
    '_leave_task',
)

import contextvars
import functools
import itertools
import sys

from . import coroutines, events, exceptions, format_helpers, futures

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
# Task overrides set_result/set_exception; it settles itself through these.
_future_cancel = futures.Future.cancel
_future_set_result = futures.Future.set_result
_future_set_exception = futures.Future.set_exception

_task_name_counter = itertools.count(1).__next__

# Ember's native async helpers (runtime/src/vm/eager_coro.md); each exists
# only while its switch is on. step(coro, exc) resumes a coroutine and hands
# back a return as a value instead of StopIteration (gen-send-result);
# eager_step/awaited_call/can_start let gather run coroutines at once
# (eager-coro).
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

# Unfinished tasks in creation order. CPython keeps a WeakSet; here a task
# simply leaves when it is done.
_all_tasks = {}


def current_task(loop=None):
    """The task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    running = getattr(loop, '_current_task', None)
    if running.__class__ is _EagerSlot:
        # gather is taking this coroutine's first step itself; the task it
        # would have had is made now that someone wants it.
        running = running.materialize()
    return running


def all_tasks(loop=None):
    """The set of loop's tasks (default: the running loop's) not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    if _eager_active is not None:
        # Tasks an eager gather has not made yet would exist by now.
        _eager_active.materialize_all()
    return {task for task in list(_all_tasks)
            if not task.done() and futures._get_loop(task) is loop}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _settle_task(task, kind, value):
    """Finish task after its coroutine's last step: kind 0 means it
    returned value, 2 means it raised value."""
    if kind == 0:
        if task._must_cancel:
            # cancel() arrived while the coroutine was finishing.
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


def _bad_yield(task, value, flag):
    # Why a value the coroutine yielded cannot be waited on.
    if flag is not None:
        return (f'yield was used instead of yield from in task {task!r} '
                f'with {value!r}')
    if type(value).__name__ == 'generator':
        return (f'yield was used instead of yield from for generator in '
                f'task {task!r} with {value!r}')
    return f'Task got bad yield: {value!r}'


class Task(futures.Future):
    """A Future whose outcome is that of a coroutine the loop steps."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        self._setup(coro, events._get_event_loop() if loop is None else loop,
                    name, context)

    def _setup(self, coro, loop, name, context, number=None, started=False):
        """The constructor proper, with positional arguments so that
        loop.create_task avoids a keyword call (Future.__init__ is folded
        in). gather's eager path passes the number it reserved for the
        task, and started=True when it has begun the coroutine itself (no
        first step is then queued)."""
        self._callbacks = []
        self._loop = loop
        if type(coro) is not _CoroutineType and not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is not None and number is None:
            self._name = str(name)
        else:
            # The 'Task-N' text is only built when somebody asks for it.
            self._name = None
            self._number = _task_name_counter() if number is None else number
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._fresh = not started  # never resumed yet: see _step
        if context is None:
            # contextvars.copy_context(), inlined (as _share_context below):
            # the copy shares the current variables copy-on-write.
            current = _cv._current
            context = _new_object(_Context)
            context._data = current._data
            context._shared = current._shared = True
            context._entered = False
        self._context = context
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        if not started:
            # A bare (callback, argument) entry: the loop calls it directly.
            loop._ready.append((self._step, _NO_ARG))
        _all_tasks[self] = None

    def _repr_info(self):
        info = futures.Future._repr_info(self)
        if self._state == _PENDING and self._num_cancels_requested:
            info[0] = 'cancelling'
        extra = [f'name={self.get_name()!r}',
                 f'coro=<{format_helpers._format_coroutine(self._coro)}>']
        if self._fut_waiter is not None:
            extra.append(f'wait_for={self._fut_waiter!r}')
        info[1:1] = extra
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        if self._name is None:
            self._name = f'Task-{self._number}'
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        """The coroutine's frames, outermost first: where it is suspended
        (or running), or, once it has failed, those of its traceback."""
        frames = []
        if limit is not None and limit <= 0:
            return frames
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            # Innermost `limit` frames, walking outwards.
            while frame is not None:
                frames.append(frame)
                if len(frames) == limit:
                    break
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and len(frames) != limit:
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        import traceback
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        exc = self._exception
        if not frames:
            print(f'No stack for {self!r}', file=file)
            return
        title = 'Traceback' if exc is not None else 'Stack'
        print(f'{title} for {self!r} (most recent call last):', file=file)
        summary = traceback.StackSummary.extract(
            (frame, frame.f_lineno) for frame in frames)
        traceback.print_list(summary, file=file)
        if exc is not None:
            for text in traceback.format_exception_only(type(exc), exc):
                print(text, file=file, end='')

    # A task's outcome comes from its coroutine only.
    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def cancel(self, msg=None):
        """Request cancellation: CancelledError is thrown into the coroutine
        at its next step, and the coroutine may still catch it."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's done callback (_wakeup) throws it in.
            return True
        # Nothing to interrupt right now: the next step delivers it.
        self._cancel_message = msg
        self._must_cancel = True
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        count = self._num_cancels_requested
        if count > 0:
            count = self._num_cancels_requested = count - 1
        return count

    def _step(self, exc=None):
        """Resume the coroutine until it next suspends or ends.

        The only place a task's coroutine is resumed; what it yields is
        handed to _after_yield.
        """
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        loop = self._loop
        other = loop._current_task
        if other is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another "
                               f"task {other!r} is being executed.")
        loop._current_task = self
        saved_context = _cv._current
        _cv._current = self._context
        coro = self._coro
        try:
            if _coro_step is not None and (exc is None or not self._fresh):
                # gen-send-result: a return arrives as (True, value).
                ended, value = _coro_step(coro, exc)
            elif exc is None:
                ended = False
                value = coro.send(None)
            elif self._fresh:
                # Cancelled before its first step, so the body must not run.
                # (Ember's throw() into an unstarted coroutine would enter a
                # `try` at its top; this is what CPython's throw() does.)
                coro.close()
                raise exc
            else:
                ended = False
                value = coro.throw(exc)
        except StopIteration as stop:
            _settle_task(self, 0, stop.value)
        except (KeyboardInterrupt, SystemExit) as err:
            _settle_task(self, 2, err)
            raise
        except BaseException as err:
            # As with CPython's C Task, this frame is no part of the traceback.
            err.__traceback__ = err.__traceback__.tb_next
            _settle_task(self, 2, err)
        else:
            if not ended:
                self._fresh = False
                self._after_yield(value, loop)
            elif self._must_cancel:
                _settle_task(self, 0, value)
            else:
                # _settle_task's common case, spelled out (one per task).
                _future_set_result(self, value)
                _all_tasks.pop(self, None)
        finally:
            _cv._current = saved_context
            loop._current_task = None

    def _after_yield(self, value, loop):
        """The coroutine yielded value: wait on it if it is a future."""
        if value is None:
            # A bare yield (sleep(0)): step again next turn.
            loop._ready.append((self._step, _NO_ARG))
            return
        flag = getattr(value, '_asyncio_future_blocking', None)
        if not flag:
            problem = _bad_yield(self, value, flag)
        else:
            # A future whose await just yielded it: block on it, if we can.
            owner = getattr(value, '_loop', None)
            if owner is None:
                owner = futures._get_loop(value)
            if owner is not loop:
                problem = (f'Task {self!r} got Future {value!r} attached to '
                           f'a different loop')
            elif value is self:
                problem = f'Task cannot await on itself: {self!r}'
            else:
                value._asyncio_future_blocking = False
                if value.__class__ in _PLAIN and value._state == _PENDING:
                    value._callbacks.append((self._wakeup, None))
                else:
                    value.add_done_callback(self._wakeup)
                self._fut_waiter = value
                if self._must_cancel and value.cancel(
                        msg=self._cancel_message):
                    self._must_cancel = False
                return
        loop.call_soon(self._step, RuntimeError(problem))

    def _wakeup(self, future):
        # future is done: resume the coroutine with its outcome.
        if future.__class__ in _PLAIN:
            state = future._state
            if state == _FINISHED:
                exc = future._exception
                if exc is None:
                    self._step()
                else:
                    # Thrown in as it is (what result() does, less its frame
                    # and ours on the traceback, as with CPython's C Task).
                    future._unretrieved = False
                    self._step(exc)
                return
            if state == _CANCELLED:
                self._step(future._make_cancelled_error())
                return
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


# Future reprs list this callback under the name CPython's C Task gives it.
Task._wakeup.__qualname__ = 'Task.task_wakeup'
_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Wrap coro in a Task scheduled on the running loop."""
    loop = events.get_running_loop()
    if context is not None:
        task = loop.create_task(coro, context=context)
    else:
        task = loop.create_task(coro)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _reject_single(fs, expected):
    # wait()/as_completed() want a collection, not one awaitable.
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {expected} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return the sets (done, pending)."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = set(fs)
    for member in members:
        if coroutines.iscoroutine(member):
            raise TypeError(
                "Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(members, timeout, return_when,
                       events.get_running_loop())


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _result_or_timeout(fut):
    # fut was cancelled because time ran out: that reads as a timeout.
    try:
        return fut.result()
    except _CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def wait_for(fut, timeout):
    """Await fut, but cancel it and raise TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout > 0:
        alarm = loop.create_future()
        timer = loop.call_later(timeout, _release_waiter, alarm)
        fut = ensure_future(fut, loop=loop)
        ring = functools.partial(_release_waiter, alarm)
        fut.add_done_callback(ring)
        try:
            try:
                await alarm
            except _CancelledError:
                # We ourselves are cancelled: so is fut, unless it just ended.
                if not fut.done():
                    fut.remove_done_callback(ring)
                    await _cancel_and_wait(fut, loop=loop)
                    raise
                return fut.result()
            if not fut.done():
                # Time is up.
                fut.remove_done_callback(ring)
                await _cancel_and_wait(fut, loop=loop)
                return _result_or_timeout(fut)
            return fut.result()
        finally:
            timer.cancel()
    # Already expired: fut gets no time at all unless it is done now.
    fut = ensure_future(fut, loop=loop)
    if not fut.done():
        await _cancel_and_wait(fut, loop=loop)
        return _result_or_timeout(fut)
    return fut.result()


async def _wait(fs, timeout, return_when, loop):
    # Sleep until return_when is satisfied or the timeout passes.
    alarm = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, alarm)
    outstanding = len(fs)

    def _member_done(member):
        nonlocal outstanding
        outstanding -= 1
        enough = (outstanding <= 0 or return_when == FIRST_COMPLETED)
        if not enough and return_when == FIRST_EXCEPTION:
            enough = (not member.cancelled()
                      and member.exception() is not None)
        if enough:
            if timer is not None:
                timer.cancel()
            _release_waiter(alarm)

    for member in fs:
        member.add_done_callback(_member_done)
    try:
        await alarm
    finally:
        if timer is not None:
            timer.cancel()
        for member in fs:
            member.remove_done_callback(_member_done)
    finished = {member for member in fs if member.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it has really ended.
    ended = loop.create_future()
    ring = functools.partial(_release_waiter, ended)
    fut.add_done_callback(ring)
    try:
        fut.cancel()
        await ended
    finally:
        fut.remove_done_callback(ring)


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give fs's results as they come in."""
    _reject_single(fs, 'an iterable')
    from .queues import Queue
    arrivals = Queue()
    loop = events._get_event_loop()
    unfinished = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _arrived(f):
        if not unfinished:
            return  # after the timeout
        unfinished.remove(f)
        arrivals.put_nowait(f)
        if timer is not None and not unfinished:
            timer.cancel()

    def _time_up():
        # Every awaitable still to come reports a timeout.
        for f in unfinished:
            f.remove_done_callback(_arrived)
            arrivals.put_nowait(None)
        unfinished.clear()

    async def _next_result():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in unfinished:
        f.add_done_callback(_arrived)
    if timeout is not None and unfinished:
        timer = loop.call_later(timeout, _time_up)
    for _ in range(len(unfinished)):
        yield _next_result()


class _Sleep0:
    """Awaitable yielding None once, so the Task reschedules itself and
    exactly one loop turn passes."""

    __slots__ = ()

    def __await__(self):
        yield


_sleep0 = _Sleep0()


async def sleep(delay, result=None):
    """Finish after delay seconds, returning result."""
    if delay <= 0:
        await _sleep0
        return result
    loop = events._running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    wake = loop.create_future()
    timer = loop.call_at(loop.time() + delay, _set_result_unless_cancelled,
                         wake, result)
    try:
        return await wake
    finally:
        timer.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A Future for coro_or_future: itself, or a Task running it."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(obj, *, loop=None):
    if futures.isfuture(obj):
        if loop is not None and futures._get_loop(obj) is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if coroutines.iscoroutine(obj):
        coro, ours = obj, False
    elif hasattr(obj, '__await__'):
        coro, ours = _wrap_awaitable(obj), True
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if not ours:
            # The caller's coroutine will never run: no "never awaited".
            coro.close()
        raise


def _mark_retrieved(fut):
    # Reading a finished future's exception silences its "never retrieved" log.
    if not fut.cancelled():
        fut.exception()


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """gather()'s result future; cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        futures.Future.__init__(self, loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [child.cancel(msg=msg) for child in self._children]
        if True not in hit:
            return False
        # Becomes cancelled itself once the children have finished.
        self._cancel_requested = True
        return True


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
                            _settle_task(task, kind, value)
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


# Future classes whose state may be read and set directly (they override
# none of the Future methods that the fast paths bypass).
_PLAIN = frozenset((_Future, Task, _GatheringFuture))


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of all the awaitables' results, in order."""
    if not coros_or_futures:
        empty = events._get_event_loop().create_future()
        empty.set_result([])
        return empty

    def _done_callback(fut):
        # Named as in CPython: it shows in the children's reprs.
        nonlocal settled
        settled += 1
        if outer is None or outer._state != _PENDING:
            # Too late to matter; just mark the outcome as looked at.
            _mark_retrieved(fut)
            return
        if not return_exceptions:
            if fut.__class__ not in _PLAIN:
                failure = (fut._make_cancelled_error() if fut.cancelled()
                           else fut.exception())
            elif fut._state == _CANCELLED:
                failure = fut._make_cancelled_error()
            else:
                # Plain futures: the field, not the method (which would
                # also mark it as read).
                failure = fut._exception
                fut._unretrieved = False
            if failure is not None:
                outer.set_exception(failure)
                return
        if settled < distinct:
            return
        values = []
        add = values.append
        for child in children:
            if (child.__class__ in _PLAIN and child._state == _FINISHED
                    and child._exception is None):
                add(child._result)
            elif child.cancelled():
                note = child._cancel_message
                add(exceptions.CancelledError('' if note is None else note))
            else:
                failure = child.exception()
                add(child.result() if failure is None else failure)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(values)

    children = []
    distinct = settled = 0
    loop = outer = None
    if _awaited_call is not None and _awaited_call():
        eager = _gather_eager(coros_or_futures, return_exceptions,
                              _done_callback)
        if eager.__class__ is _GatheringFuture:
            return eager
        if eager is not None:
            by_arg = dict(zip(eager.coros, eager.futs))
            children.extend(by_arg[arg] for arg in coros_or_futures)
            distinct = len(by_arg)
            loop = eager.loop
            outer = _GatheringFuture(children, loop=loop)
            return outer
    seen = {}
    for arg in coros_or_futures:
        fut = seen.get(arg)
        if fut is None:
            if type(arg) is _CoroutineType:
                # The usual case, minus _ensure_future's checks.
                if loop is None:
                    loop = events._get_event_loop()
                fut = loop.create_task(arg)
                fut._log_destroy_pending = False
            else:
                fut = _ensure_future(arg, loop=loop)
                if fut is not arg:
                    fut._log_destroy_pending = False
                if loop is None:
                    loop = futures._get_loop(fut)
            seen[arg] = fut
            distinct += 1
            fut.add_done_callback(_done_callback)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which Ember '
                       'does not provide')


def shield(arg):
    """A future that follows arg but whose cancellation leaves arg running."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def _relay(done_inner):
        if not outer.cancelled():
            futures._copy_future_state(done_inner, outer)
        else:
            _mark_retrieved(done_inner)

    def _detach(_):
        if not inner.done():
            inner.remove_done_callback(_relay)

    inner.add_done_callback(_relay)
    outer.add_done_callback(_detach)
    return outer


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    busy = getattr(loop, '_current_task', None)
    if busy is None:
        loop._current_task = task
        return
    raise RuntimeError(f"Cannot enter into task {task!r} while another "
                       f"task {busy!r} is being executed.")


def _leave_task(loop, task):
    busy = getattr(loop, '_current_task', None)
    if busy is task:
        loop._current_task = None
        return
    raise RuntimeError(f"Leaving task {task!r} does not match "
                       f"the current task {busy!r}.")
