"""_thread: the low-level thread interface, over Ember's threading module.

start_new_thread() starts a green thread (see threading), which runs at once until it
first blocks, and returns its identifier.
"""

import sys as _sys
import threading as _threading
import _ember_thread as _green

error = RuntimeError
LockType = _threading.Lock
RLock = _threading.RLock
TIMEOUT_MAX = _threading.TIMEOUT_MAX
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
allocate_lock = _threading.allocate_lock
allocate = allocate_lock
stack_size = _threading.stack_size
_local = _threading.local


def start_new_thread(function, args, kwargs=None, /):
    """Runs function(*args, **kwargs) as a thread would (at once, here); an exception
    other than SystemExit is reported to sys.unraisablehook, as CPython does."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    # The call runs as a thread of its own: current_thread() inside it is a
    # "Dummy-N" thread, as CPython makes for threads threading did not start.
    ident = next(_threading._thread_idents)

    def bootstrap():
        try:
            function(*args, **(kwargs or {}))
        except SystemExit:
            pass
        except BaseException as exc:
            hook = getattr(_sys, "unraisablehook", None)
            if hook is not None:
                class _Unraisable:
                    exc_type = type(exc)
                    exc_value = exc
                    exc_traceback = exc.__traceback__
                    err_msg = "Exception ignored in thread started by"
                    object = function
                hook(_Unraisable())
        finally:
            _threading._active.pop(ident, None)

    _green.start(bootstrap, ident)
    return ident


start_new = start_new_thread


def exit():
    """Ends the calling thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    """Delivers a signal (SIGINT by default) to the main thread: its handler runs now."""
    import signal
    signal.raise_signal(signum)


def _count():
    # Threads started and not ended, the main one not counted (as CPython's).
    return _green.count()
