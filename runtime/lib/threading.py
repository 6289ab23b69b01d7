"""threading for Ember: threads are green threads (see runtime/src/vm/green.rs).

Each thread runs on a stack of its own, on one OS thread, and gives way to the others
when it blocks: on a lock, a sleep, a join, a queue. Thread.start() runs the new thread
at once until it first blocks or ends. Nothing runs in parallel, and a thread that never
blocks is not interrupted. A wait that no thread can ever end raises RuntimeError (in
CPython it would hang).
"""

import sys as _sys
import os as _os
import time as _time
import _ember_thread as _green
from collections import deque as _deque

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
           "stack_size", "excepthook", "get_native_id", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_IDENT = 1
# Idents for the other threads, each given one when it starts.
_thread_idents = iter(range(_IDENT + 1, 1 << 62))
# Recorded only: no new thread ever starts to use them.
_hooks = {'trace': None, 'profile': None}


def get_ident():
    return _green.get_ident()


def get_native_id():
    return _os.getpid()


def settrace(func):
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


def stack_size(size=0):
    if size and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _old_spelling(what, instead):
    # The camelCase names still work, with CPython's DeprecationWarning.
    import warnings
    warnings.warn("%s() is deprecated, %s instead" % (what, instead),
                  DeprecationWarning, stacklevel=3)


def _block_until(ready, timeout=None):
    """Lets the other threads run until ready() is true; False if timeout seconds
    (None or negative: no limit) pass first."""
    if ready():
        return True
    if timeout is None or timeout < 0:
        while not ready():
            _green.wait(None)
        return True
    end = _time.monotonic() + timeout
    while not ready():
        left = end - _time.monotonic()
        if left <= 0:
            return False
        _green.wait(left)
    return True


def _addr_repr(obj, detail):
    # "<module.Class at 0x...: detail>"
    cls = type(obj)
    return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(obj),
                                   detail)


class _LockBase:
    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    @staticmethod
    def _validate(blocking, timeout):
        # The argument checks of _thread's acquire().
        if timeout == -1:
            return
        if not blocking:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0:
            raise ValueError("timeout value must be positive")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def __reduce_ex__(self, protocol):
        # CPython's locks are C objects that refuse pickling and copying.
        kind = "RLock" if isinstance(self, RLock) else "lock"
        raise TypeError("cannot pickle '_thread.%s' object" % kind)


class Lock(_LockBase):
    """A mutex; taking it while held can only time out."""

    __slots__ = ()

    def acquire(self, blocking=True, timeout=-1):
        self._validate(blocking, timeout)
        if self._locked:
            if not blocking or not _block_until(self._free, timeout):
                return False
        self._locked = True
        return True

    def _free(self):
        return not self._locked

    def release(self):
        if self._locked:
            self._locked = False
            _green.bump()
        else:
            raise RuntimeError("release unlocked lock")

    def locked(self):
        return self._locked

    # The old _thread spellings.
    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


def allocate_lock():
    return Lock()


# Shown as CPython's types: <class '_thread.lock'>, <class '_thread.RLock'>.
Lock.__name__ = Lock.__qualname__ = "lock"
Lock.__module__ = "_thread"


