# Small runtime behaviours: float() of bytes, SyntaxError defaults, default warning filters,
# dir() of modules, private __slots__ names, __import__.
import sys, math, io, warnings
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"))
for bad in (b"x1", b"\xff"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
e = SyntaxError("bare")
print(e.filename, e.lineno, e.offset, e.text, e.msg, e.end_lineno)
e = SyntaxError("m", ("f.py", 3, 4, "t"))
print(e.filename, e.lineno, e.offset, e.text, e.msg)
old = sys.stderr
sys.stderr = io.StringIO()
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("plain")
captured = sys.stderr.getvalue()
sys.stderr = old
print([line.split(": ", 1)[1] for line in captured.splitlines() if ": " in line])
print(len(dir(sys)) > 20, "sqrt" in dir(math), "__class__" in dir(math), dir(math) == sorted(dir(math)))
class W:
    __slots__ = ("__b", "c", "__d__")
    def __init__(self):
        self.__b = 2
    def g(self):
        return self.__b
print(W().g(), W.__slots__, sorted(k for k in W.__dict__ if "b" in k or "d__" in k))
m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["join"]).__name__)
try:
    __import__("no_such_module_q")
except ImportError as e:
    print(type(e).__name__, e)
