# timeit: Timer with strings and callables, the checks and their order, globals, autorange,
# and the command line.
import timeit, io, contextlib
t = timeit.Timer("x = sum(range(10))", "y = 1")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), t.autorange()[0] >= 1)
print(timeit.timeit("pass", number=5) >= 0, len(timeit.repeat("pass", repeat=2, number=3)))
calls = []
t2 = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append(0))
t2.timeit(4); print(calls)
for bad in [(1, "pass"), ("pass", 2), ("x = (", "pass"), ("pass", "x = (")]:
    try:
        timeit.Timer(*bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0] if isinstance(e, ValueError) else e.msg)
g = {"z": 5}
print(timeit.timeit("z * 2", globals=g, number=3) >= 0)
try:
    timeit.Timer("undefined_name").timeit(1)
except NameError as e:
    print("NameError", e)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = timeit.main(["-n", "3", "-r", "2", "-u", "usec", "pass"])
print(rc, out.getvalue().split(":")[0])
with contextlib.redirect_stdout(out):
    print(timeit.main(["-h"]))
print(timeit.main(["-u", "parsec", "pass"]))
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name, timeit.__all__)
