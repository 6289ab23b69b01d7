"""concurrent.futures for Ember: Future, the executors, wait and as_completed.

A ThreadPoolExecutor feeds its calls through a queue to worker threads, started one
at a time as calls arrive (while no worker is idle) up to max_workers. Ember's threads
are green (see threading.py): a worker runs until its call blocks or ends, so calls
overlap only where they wait (on each other, on queues, locks or sleeps).

There are no worker processes: a ProcessPoolExecutor runs each call at once, in the
submitting thread, and hands back a finished Future.
"""

import collections as _collections
import itertools as _itertools
import threading as _threading
import time as _time
import types as _types
import _ember_thread as _green

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
    "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
    "wait", "as_completed", "ThreadPoolExecutor", "ProcessPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
# The rule of the waiter as_completed() installs.
_EACH_COMPLETED = "_AS_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
# A cancelled Future whose set_running_or_notify_cancel() has been called: only
# then do wait() and as_completed() count it as done (as in CPython).
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"
_CANCELLED_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED)
_DONE_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)
_SETTLED_STATES = (_CANCELLED_AND_NOTIFIED, _FINISHED)
_SHOWN_STATES = {_PENDING: "pending", _RUNNING: "running", _CANCELLED: "cancelled",
                 _CANCELLED_AND_NOTIFIED: "cancelled", _FINISHED: "finished"}


def _logger():
    # CPython's module logger; logging is only imported once something goes wrong.
    import logging
    return logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for the concurrent.futures errors."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 the module's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls (an initializer failed)."""


class _Waiter:
    """What wait() or as_completed() sleeps on: the futures given to it note here
    when they settle, and `event` is set once `rule` says the sleeper may go on."""

    def __init__(self, rule, outstanding=0):
        self.event = _threading.Event()
        self.settled = []
        self.rule = rule
        # For ALL_COMPLETED and FIRST_EXCEPTION: futures still to settle.
        self.outstanding = outstanding

    def note(self, future, failed):
        # (Green threads switch only where they block: no lock is needed here.)
        self.settled.append(future)
        rule = self.rule
        if rule == ALL_COMPLETED or (rule == FIRST_EXCEPTION and not failed):
            self.outstanding -= 1
            if self.outstanding > 0:
                return
        self.event.set()


class Future:
    """The result of a call, set once: a value, an exception, or cancellation."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        where = f"<{type(self).__name__} at {id(self):#x} state={_SHOWN_STATES[self._state]}"
        if self._state == _FINISHED:
            if self._exception is not None:
                return where + f" raised {type(self._exception).__name__}>"
            return where + f" returned {type(self._result).__name__}>"
        return where + ">"

    def cancel(self):
        with self._condition:
            state = self._state
            if state in (_RUNNING, _FINISHED):
                return False
            if state in _CANCELLED_STATES:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        # The settled result, raised when it is an exception (CancelledError when
        # cancelled); None when the future has not finished.
        state = self._state
        if state in _CANCELLED_STATES:
            raise CancelledError()
        if state != _FINISHED:
            return None
        if self._exception:
            raise self._exception
        return (self._result,)

    def result(self, timeout=None):
        with self._condition:
            got = self._outcome()
            if got is None:
                self._condition.wait(timeout)
                got = self._outcome()
                if got is None:
                    raise TimeoutError()
            return got[0]

    def exception(self, timeout=None):
        with self._condition:
            if self._state not in _DONE_STATES:
                self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    def set_running_or_notify_cancel(self):
        with self._condition:
            state = self._state
            if state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.note(self, False)
                return False
            if state == _PENDING:
                self._state = _RUNNING
                return True
            _logger().critical("Future %s in unexpected state: %s", id(self), state)
            raise RuntimeError("Future in unexpected state")

    def _settle(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.note(self, exception is not None)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            # Logged, and the other callbacks still run.
            _logger().exception("exception calling callback for %r", self)

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    __class_getitem__ = classmethod(_types.GenericAlias)


def _result_within(future, timeout=None):
    # One result for map(): a future given up on (timeout, error) is cancelled.
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """Runs calls, handing back a Future for each."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # chunksize only matters (and is only checked) for process pools.
        deadline = None if timeout is None else _time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            # Popped from the end, so a consumed result is released; those left
            # when the generator is closed (or fails) are cancelled.
            futures.reverse()
            try:
                while futures:
                    if deadline is None:
                        yield _result_within(futures.pop())
                    else:
                        yield _result_within(futures.pop(), deadline - _time.monotonic())
            finally:
                for f in futures:
                    f.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources (nothing to do here)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        """Leaving a with block shuts down, waiting; exceptions propagate."""
        self.shutdown(wait=True)
        return False


