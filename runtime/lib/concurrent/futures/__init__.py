"""concurrent.futures for Ember: Future, the executors, wait and as_completed.

Ember runs one thread of Python at a time and `threading.Thread.start()` runs its
target to completion at once, so the executors here run each submitted call at once,
in the submitting thread, and hand back an already finished Future. Results,
exceptions, callbacks and the order of `map` are what CPython gives; only the
overlap of the calls in time is missing.
"""

import collections as _collections

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
    "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
    "wait", "as_completed", "ThreadPoolExecutor", "ProcessPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
# A cancelled Future whose set_running_or_notify_cancel() has been called: only
# then do wait() and as_completed() count it as done (as in CPython).
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"
_CANCELLED_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED)
_DONE_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)
_SHOWN_STATES = {_PENDING: "pending", _RUNNING: "running", _CANCELLED: "cancelled",
                 _CANCELLED_AND_NOTIFIED: "cancelled", _FINISHED: "finished"}


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


class Future:
    """The result of a call, set once: a value, an exception, or cancellation."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        where = f"<{type(self).__name__} at {id(self):#x} state={_SHOWN_STATES[self._state]}"
        if self._state == _FINISHED:
            if self._exception is not None:
                return where + f" raised {type(self._exception).__name__}>"
            return where + f" returned {type(self._result).__name__}>"
        return where + ">"

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state not in _CANCELLED_STATES:
            self._state = _CANCELLED
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def result(self, timeout=None):
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != _FINISHED:
            # Nothing else can finish it while we wait: waiting would never end.
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            self._call_back(fn)
        else:
            self._callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in _DONE_STATES:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state in _DONE_STATES:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._exception = exception
        self._state = _FINISHED
        self._run_callbacks()

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            # CPython logs and goes on: a failing callback does not break the future.
            import sys
            import traceback
            print(f"exception calling callback for {self!r}", file=sys.stderr)
            traceback.print_exc()

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._call_back(fn)

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Executor:
    """Runs calls and hands back Futures (see the module docstring for when)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # chunksize only matters (and is only checked) for process pools.
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            # Reversed and popped, as CPython does, so a consumed result is released.
            futures.reverse()
            try:
                while futures:
                    yield futures.pop().result()
            finally:
                for f in futures:
                    f.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Nothing to release here: every submitted call has already run."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        """Leaving a with block shuts down, waiting; exceptions propagate."""
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """An executor whose calls run at once (see above), each as one of the pool's
    threads: current_thread() and threading.local see a worker, as in CPython."""

    _counter = 0
    # Whether calls run as a pool thread (a process pool's do not).
    _as_pool_thread = True

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            # CPython's default: the CPU count plus four, at most 32.
            from os import cpu_count
            max_workers = min((cpu_count() or 1) + 4, 32)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            # Numbered from 0, counting only the pools without a prefix.
            thread_name_prefix = f"ThreadPoolExecutor-{ThreadPoolExecutor._counter}"
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False
        # The pool's threads, made as calls need them; those running a call now.
        self._threads = []
        self._busy = set()

    _broken_message = "A thread initializer failed, the thread pool is not usable anymore"

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken_message)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        worker = self._pick_thread() if self._as_pool_thread else None
        if worker is None:
            # A process pool, or every thread busy (calls submitting calls).
            if self._initializer is not None and not self._initialized:
                self._initialized = True
                if not self._run_initializer():
                    f.set_exception(BrokenThreadPool(self._broken_message))
                    return f
            self._run_call(f, fn, args, kwargs)
            return f
        import threading
        self._busy.add(worker)
        threading._switch_to(worker)
        try:
            if worker._initializer_pending:
                worker._initializer_pending = False
                if not self._run_initializer():
                    f.set_exception(BrokenThreadPool(self._broken_message))
                    return f
            self._run_call(f, fn, args, kwargs)
        finally:
            threading._switch_back(worker)
            self._busy.discard(worker)
        return f

    def _pick_thread(self):
        # The first idle pool thread, or a new one while there are fewer than
        # max_workers (named as CPython names them).
        for thread in self._threads:
            if thread not in self._busy:
                return thread
        if len(self._threads) >= self._max_workers:
            return None
        import threading
        thread = threading.Thread(
            name="%s_%d" % (self._thread_name_prefix, len(self._threads)))
        thread._started = True
        thread._ident = next(threading._thread_idents)
        thread._native_id = threading.get_native_id()
        thread._initializer_pending = self._initializer is not None
        self._threads.append(thread)
        return thread

    def _run_initializer(self):
        try:
            self._initializer(*self._initargs)
        except BaseException:
            # As a CPython worker does: log it, and the pool's futures fail.
            import sys
            import traceback
            print("Exception in initializer:", file=sys.stderr)
            traceback.print_exc()
            self._broken = True
            return False
        return True

    @staticmethod
    def _run_call(f, fn, args, kwargs):
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        for thread in self._threads:
            thread._is_stopped = True


class BrokenThreadPool(BrokenExecutor):
    """A thread pool whose initializer failed."""


class BrokenProcessPool(BrokenExecutor):
    """A process pool one of whose workers ended abruptly."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Ember has no worker processes: calls run at once in this process."""

    _as_pool_thread = False

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            import os
            max_workers = os.cpu_count() or 1
        super().__init__(max_workers, "", initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)


DoneAndNotDoneFutures = _collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


def _settled(f):
    # Done as wait() and as_completed() see it (cancelled needs notifying).
    return f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if _settled(f)}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    seen = set()
    pending = []
    for f in fs:
        if f in seen:
            continue
        seen.add(f)
        if _settled(f):
            yield f
        else:
            pending.append(f)
    if pending:
        raise TimeoutError(f"{len(pending)} (of {len(seen)}) futures unfinished")


def _submodules():
    # CPython splits this package into _base, thread and process; programs
    # import from (and classes name) those modules.
    import sys
    import types
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
        module = types.ModuleType(full)
        for name in names:
            obj = module.__dict__[name] = g[name]
            if getattr(obj, "__module__", None) == __name__:
                obj.__module__ = full
        sys.modules[full] = g[part] = module


_submodules()
del _submodules
