"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

# Ember's own implementation: the callbacks live in this module's list, and the `ember`
# binary calls _run_exitfuncs() once the main program has ended (after an uncaught
# exception's traceback, before the process exits), as CPython's finalisation does.

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register."""
    # As CPython 3.11, an unregistered callback leaves an empty slot: _ncallbacks() still
    # counts it until _clear() or the callbacks run.
    for i, cb in enumerate(_callbacks):
        if cb is not None and cb[0] == func:
            _callbacks[i] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    del _callbacks[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


class _UnraisableHookArgs:
    __module__ = "sys"

    def __init__(self, exc, obj):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = "Exception ignored in atexit callback"
        self.object = obj


def _run_exitfuncs():
    """Run all registered exit functions, last registered first.

    An exception in a callback (SystemExit included) is reported as unraisable and the
    remaining callbacks still run.
    """
    while _callbacks:
        cb = _callbacks.pop()
        if cb is None:
            continue
        func, args, kwargs = cb
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # Drop this frame from the traceback: CPython calls the callback from C.
            if exc.__traceback__ is not None:
                exc.__traceback__ = exc.__traceback__.tb_next
            try:
                sys.unraisablehook(_UnraisableHookArgs(exc, func))
            except BaseException:
                pass