# Set once the program has ended (see _at_exit): pools take no more calls.
_exiting = False
_exiting_lock = _threading.Lock()
# Each live worker thread, with the queue it takes calls from.
_worker_queues = {}


def _at_exit():
    # Before threading waits for the threads that are not daemons: wake every idle
    # worker with a None, so that it ends, and wait for them all.
    global _exiting
    with _exiting_lock:
        _exiting = True
    workers = list(_worker_queues.items())
    for _, work_queue in workers:
        work_queue.put(None)
    for thread, _ in workers:
        thread.join()


_threading._register_atexit(_at_exit)


class _WorkItem:
    """A submitted call and the Future it settles."""

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn = future, fn
        self.args, self.kwargs = args, kwargs

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)

    __class_getitem__ = classmethod(_types.GenericAlias)


def _worker(pool_ref, work_queue, initializer, initargs):
    # A pool thread's loop: take calls until a None says the pool (or the program)
    # is shutting down. The pool is only held weakly, between calls not at all.
    me = _threading.current_thread()
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _logger().critical("Exception in initializer:", exc_info=True)
                pool = pool_ref()
                if pool is not None:
                    pool._initializer_failed()
                return
        try:
            while True:
                item = work_queue.get(block=True)
                if item is not None:
                    item.run()
                    item = None
                    pool = pool_ref()
                    if pool is not None:
                        # Idle again: the next submit() needs no new thread.
                        pool._idle_semaphore.release()
                    pool = None
                    continue
                pool = pool_ref()
                if _exiting or pool is None or pool._shutdown:
                    if pool is not None:
                        pool._shutdown = True
                    # Pass the wake-up on to the next idle worker.
                    work_queue.put(None)
                    return
                pool = None
        except BaseException:
            _logger().critical("Exception in worker", exc_info=True)
    finally:
        _worker_queues.pop(me, None)


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of at most max_workers threads, named
    `<thread_name_prefix>_<n>`."""

    # Numbers the pools made without a prefix, from 0.
    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            # CPython's default: the CPU count plus four, at most 32.
            from os import cpu_count
            max_workers = min((cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        import queue
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        # Released by a worker each time it finishes a call (it is then idle).
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exiting_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._add_worker_if_needed()
            return f

    def _add_worker_if_needed(self):
        # A worker that has gone idle takes the call; otherwise a new thread does,
        # while the pool has fewer than max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        import weakref
        work_queue = self._work_queue

        def wake_workers(_, work_queue=work_queue):
            # The pool was dropped without shutdown(): its workers are to end.
            work_queue.put(None)

        thread = _threading.Thread(
            name="%s_%d" % (self._thread_name_prefix or self, count), target=_worker,
            args=(weakref.ref(self, wake_workers), work_queue, self._initializer,
                  self._initargs))
        self._threads.add(thread)
        _worker_queues[thread] = work_queue
        if work_queue.qsize() > 1:
            # Earlier calls wait for idle workers that have not run yet. CPython's
            # start() lets such threads go first, while it waits for the new one
            # to start: let them have a turn here too.
            _green.yield_()
        # (A green thread runs at once, until it first blocks.)
        thread.start()

    def _initializer_failed(self):
        # The pool is broken: the calls still queued fail.
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool "
                            "is not usable anymore")
            for item in self._drain():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain(self):
        # Empties the work queue, returning its calls (not the wake-ups).
        import queue
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain():
                    item.future.cancel()
            # Wakes an idle worker, which passes it on: all of them end.
            self._work_queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()


class BrokenThreadPool(BrokenExecutor):
    """A thread pool whose initializer failed."""


class BrokenProcessPool(BrokenExecutor):
    """A process pool one of whose workers ended abruptly."""


class ProcessPoolExecutor(Executor):
    """Ember has no worker processes: calls run at once in this process."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            import os
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        limit = max_tasks_per_child
        if limit is not None and not isinstance(limit, int):
            raise TypeError("max_tasks_per_child must be an integer")
        if limit is not None and limit <= 0:
            raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown_thread = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if _exiting:
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")
        f = Future()
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                # The worker process would log this and die, breaking the pool.
                _logger().critical("Exception in initializer:", exc_info=True)
                self._broken = ("A child process terminated abruptly, the process "
                                "pool is not usable anymore")
                f.set_exception(BrokenProcessPool(
                    "A process in the process pool was terminated abruptly while "
                    "the future was running or pending."))
                return f
        _WorkItem(f, fn, args, kwargs).run()
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True


