"""Thread objects and synchronisation primitives for Ember, which runs a single thread.

The API is CPython's, so that programs importing threading work, with this documented rule:
Thread.start() runs the thread's target to completion at once, in the calling thread, before
start() returns (then join() returns immediately). Nothing ever runs concurrently, so no other
thread can release a lock, set an event or notify a condition while the caller waits: a wait
that could only end that way returns False at once when given a timeout, and raises
RuntimeError when it would block forever (where CPython would deadlock). A Timer's start()
sleeps for its interval and then calls the function, unless cancel() came first.
"""

import sys as _sys
import os as _os
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
           "stack_size", "excepthook", "get_native_id", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_IDENT = 1
_trace_hook = None
_profile_hook = None


def get_ident():
    return _IDENT


def get_native_id():
    return _os.getpid()


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _would_block_forever(what):
    return RuntimeError("%s would block forever: Ember runs a single thread" % what)


class _LockBase:
    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    def _check_timeout(self, blocking, timeout):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def __reduce_ex__(self, protocol):
        # CPython's locks are C objects that refuse pickling and copying.
        raise TypeError("cannot pickle '_thread.%s' object"
                        % ("RLock" if isinstance(self, RLock) else "lock"))


class Lock(_LockBase):
    """A lock; acquiring it while held can only time out, as no other thread can free it."""

    __slots__ = ()

    def acquire(self, blocking=True, timeout=-1):
        self._check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout >= 0:
            return False
        raise _would_block_forever("acquiring a held lock")

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))


def allocate_lock():
    return Lock()


# The lock types read as CPython's: <class '_thread.lock'> and <class '_thread.RLock'>.
Lock.__name__ = Lock.__qualname__ = "lock"
Lock.__module__ = "_thread"


class RLock(_LockBase):
    """A re-entrant lock: the owning thread may acquire it again."""

    __slots__ = ("_count",)

    def __init__(self):
        _LockBase.__init__(self)
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._check_timeout(blocking, timeout)
        # The only thread is always the owner.
        self._count += 1
        self._locked = True
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._locked = False

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        count = self._count
        self._count = 0
        self._locked = False
        return count

    def _acquire_restore(self, count):
        self._count = count
        self._locked = count > 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %#x>" % (
            "locked" if self._locked else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, _IDENT if self._count else 0, self._count, id(self))



RLock.__module__ = "_thread"


class Condition:
    """A condition variable; waiting returns False (timeout) as nobody else can notify."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        lock = self._lock
        if isinstance(lock, RLock):
            return lock._is_owned()
        if isinstance(lock, Lock):
            return lock.locked()
        if lock.acquire(False):
            lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _would_block_forever("Condition.wait() without a timeout")
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _would_block_forever("Condition.wait_for() without a timeout")
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__,
                                             self.__class__.__qualname__, id(self),
                                             self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        raise _would_block_forever("acquiring a semaphore at zero")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag; waiting for it while unset returns False, as no other thread can set it."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__,
                                       self.__class__.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _would_block_forever("Event.wait() on an unset event without a timeout")
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier: only a party of one can ever pass it in a single thread."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties > 1:
            self._broken = True
            raise BrokenBarrierError
        if self._action:
            try:
                self._action()
            except BaseException:
                self._broken = True
                raise
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


class local:
    """Thread-local data: with a single thread, plain attributes."""


_counter_value = 0


def _newname(name_template="Thread-%d"):
    global _counter_value
    _counter_value += 1
    return name_template % _counter_value


_active = {}


class Thread:
    """A thread whose start() runs its target at once, to completion (see the module doc)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _IDENT
        self._native_id = get_native_id()
        global _current
        previous = _current
        _current = self
        _active[id(self)] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _current = previous
            del _active[id(self)]
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _IDENT
        self._native_id = get_native_id()


class _DummyThread(Thread):
    pass


class Timer(Thread):
    """Calls function after interval seconds: at start(), after sleeping, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            if self.interval > 0:
                _time.sleep(self.interval)
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), as passed to threading.excepthook."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Reports an exception raised by a thread's run() on stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook

_main_thread = None
_current = None


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1 + len(_active)


activeCount = active_count


def enumerate():
    return [_main_thread] + list(_active.values())


_main_thread = _MainThread()
_current = _main_thread


def _shutdown():
    pass
