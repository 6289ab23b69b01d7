# Warnings printed to stderr (file:line: Category: message, then the source line); the
# program then exits with status 1 through SystemExit.
import sys
import warnings
def f():
    warnings.warn("careful")
f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("user2", UserWarning, stacklevel=2)
def g():
    warnings.warn("rt", RuntimeWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    print(len(w), w[0].message, w[0].category.__name__, w[0].lineno, w[0].filename.endswith("warn.py"))
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised", e)
raise SystemExit(1)
