import warnings, sys

def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("rt"))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("drop me")
    warnings.warn("keep me")
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    print(len(w))

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)
sys.stderr = sys.stdout
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("shown", m, c.__name__, l)
warnings.warn("to stderr")