class RLock(_LockBase):
    """A re-entrant lock, owned by the thread that took it; taking it while
    another thread owns it can only time out."""

    __slots__ = ("_count", "_owner")

    def __init__(self):
        _LockBase.__init__(self)
        self._count = 0
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        self._validate(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking or not _block_until(self._free, timeout):
                return False
        self._count += 1
        self._owner = me
        self._locked = True
        return True

    def _free(self):
        return not self._count

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        self._locked = self._count > 0
        if not self._locked:
            _green.bump()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    # Condition's hooks for letting go of every level and taking them back.
    def _release_save(self):
        saved = (self._count, self._owner)
        self._count, self._locked = 0, False
        _green.bump()
        return saved

    def _acquire_restore(self, saved):
        _block_until(self._free)
        self._count, self._owner = saved
        self._locked = self._count > 0

    def __repr__(self):
        cls = type(self)
        return "<%s %s.%s object owner=%r count=%d at %#x>" % (
            "locked" if self._locked else "unlocked", cls.__module__,
            cls.__qualname__, self._owner if self._count else 0, self._count,
            id(self))


RLock.__module__ = "_thread"


def _held(lock):
    # Whether the (only) thread holds lock.
    if isinstance(lock, RLock):
        return lock._is_owned()
    if isinstance(lock, Lock):
        return lock.locked()
    # Another lock type: it is held exactly when it cannot be taken.
    if not lock.acquire(False):
        return True
    lock.release()
    return False


class Condition:
    """A condition variable: wait() lets go of the lock until notified."""

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self.acquire, self.release = lock.acquire, lock.release
        # One private lock per waiting thread, held until notify() lets it go.
        self._waiters = _deque()

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __enter__(self):
        return self._lock.__enter__()

    def _is_owned(self):
        return _held(self._lock)

    def _need_lock(self, action):
        if not _held(self._lock):
            raise RuntimeError("cannot %s on un-acquired lock" % action)

    def _let_go(self):
        lock = self._lock
        if hasattr(lock, "_release_save"):
            return lock._release_save()
        lock.release()
        return None

    def _take_back(self, saved):
        lock = self._lock
        if hasattr(lock, "_acquire_restore"):
            lock._acquire_restore(saved)
        else:
            lock.acquire()

    def wait(self, timeout=None):
        self._need_lock("wait")
        gate = Lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._let_go()
        notified = False
        try:
            if timeout is None:
                notified = gate.acquire()
            elif timeout > 0:
                notified = gate.acquire(True, timeout)
            else:
                notified = gate.acquire(False)
            return notified
        finally:
            self._take_back(saved)
            if not notified and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        end = None if timeout is None else _time.monotonic() + timeout
        outcome = predicate()
        while not outcome:
            left = None
            if end is not None:
                left = end - _time.monotonic()
                if left <= 0:
                    break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        self._need_lock("notify")
        waiters = self._waiters
        while waiters and n > 0:
            gate = waiters.popleft()
            if gate.locked():
                gate.release()
                n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _old_spelling("notifyAll", "use notify_all()")
        self.notify_all()


def _release_count(n):
    if n < 1:
        raise ValueError("n must be one or more")


class Semaphore:
    """A counter of permits."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return _addr_repr(self, "value=%d" % self._value)

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value <= 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        _release_count(n)
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released past its starting value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _addr_repr(self, "value=%d/%d"
                          % (self._value, self._initial_value))

    def release(self, n=1):
        _release_count(n)
        with self._cond:
            if n + self._value > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag; waiting while it is unset can only time out."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        return _addr_repr(self, "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        _old_spelling("isSet", "use is_set()")
        return self._flag

    def set(self):
        cond = self._cond
        with cond:
            self._flag = True
            cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Holds `parties` threads until the last arrives, then lets them all pass."""

    def __init__(self, parties, action=None, timeout=None):
        # (3.11 takes any count; a barrier for none never opens.)
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0          # threads waiting in the current round
        self._round = 0          # bumped each time a round passes or is reset
        self._failed = set()     # rounds whose waiters must raise
        self._broken = False

    def __repr__(self):
        if self._broken:
            return _addr_repr(self, "broken")
        return _addr_repr(self, "waiters=%d/%d" % (self.n_waiting,
                                                  self._parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            mine = self._round
            if self._count == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                self._count = 0
                self._round += 1
                self._cond.notify_all()
                return index
            passed = self._cond.wait_for(
                lambda: self._round != mine or self._broken, timeout)
            if not passed:
                self._break()
                raise BrokenBarrierError
            if mine in self._failed or (self._broken and self._round == mine):
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count:
                self._failed.add(self._round)
                self._round += 1
            self._count = 0
            self._broken = False
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: 0 if self._broken else self._count)
    broken = property(lambda self: self._broken)


class local:
    """Thread-local data: each thread sees its own attributes.

    The instance's __dict__ holds the attributes of the thread that last used
    it; on first use from another thread it is swapped (see _local_sync), and
    a subclass's __init__ runs again, with the original arguments, for a
    thread that has not used it before (as CPython does).
    """

    __slots__ = ("_local__impl", "__dict__", "__weakref__")

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        # [thread owning __dict__, args, kwargs, {other thread: its dict}]
        object.__setattr__(self, "_local__impl",
                           [current_thread(), args, kwargs, {}])
        return self

    def __getattribute__(self, name):
        _local_sync(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise _local_dict_read_only(self)
        _local_sync(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise _local_dict_read_only(self)
        _local_sync(self)
        try:
            object.__delattr__(self, name)
        except AttributeError:
            # (Without .name and .obj, as CPython's delattr leaves them.)
            raise AttributeError(_local_missing(self, name).args[0]) from None

    def __getattr__(self, name):
        # Only reached for a missing attribute.
        raise _local_missing(self, name)


def _local_type_name(self):
    # The plain class is named as CPython's C type names itself.
    cls = type(self)
    return "_thread._local" if cls is local else cls.__name__


def _local_missing(self, name):
    return AttributeError("%r object has no attribute %r"
                          % (_local_type_name(self), name), name=name, obj=self)


def _local_dict_read_only(self):
    return AttributeError("%r object attribute '__dict__' is read-only"
                          % _local_type_name(self))


def _local_sync(self):
    # Make self's __dict__ the current thread's attributes.
    impl = object.__getattribute__(self, "_local__impl")
    owner = impl[0]
    current = current_thread()
    if owner is current:
        return
    dicts = impl[3]
    if not owner._is_stopped:
        dicts[owner] = object.__getattribute__(self, "__dict__")
    impl[0] = current
    mine = dicts.pop(current, None)
    object.__setattr__(self, "__dict__", {} if mine is None else mine)
    if mine is None:
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl[1], **impl[2])


local.__module__ = "_thread"
local.__name__ = local.__qualname__ = "_local"


_thread_numbers = iter(range(1, 1 << 62))


def _newname(name_template="Thread-%d"):
    return name_template % next(_thread_numbers)


# Threads inside start(), by id() (a target may start more).
_active = {}


def _not_initialized(what):
    return RuntimeError("%s.__init__() not called" % what)


class Thread:
    """A thread whose start() runs it to completion (see the module note)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name) if name else self._default_name(target)
        self._daemonic = (current_thread().daemon if daemon is None
                          else daemon)
        self._ident = self._native_id = None
        self._started = self._is_stopped = False
        self._stderr = _sys.stderr
        self._initialized = True

    @staticmethod
    def _default_name(target):
        # "Thread-N", with the target's name in brackets when it has one.
        name = _newname("Thread-%d")
        target_name = getattr(target, '__name__', None)
        if target is not None and target_name is not None:
            name = f"{name} ({target_name})"
        return name

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            state = ["stopped"]
        else:
            state = ["started" if self._started else "initial"]
        if self._daemonic:
            state.append("daemon")
        if self._ident is not None:
            state.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name,
                                 " ".join(state))

    def start(self):
        if not self._initialized:
            raise _not_initialized("thread")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = next(_thread_idents)
        self._native_id = get_native_id()
        _active[self._ident] = self
        _green.start(self._bootstrap, self._ident)

    def _bootstrap(self):
        # Two frames below run(), as in CPython (a thread's recursion limit
        # counts them).
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self.run()
        except BaseException as exc:
            # SystemExit too: the default hook ignores it, others may not.
            try:
                excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__,
                                           self)))
            except Exception as hook_exc:
                # Reported on its own, not as raised while handling exc.
                hook_exc.__suppress_context__ = True
                stderr = _sys.stderr if _sys.stderr is not None else self._stderr
                print("Exception in threading.excepthook:", file=stderr,
                      flush=True)
                _sys.excepthook(type(hook_exc), hook_exc,
                                hook_exc.__traceback__)
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def run(self):
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # Dropped afterwards, so the thread does not keep them alive.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise _not_initialized("Thread")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        _block_until(lambda: self._is_stopped, timeout)

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    def _get_name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    def _set_name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    def _get_ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    def _get_native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    name = property(_get_name, _set_name)
    ident = property(_get_ident)
    native_id = property(_get_native_id)

    def _get_daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    def _set_daemon(self, daemonic):
        if not self._initialized:
            raise _not_initialized("Thread")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon)

    # Old camelCase spellings.
    def isDaemon(self):
        _old_spelling("isDaemon", "get the daemon attribute")
        return self.daemon

    def setDaemon(self, daemonic):
        _old_spelling("setDaemon", "set the daemon attribute")
        self.daemon = daemonic

    def getName(self):
        _old_spelling("getName", "get the name attribute")
        return self.name

    def setName(self, name):
        _old_spelling("setName", "set the name attribute")
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
    """Calls function(*args, **kwargs) after interval seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.function = function
        self.interval = interval
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        done = self.finished
        done.wait(self.interval)
        if not done.is_set():
            self.function(*self.args, **self.kwargs)
        done.set()


# (exc_type, exc_value, exc_traceback, thread), as threading.excepthook
# receives it.
import _structseq
ExceptHookArgs = _structseq.structseq(
    "_thread", "_ExceptHookArgs",
    ["exc_type", "exc_value", "exc_traceback", "thread"], 4)
del _structseq


def excepthook(args, /):
    """Print the exception a thread's run() raised to stderr."""
    stderr = _sys.stderr
    if args.exc_type == SystemExit or stderr is None:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print(f"Exception in thread {who}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook

def current_thread():
    me = _green.get_ident()
    if me == _IDENT:
        return _main_thread
    found = _active.get(me)
    if found is None:
        # A thread _thread started: CPython shows it as a dummy thread.
        found = _active[me] = _DummyThread(name=_newname("Dummy-%d"), daemon=True)
        found._started = True
        found._ident = me
    return found


def currentThread():
    _old_spelling("currentThread", "use current_thread()")
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + 1


def activeCount():
    _old_spelling("activeCount", "use active_count()")
    return len(_active) + 1


def enumerate():
    return [_main_thread, *_active.values()]


_main_thread = _MainThread()


# Calls to make at exit before waiting for the threads (concurrent.futures ends
# its pools' workers there); set once that has begun.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """At exit: makes the calls _register_atexit() recorded (newest first), then
    waits for the threads that are not daemons, as CPython does."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    for thread in list(_active.values()):
        if not thread._daemonic and not thread._is_stopped:
            thread.join()
