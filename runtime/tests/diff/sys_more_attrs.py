# sys functions and values: getsizeof, getrefcount, trace/profile hooks, switch interval,
# displayhook, audit hooks and the module-name lists.
import sys
import builtins


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


# getsizeof: CPython's numbers for common builtin types.
class A:
    pass


class S:
    __slots__ = ("a", "b")


class D(A):
    __slots__ = ("q",)


for v in [0, 1, -5, 2**30, 2**60, 2**100, True, None, 1.5, 1j, "", "a", "abc", "\xe9",
          "\u20ac", "\U0001f600", b"", b"abc", bytearray(), bytearray(b"ab"), (), (1,),
          (1, 2, 3), [], [1], [1, 2, 3], list(range(10)), [0] * 10, {}, {"a": 1},
          dict(a=1, b=2), dict.fromkeys(range(3)), {i: i for i in range(6)},
          {i: i for i in range(12)}, set(), {1}, frozenset(), range(3), slice(1, 2),
          A(), S(), D(), object(), ...]:
    print(type(v).__name__, sys.getsizeof(v), type(v).__sizeof__(v))
l = []
for i in range(9):
    l.append(i)
    print(sys.getsizeof(l), end=" ")
print()


class BadFloat:
    def __sizeof__(self):
        return 1.5


class Negative:
    def __sizeof__(self):
        return -1


class NoneSize:
    __sizeof__ = None


class Raises:
    def __sizeof__(self):
        raise TypeError("no size")


for c in (BadFloat, Negative, NoneSize, Raises):
    show(sys.getsizeof, c())
    show(sys.getsizeof, c(), "dflt")
show(sys.getsizeof)
show(sys.getsizeof, 1, 2, 3)
print(sys.getsizeof(object=1.0), sys.getsizeof([], default=0))

# getrefcount: the real count, plus the call's own reference.
print(sys.getrefcount(object()))
x = object()
print(sys.getrefcount(x))
y = [x, x]
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
show(sys.getrefcount)


# settrace / setprofile keep the function.
def tracer(frame, event, arg):
    return tracer


print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.getprofile())
for f in (sys.settrace, sys.setprofile, sys.setswitchinterval, sys.displayhook):
    show(f)
    show(f, 1, 2)
show(sys.gettrace, 1)

# The switch interval, kept in whole microseconds.
print(sys.getswitchinterval())
for v in (1e-7, 0.0001234, 3, 0.25):
    sys.setswitchinterval(v)
    print(sys.getswitchinterval())
for bad in (0, -1, 0.0, "x", None):
    show(sys.setswitchinterval, bad)
sys.setswitchinterval(0.005)

# displayhook prints the repr and keeps the value as builtins._
print(sys.displayhook is not sys.__displayhook__, callable(sys.__displayhook__))
print(sys.displayhook(None))
print(sys.displayhook("text"))
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook([1, 2])
print(builtins._)

# Module names.
print(type(sys.builtin_module_names).__name__, type(sys.stdlib_module_names).__name__)
print(list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
for n in ("sys", "builtins", "gc", "math"):
    print(n, n in sys.builtin_module_names, n in sys.stdlib_module_names)
for n in ("json", "os", "collections", "re", "random", "itertools"):
    print(n, n in sys.stdlib_module_names)
print("json.decoder" in sys.stdlib_module_names)

# Other values.
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(type(sys.orig_argv).__name__, type(sys.meta_path).__name__,
      type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(type(sys.copyright).__name__, sys.copyright.startswith("Copyright"))

# Audit hooks: audit with no hooks does nothing, not even check its arguments.
show(sys.audit)
sys.audit(1)
seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)))
sys.audit("my.event", 1, "a")
sys.audit("other")
show(sys.audit, 1)


def refuse(ev, args):
    if ev == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(refuse)
sys.addaudithook(print)
sys.audit("after")
print(seen)
show(sys.addaudithook)
show(sys.addaudithook, 1, 2)
