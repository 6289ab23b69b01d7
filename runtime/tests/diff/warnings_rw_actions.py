# warnings: each action's memory rule, message/category filters, append, bad actions, recording with a replaced showwarning, warn_explicit registries.
import warnings, sys, io
buf = io.StringIO()
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, lineno)
warnings.showwarning = show
def f(msg, cat=UserWarning):
    warnings.warn(msg, cat)
for action in ["default", "once", "module", "always", "ignore"]:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action)
    for i in range(2):
        f("a"); f("a"); f("b", DeprecationWarning)
        warnings.warn("here")
warnings.resetwarnings()
warnings.simplefilter("error", RuntimeWarning)
try:
    f("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
f("not error")
warnings.filterwarnings("ignore", message="skip.*")
f("skip me"); f("keep me")
warnings.filterwarnings("ignore", message="skip.*")
warnings.filterwarnings("always", category=UserWarning, append=True)
print(len(warnings.filters), [x[0] for x in warnings.filters])
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    f("bad action")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    f("r1"); warnings.warn(UserWarning("inst")); warnings.warn("dep", DeprecationWarning)
print([(str(w.message), w.category.__name__) for w in rec])
print(str(rec[0]).split(",")[0:2])
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("nonsense")
except AssertionError as e:
    print("AssertionError", e)
reg = {}
warnings.resetwarnings()
warnings.warn_explicit("explicit", UserWarning, "file.py", 3, module="m", registry=reg)
warnings.warn_explicit("explicit", UserWarning, "file.py", 3, module="m", registry=reg)
print(sorted(k for k in reg if k != "version"))
warnings.simplefilter("module")
warnings.warn_explicit("mod", UserWarning, "file.py", 3, module="m", registry=reg)
warnings.warn_explicit("mod", UserWarning, "file.py", 4, module="m", registry=reg)
