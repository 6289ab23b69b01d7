# shlex.split: comments, posix modes, and the deprecation of s=None.
import io, sys, shlex, warnings

print(shlex.split("a 'b c' # d", comments=True), shlex.split("a 'b c' # d"))
print(shlex.split("x\\ y z", posix=False), shlex.split('"q \\" r" s'))
old = sys.stdin
sys.stdin = io.StringIO("p 'q r'")
try:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        print(shlex.split(None))
    print([(w.category.__name__, str(w.message)) for w in log])
finally:
    sys.stdin = old
try:
    shlex.split("'open")
except ValueError as e:
    print(type(e).__name__, e)
