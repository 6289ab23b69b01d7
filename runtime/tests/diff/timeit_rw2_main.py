# timeit's constants and main(): option errors, failing statements, verbose output
# (with a fake clock so the figures are fixed).
import io, sys, time, timeit, contextlib

print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name,
      timeit.default_timer is time.perf_counter)

def run(args, clock=None):
    out, err = io.StringIO(), io.StringIO()
    wrap = None
    if clock is not None:
        ticks = iter(clock)
        wrap = lambda t: (lambda: next(ticks))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        r = timeit.main(args, _wrap_timer=wrap)
    return r, out.getvalue(), err.getvalue()

print(run(["--bogus"]))
print(run(["-n"]))
r, out, err = run(["-n", "2", "-r", "2", "1/0"])
print(r, repr(out), "ZeroDivisionError" in err, "Traceback" in err)
print(run(["-n", "3", "-r", "2", "-v", "pass"], range(1000)))
print(run(["-n", "3", "-r", "2", "-v", "-v", "pass"], range(0, 5000, 7)))
print(run(["-n", "3", "-r", "2", "-u", "msec", "pass"], range(1000)))
print(run(["-u", "years", "pass"]))
print(run(["-n", "1", "-r", "1", "-s", "x = 1", "-s", "y = 2", "x + y"], range(10)))
