import sys
import warnings


class PluginDeprecation(DeprecationWarning):
    pass


class DataQualityWarning(UserWarning):
    pass


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", PluginDeprecation, stacklevel=2)
    return x * 2


def clean(values):
    out = []
    for i, v in enumerate(values):
        if v is None:
            warnings.warn(f"row {i}: missing value replaced by 0", DataQualityWarning)
            v = 0
        elif v < 0:
            warnings.warn(DataQualityWarning(f"row {i}: negative value {v}"))
        out.append(v)
    return out


def show(w):
    return (w.category.__name__, str(w.message), type(w.message).__name__, w.lineno > 0, w.filename.endswith(".py"))


# 1. record everything
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(clean([1, None, -3, None, 5]))
    print(old_api(4))
    warnings.warn("plain")
    warnings.warn("bytes-ish", BytesWarning)
for w in caught:
    print(show(w))

# 2. default filter: duplicates suppressed per location
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        clean([None])
    print("default count:", len(caught))

# 3. once: same message text once regardless of location
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    clean([None, None])
    clean([None])
    print("once:", [str(w.message) for w in caught])

# 4. error escalation with specific category
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.filterwarnings("error", category=PluginDeprecation)
    try:
        old_api(1)
    except PluginDeprecation as e:
        print("escalated:", type(e).__name__, e)
    print("data ignored:", clean([None]))

# 5. message regex filter
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"row \d+: missing")
    clean([None, -1, None, -2])
    print("regex:", [str(w.message) for w in caught])

# 6. showwarning redirected to stdout with custom formatting
def to_stdout(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message}")

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = to_stdout
    clean([None, -7])
    old_api(2)
print("restored:", warnings.showwarning is not to_stdout)

# 7. formatwarning
text = warnings.formatwarning("disk almost full", ResourceWarning, "monitor.py", 42, line="check_disk()")
print(repr(text))
text = warnings.formatwarning("no line", UserWarning, "m.py", 7, line="")
print(repr(text))

# 8. filters list inspection
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", category=DataQualityWarning, module="mymod")
    warnings.simplefilter("error", append=True)
    for f in warnings.filters:
        action, msg, cat, mod, lineno = f
        print(action, msg, cat.__name__, mod.pattern if mod else mod, lineno)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("error action:", e)

# 9. invalid filter args
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.warn("x", category=int)]:
    try:
        bad()
    except (AssertionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# 10. warn_explicit and registry
reg = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(2):
        warnings.warn_explicit("explicit one", UserWarning, "fake.py", 10, registry=reg)
    warnings.warn_explicit("explicit two", RuntimeWarning, "fake.py", 11, module="fake", registry=reg)
    print([(str(w.message), w.filename, w.lineno) for w in caught])
print(sorted(k for k in reg if k != "version"))

# 11. catch_warnings restores filters
before = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.simplefilter("error", DataQualityWarning)
print("filters restored:", len(warnings.filters) == before)
print(issubclass(PluginDeprecation, Warning), PluginDeprecation.__mro__[1].__name__)
