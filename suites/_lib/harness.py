"""Ember benchmark harness.

Every suites/<name>/bench.py ends with a call to ``harness.main``.  The
command line, the measuring loop and the JSON written at the end are the
"harness protocol" described in suites/README.md; the lab depends on it.

This file must run unchanged on CPython 3.11, PyPy (3.9 language level) and
Ember, so it only imports sys, time, os and json, and uses plain Python.
"""

import sys
import time
import os
import json

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CHECK = 3

MAX_AUTO_WARMUPS = 40
STEADY_WINDOW = 6          # the last 6 warm-up values ...
STEADY_TOLERANCE = 0.02    # ... whose halves' medians are within 2%
MAX_CAL_LOOPS = 1 << 40    # stop doubling here even if a value is still fast

USAGE = ("usage: bench.py [--loops N] [--values N] [--warmups N|auto] "
         "[--min-time SEC] [--output FILE] [--ctl-fd FD --ack-fd FD] "
         "[--check-only] [--variant NAME]")

# Set by variant(); main() refuses --variant when a benchmark has none.
_variant_choices = None


class UsageError(Exception):
    pass


class CheckFailed(Exception):
    """Raise (or let expect() raise) this from a check function."""
    pass


# ---------------------------------------------------------------- arguments

_OPTION_NAMES = ("--loops", "--values", "--warmups", "--min-time", "--output",
                 "--ctl-fd", "--ack-fd", "--variant")


def default_options():
    return {
        "loops": 0,
        "values": 3,
        "warmups": 1,        # an int, or the string "auto"
        "min_time": 0.1,
        "output": None,
        "ctl_fd": None,
        "ack_fd": None,
        "check_only": False,
        "variant": None,
    }


def _int_arg(name, text, minimum):
    try:
        value = int(text)
    except ValueError:
        raise UsageError("%s expects an integer, got %r" % (name, text))
    if value < minimum:
        raise UsageError("%s must be >= %d, got %d" % (name, minimum, value))
    return value


def parse_args(argv, allow_unknown=False):
    """Parse the protocol's options from argv (without the program name).

    Returns (options, rest).  rest holds the arguments that are not
    protocol options; unless allow_unknown is true a non-empty rest is an
    error.  Both "--opt VALUE" and "--opt=VALUE" are accepted.
    """
    opts = default_options()
    rest = []
    i = 0
    n = len(argv)
    while i < n:
        arg = argv[i]
        i += 1
        if arg == "--check-only":
            opts["check_only"] = True
            continue
        if arg in ("-h", "--help"):
            raise UsageError("help requested")
        name = arg
        value = None
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
        if name not in _OPTION_NAMES:
            rest.append(arg)
            continue
        if value is None:
            if i >= n:
                raise UsageError("%s needs a value" % name)
            value = argv[i]
            i += 1
        if name == "--loops":
            opts["loops"] = _int_arg(name, value, 0)
        elif name == "--values":
            opts["values"] = _int_arg(name, value, 1)
        elif name == "--warmups":
            if value == "auto":
                opts["warmups"] = "auto"
            else:
                opts["warmups"] = _int_arg(name, value, 0)
        elif name == "--min-time":
            try:
                opts["min_time"] = float(value)
            except ValueError:
                raise UsageError("--min-time expects seconds, got %r" % value)
            if not opts["min_time"] >= 0.0:
                raise UsageError("--min-time must be >= 0")
        elif name == "--output":
            if not value:
                raise UsageError("--output needs a file name")
            opts["output"] = value
        elif name == "--ctl-fd":
            opts["ctl_fd"] = _int_arg(name, value, 0)
        elif name == "--ack-fd":
            opts["ack_fd"] = _int_arg(name, value, 0)
        elif name == "--variant":
            opts["variant"] = value
    if (opts["ctl_fd"] is None) != (opts["ack_fd"] is None):
        raise UsageError("--ctl-fd and --ack-fd must be given together")
    if rest and not allow_unknown:
        raise UsageError("unknown argument %r" % rest[0])
    return opts, rest


def usage_exit(message):
    sys.stderr.write("error: %s\n%s\n" % (message, USAGE))
    sys.exit(EXIT_USAGE)


def variant(default, choices):
    """Return the --variant given on the command line (or default).

    Call it before main() in benchmarks that have variants.  An unknown
    variant name exits with status 2.
    """
    global _variant_choices
    _variant_choices = list(choices)
    chosen = default
    argv = sys.argv[1:]
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--variant" and i + 1 < len(argv):
            chosen = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--variant="):
            chosen = arg[len("--variant="):]
        i += 1
    if chosen not in _variant_choices:
        usage_exit("unknown variant %r (choose from %s)"
                   % (chosen, ", ".join(_variant_choices)))
    return chosen


# ---------------------------------------------------------------- checking

def expect(actual, expected, what="result"):
    """Raise CheckFailed unless actual == expected."""
    if actual != expected:
        raise CheckFailed("%s: expected %r, got %r" % (what, expected, actual))


def expect_close(actual, expected, rel=1e-9, what="result"):
    """Raise CheckFailed unless actual is within rel (relative) of expected."""
    diff = abs(actual - expected)
    if not diff <= rel * max(abs(expected), 1e-300):
        raise CheckFailed("%s: expected %r (rel %g), got %r"
                          % (what, expected, rel, actual))


