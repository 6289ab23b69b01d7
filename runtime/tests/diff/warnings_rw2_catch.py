# catch_warnings repr/enter/exit, showwarning without a stream, module names derived
# from file names in warn_explicit.
import sys, io, warnings

print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
class Sub(warnings.catch_warnings):
    pass
print(repr(Sub(record=True)), repr(Sub()))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("m1", UserWarning, "Foo.PY", 3)
    warnings.warn_explicit("m2", UserWarning, "", 4)
    warnings.warn("m3", RuntimeWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
with warnings.catch_warnings(record=False) as x:
    print("enter returns", x)
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("error", module="Foo")
    try:
        warnings.warn_explicit("m4", UserWarning, "Foo.py", 1)
    except UserWarning as e:
        print("module filter", type(e).__name__, e)
    warnings.filterwarnings("error", module="<unknown>")
    try:
        warnings.warn_explicit("m5", UserWarning, "", 1)
    except UserWarning as e:
        print("unknown filter", type(e).__name__, e)
    warnings.filterwarnings("error", module="pkg.mod")
    try:
        warnings.warn_explicit("m6", UserWarning, "pkg.mod.Py", 1)
    except UserWarning as e:
        print("case-insensitive .py", type(e).__name__, e)
    warnings.warn_explicit("m7", UserWarning, "x.pyc", 1)
    print("pyc kept", [str(w.message) for w in log])
c = warnings.catch_warnings()
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    warnings.catch_warnings(record=True).__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
warnings.showwarning("hello", UserWarning, "nofile.py", 7, file=buf)
warnings.showwarning("again", DeprecationWarning, "nofile.py", 8, file=buf, line="  src  ")
print(repr(buf.getvalue()))
old = sys.stderr
sys.stderr = None
try:
    warnings.showwarning("lost", UserWarning, "nofile.py", 7)
    print("no stderr: nothing written, no error")
finally:
    sys.stderr = old
class Closed:
    def write(self, s):
        raise OSError("closed")
warnings.showwarning("x", UserWarning, "f.py", 1, file=Closed())
print("OSError from the stream is swallowed")
class Broken:
    def write(self, s):
        raise ValueError("not OSError")
try:
    warnings.showwarning("x", UserWarning, "f.py", 1, file=Broken())
except ValueError as e:
    print(type(e).__name__, e)