DoneAndNotDoneFutures = _collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


class _Holding:
    """Holds the conditions of a set of futures (in id order, so that two holders
    never wait for each other)."""

    def __init__(self, futures):
        self.locks = [f._condition for f in sorted(futures, key=id)]

    def __enter__(self):
        for lock in self.locks:
            lock.acquire()

    def __exit__(self, *exc):
        for lock in self.locks:
            lock.release()


def _install(fs, rule):
    if rule == FIRST_COMPLETED or rule == _EACH_COMPLETED:
        waiter = _Waiter(rule)
    elif rule == ALL_COMPLETED or rule == FIRST_EXCEPTION:
        waiter = _Waiter(rule, sum(f._state not in _SETTLED_STATES for f in fs))
    else:
        raise ValueError("Invalid return condition: %r" % rule)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _Holding(fs):
        done = {f for f in fs if f._state in _SETTLED_STATES}
        if done and (return_when == FIRST_COMPLETED or (
                return_when == FIRST_EXCEPTION
                and any(f._state == _FINISHED and f._exception is not None
                        for f in done))):
            return DoneAndNotDoneFutures(done, fs - done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, fs - done)
        waiter = _install(fs, return_when)
    waiter.event.wait(timeout)
    _uninstall(fs, waiter)
    done.update(waiter.settled)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    deadline = None if timeout is None else _time.monotonic() + timeout
    # Each future once; those already settled first, in the order given.
    given = list(dict.fromkeys(fs))
    total = len(given)
    with _Holding(given):
        ready = [f for f in given if f._state in _SETTLED_STATES]
        pending = set(given).difference(ready)
        waiter = _install(pending, _EACH_COMPLETED)
    del given
    try:
        ready.reverse()
        while True:
            while ready:
                yield ready.pop()
            if not pending:
                return
            left = None
            if deadline is not None:
                left = deadline - _time.monotonic()
                if left < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            waiter.event.wait(left)
            ready, waiter.settled = waiter.settled, []
            waiter.event.clear()
            # Handed out in the order they settled, each out of `pending` first.
            _uninstall(ready, waiter)
            pending.difference_update(ready)
            ready.reverse()
    finally:
        _uninstall(pending, waiter)


def _submodules():
    # CPython splits this package into _base, thread and process; programs
    # import from (and classes name) those modules.
    import sys
    g = globals()
    parts = {
        "_base": ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "Error",
                  "CancelledError", "TimeoutError", "InvalidStateError",
                  "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
                  "DoneAndNotDoneFutures"],
        "thread": ["ThreadPoolExecutor", "BrokenThreadPool"],
        "process": ["ProcessPoolExecutor", "BrokenProcessPool"],
    }
    for part, names in parts.items():
        full = __name__ + "." + part
        module = _types.ModuleType(full)
        for name in names:
            obj = module.__dict__[name] = g[name]
            if getattr(obj, "__module__", None) == __name__:
                obj.__module__ = full
        sys.modules[full] = g[part] = module

    def base_getattr(name):
        # _base.LOGGER, made when first asked for.
        if name == "LOGGER":
            return _logger()
        raise AttributeError(f"module {__name__ + '._base'!r} has no attribute {name!r}")

    g["_base"].__getattr__ = base_getattr


_submodules()
del _submodules
