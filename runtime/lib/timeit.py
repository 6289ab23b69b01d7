"""timeit (Ember): time small pieces of code.

A Timer compiles one function whose body runs the setup once, then the statement in a
loop between two readings of the timer; strings are pasted into that function, callables
are passed in and called.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

# The clock, and how many loops / rounds the helpers use unless told otherwise.
default_timer = time.perf_counter
default_repeat = 5
default_number = 1000000
# File name shown in tracebacks of code compiled from a string.
dummy_src_name = "<timeit-src>"

_SKELETON = (
    "def inner(_it, _timer{params}):\n"
    "{setup}\n"
    "    _t0 = _timer()\n"
    "    for _i in _it:\n"
    "{stmt}\n"
    "        pass\n"
    "    return _timer() - _t0\n"
)


def _checked(piece, role, before):
    """Checks one piece: a string must compile (after `before`), or it must be callable.
    Returns what the statement is checked after: the setup's text."""
    if isinstance(piece, str):
        compile(before + piece, dummy_src_name, "exec")
        return piece + "\n"
    if callable(piece):
        return ""
    raise ValueError(f"{role} is neither a string nor callable")


def _as_code(piece, role, depth, params, bound):
    """The source lines that run `piece` at `depth` levels of indentation inside the
    skeleton: a string as it is, a callable through a parameter bound to it."""
    pad = "    " * depth
    if isinstance(piece, str):
        return pad + piece.replace("\n", "\n" + pad)
    if callable(piece):
        name = "_" + role
        bound[name] = piece
        params.append(f"{name}={name}")
        return f"{pad}{name}()"
    raise ValueError(f"{role} is neither a string nor callable")


class Timer:
    """Times `stmt`, run after `setup` (each a string of code or a callable)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        # Each piece is checked before it is pasted in, setup first: a syntax error is
        # reported against its own text (the statement's after the setup's).
        _checked(stmt, "stmt", _checked(setup, "setup", ""))
        params, bound = [], {}
        setup_code = _as_code(setup, "setup", 1, params, bound)
        stmt_code = _as_code(stmt, "stmt", 2, params, bound)
        self.src = _SKELETON.format(params="".join(", " + p for p in params),
                                    setup=setup_code, stmt=stmt_code)
        namespace = globals if globals is not None else _module_globals()
        exec(compile(self.src, dummy_src_name, "exec"), namespace, bound)
        self.inner = bound["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        # The collector stays off while timing (as CPython's timeit does).
        was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, ...) that takes at least 0.2 s."""
        for number in _counts():
            taken = self.timeit(number)
            if callback:
                callback(number, taken)
            if taken >= 0.2:
                return number, taken


def _counts():
    scale = 1
    while True:
        for step in (1, 2, 5):
            yield step * scale
        scale *= 10


def _module_globals():
    return globals()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# ---- the command line: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [stmt...]

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _show(seconds, unit, digits):
    # In the given unit, or in the largest unit that keeps the figure at or above 1.
    if unit is None:
        unit = next((u for u, s in sorted(_UNITS.items(), key=lambda kv: -kv[1])
                     if seconds >= s), "nsec")
    return "%.*g %s" % (digits, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    import getopt
    try:
        opts, rest = getopt.getopt(sys.argv[1:] if args is None else args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose",
                                    "unit=", "help"])
    except getopt.error as err:
        print(err, "use -h/--help for command line help", sep="\n")
        return 2
    number, rounds, unit, verbose, digits = 0, default_repeat, None, 0, 3
    setups, timer = [], default_timer
    for opt, val in opts:
        if opt in ("-n", "--number"):
            number = int(val)
        elif opt in ("-s", "--setup"):
            setups.append(val)
        elif opt in ("-u", "--unit"):
            if val not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = val
        elif opt in ("-r", "--repeat"):
            rounds = max(int(val), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            digits += 1 if verbose else 0
            verbose += 1
        elif opt in ("-h", "--help"):
            print("usage: timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]")
            return 0
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer("\n".join(rest) or "pass", "\n".join(setups) or "pass", timer)
    try:
        if not number:
            def report(n, secs):
                print("{} loop{} -> {:.{}g} secs".format(n, "s" if n != 1 else "", secs,
                                                         digits))
            number = t.autorange(report if verbose else None)[0]
            if verbose:
                print()
        raw = t.repeat(rounds, number)
    except BaseException:
        # Whatever the timed code raised is shown against its source; exit status 1.
        t.print_exc()
        return 1
    if verbose:
        shown = [_show(dt, unit, digits) for dt in raw]
        print("raw times: " + ", ".join(shown), end="\n\n")
    best = min(raw) / number
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", rounds, _show(best, unit, digits)))
    return None


if __name__ == "__main__":
    sys.exit(main())