def run_check(check, time_mode, result):
    """Run a check function; return None if it passed, else a reason."""
    if check is None:
        return None
    try:
        if time_mode:
            outcome = check()
        else:
            outcome = check(result)
    except CheckFailed as exc:
        return str(exc) or "CheckFailed"
    except AssertionError as exc:
        return str(exc) or "assertion failed"
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)
    if outcome is None or outcome is True:
        return None
    if outcome is False:
        return "check returned False"
    return str(outcome)


# ---------------------------------------------------------------- timing

def _make_timer(func, args, time_func):
    """Return timer(loops) -> (total_seconds, last_result)."""
    perf_counter = time.perf_counter
    if time_func is not None:
        def timer(loops):
            return float(time_func(loops)), None
        return timer
    if args:
        def timer(loops):
            result = None
            t0 = perf_counter()
            for _ in range(loops):
                result = func(*args)
            t1 = perf_counter()
            return t1 - t0, result
    else:
        def timer(loops):
            result = None
            t0 = perf_counter()
            for _ in range(loops):
                result = func()
            t1 = perf_counter()
            return t1 - t0, result
    return timer


def _median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def is_steady(warmup_values):
    """True when the last 6 values' halves have medians within 2%."""
    if len(warmup_values) < STEADY_WINDOW:
        return False
    window = warmup_values[-STEADY_WINDOW:]
    half = STEADY_WINDOW // 2
    a = _median(window[:half])
    b = _median(window[half:])
    low = min(a, b)
    return abs(a - b) <= STEADY_TOLERANCE * low


def calibrate(timer, min_time):
    """Double loops from 1 until one value takes >= min_time in total."""
    calibration = []
    loops = 1
    while True:
        total, _ = timer(loops)
        calibration.append([loops, total])
        if total >= min_time or loops >= MAX_CAL_LOOPS:
            return loops, calibration
        loops *= 2


def _handshake(opts, byte):
    if opts["ctl_fd"] is None:
        return
    os.write(opts["ctl_fd"], byte)
    os.read(opts["ack_fd"], 1)


def measure(name, opts, func=None, args=(), time_func=None, check=None,
            inner_loops=1, extra=None):
    """Run the protocol with already-parsed options.

    Returns (exit_status, result_dict_or_None).  Writes the JSON output
    (file or stdout) and the "check failed" message itself.
    """
    if (func is None) == (time_func is None):
        raise TypeError("give exactly one of func and time_func")
    time_mode = time_func is not None
    timer = _make_timer(func, args, time_func)
    divisor = float(inner_loops)

    if opts["check_only"]:
        _, result = timer(1)
        reason = run_check(check, time_mode, result)
        if reason is not None:
            sys.stderr.write("check failed: %s\n" % reason)
            return EXIT_CHECK, None
        return EXIT_OK, None

    calibration = []
    loops = opts["loops"]
    if loops == 0:
        loops, calibration = calibrate(timer, opts["min_time"])

    warmups = []
    steady_after = None
    if opts["warmups"] == "auto":
        while len(warmups) < MAX_AUTO_WARMUPS:
            total, _ = timer(loops)
            warmups.append(total / loops / divisor)
            if is_steady(warmups):
                steady_after = len(warmups)
                break
    else:
        for _ in range(opts["warmups"]):
            total, _ = timer(loops)
            warmups.append(total / loops / divisor)

    values = []
    result = None
    _handshake(opts, b"E")
    for _ in range(opts["values"]):
        total, result = timer(loops)
        values.append(total / loops / divisor)
    _handshake(opts, b"D")

    reason = run_check(check, time_mode, result)
    if reason is not None:
        sys.stderr.write("check failed: %s\n" % reason)
        return EXIT_CHECK, None

    out = {
        "name": name,
        "loops": loops,
        "calibration": calibration,
        "warmups": warmups,
        "values": values,
        "steady_after": steady_after,
        "check": "ok" if check is not None else "unchecked",
        "implementation": sys.implementation.name,
        "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    }
    if opts["variant"] is not None:
        out["variant"] = opts["variant"]
    if extra:
        for key in extra:
            if key not in out:
                out[key] = extra[key]
    write_output(opts["output"], out)
    return EXIT_OK, out


def write_output(path, out):
    text = json.dumps(out)
    if path is None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        return
    tmp = path + ".tmp"
    f = open(tmp, "w")
    try:
        f.write(text + "\n")
    finally:
        f.close()
    os.rename(tmp, path)


def main(name, func=None, check=None, time_func=None, args=(), argv=None,
         inner_loops=1):
    """Entry point for a bench.py; never returns (calls sys.exit).

    func(*args) is the benchmark body; check(result) gets the return value
    of its last call.  Alternatively time_func(loops) times `loops` runs
    itself and returns the total seconds; then check() takes no argument.
    """
    if argv is None:
        argv = sys.argv[1:]
    try:
        opts, _ = parse_args(argv)
    except UsageError as exc:
        usage_exit(str(exc))
    if opts["variant"] is not None and _variant_choices is None:
        usage_exit("benchmark %r has no variants" % name)
    status, _ = measure(name, opts, func=func, args=args,
                        time_func=time_func, check=check,
                        inner_loops=inner_loops)
    sys.exit(status)
