"""atexit: functions to run when the interpreter exits (Ember's implementation).

The `ember` binary calls `_run_exitfuncs()` once the main program has finished
(normally, by sys.exit, or after reporting an uncaught exception), if this module
was imported. Handlers run last-registered first; an exception in one is reported
on stderr and the others still run.
"""

import sys

_handlers = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (so it decorates)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    # CPython leaves an empty slot, which _ncallbacks() still counts.
    for i, h in enumerate(_handlers):
        if h is not None and h[0] == func:
            _handlers[i] = None


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        entry = _handlers.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            import traceback
            # The traceback starts at the handler, as CPython's (this frame left out).
            tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
            traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
