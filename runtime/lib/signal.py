"""signal: the Linux signal numbers, the Signals/Handlers/Sigmasks enums and a handler table.

Ember installs no operating-system signal handlers: signal() records a handler (checked
as CPython checks it) and getsignal() reports it, but a signal sent from outside still has
its default effect. raise_signal() runs a recorded Python handler at once (CPython runs it
as soon as raise_signal returns); for the default or ignored disposition it sends the real
signal.
"""

import sys as _sys
from enum import IntEnum as _IntEnum

_NAMES = {
    "SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
    "SIGIOT": 6, "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11,
    "SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16,
    "SIGCHLD": 17, "SIGCLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20,
    "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25,
    "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29,
    "SIGPWR": 30, "SIGSYS": 31, "SIGRTMIN": 34, "SIGRTMAX": 64,
}

# Members sorted by value, then name: the first name of a value is the canonical one
# (SIGABRT before SIGIOT, SIGCHLD before SIGCLD, SIGIO before SIGPOLL).
Signals = _IntEnum("Signals", sorted(_NAMES.items(), key=lambda kv: (kv[1], kv[0])),
                   module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module=__name__)
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)],
                    module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default SIGINT handler: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# Python's own dispositions at start-up: SIGINT raises KeyboardInterrupt, and SIGPIPE and
# SIGXFSZ are ignored (write errors come back as exceptions instead).
_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN

_STRINGS = {
    1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
    5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
    8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
    11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
    14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
    18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
    22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded",
    25: "File size limit exceeded", 26: "Virtual timer expired",
    27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
    30: "Power failure", 31: "Bad system call",
}


def _signum(signalnum):
    if isinstance(signalnum, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    n = signalnum.__index__() if not isinstance(signalnum, int) else int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError("signal number out of range")
    return n


def _enum_handler(handler):
    # SIG_DFL and SIG_IGN come back as the Handlers members, as CPython gives them.
    if isinstance(handler, int) and not isinstance(handler, bool) and handler in (0, 1):
        return Handlers(handler)
    return handler


def signal(signalnum, handler, /):
    """Sets the handler for a signal (SIG_DFL, SIG_IGN or a callable of (signum, frame))
    and returns the previous one."""
    n = _signum(signalnum)
    if not callable(handler) and not (isinstance(handler, int) and handler in (0, 1)):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if n in (SIGKILL, SIGSTOP) or 32 <= n < SIGRTMIN:
        raise OSError(22, "Invalid argument")
    old = _handlers[n]
    _handlers[n] = _enum_handler(handler)
    return old


def getsignal(signalnum, /):
    """The handler currently set for a signal."""
    return _handlers[_signum(signalnum)]


def strsignal(signalnum, /):
    """The system's description of a signal, or None."""
    n = _signum(signalnum)
    if SIGRTMIN <= n <= SIGRTMAX:
        return "Real-time signal %d" % (n - SIGRTMIN)
    return _STRINGS.get(n)


def valid_signals():
    """The signal numbers that can be used (Signals members where they have a name)."""
    out = set()
    for n in range(1, NSIG):
        if 32 <= n < SIGRTMIN:
            continue
        try:
            out.add(Signals(n))
        except ValueError:
            out.add(n)
    return out


def raise_signal(signalnum, /):
    """Sends a signal to this process: a Python handler runs at once."""
    n = _signum(signalnum)
    handler = _handlers[n]
    if callable(handler):
        handler(n, _sys._getframe(1))
        return
    if handler == SIG_IGN:
        return
    import os
    os.kill(os.getpid(), n)


def alarm(seconds, /):
    """Ember schedules no alarms: the previous alarm is always none (0)."""
    return 0


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _signum(signalnum)


def pthread_sigmask(how, mask, /):
    if how not in (0, 1, 2):
        raise ValueError("how must be SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK")
    return set()


def sigpending():
    return set()
