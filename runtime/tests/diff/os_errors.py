# OSError: constructor arguments, errno/strerror/filename attributes, str/repr, the
# errno-to-subclass mapping, subclasses with their own __init__, and errors from os calls.
import os


def show(e):
    print(type(e).__name__, e.args, str(e), repr(e), e.errno, e.strerror, e.filename,
          e.filename2)


show(OSError(2, "No such", "f"))
show(OSError(2, "No such", "f", None, "g"))
show(OSError(2, "No such", None, None, "g"))
show(OSError("x"))
show(OSError())
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError(None, None))
show(OSError("a", "b"))
show(OSError(17, "exists"))
show(FileNotFoundError(17, "exists"))
show(OSError(2, "x", 5))
show(OSError(2, "x", b"f"))
show(PermissionError(13, "denied", "/root"))
show(IOError(5, "io"))
show(EnvironmentError(9, "bad"))
for code in [1, 2, 3, 4, 9, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 114, 115, 999]:
    print(code, type(OSError(code, "m")).__name__)
print(type(OSError(True, "x")).__name__, type(OSError(2)).__name__, type(OSError("2", "x")).__name__)
e = OSError(2, "x", b"f")
e.errno = 5
e.strerror = "s"
print(e, e.__dict__)
e.filename = None
print(e)
e.filename2 = "two"
print(e)
e = OSError("plain")
e.filename = "f"
print(e)


class M(OSError):
    def __init__(self, a):
        super().__init__("m", a)


class N(OSError):
    def __init__(self, *a):
        pass


class P(OSError):
    pass


class Q(FileNotFoundError):
    def __str__(self):
        return "Q!" + super().__str__()


for cls, args in [(M, (2,)), (N, (2, "x", "f")), (P, (2, "x", "f")), (Q, (2, "x", "f"))]:
    show(cls(*args))
print(isinstance(M(1), OSError), issubclass(FileNotFoundError, OSError))
b = BlockingIOError(11, "x", 5)
print(b.characters_written, b.args, b)
b.characters_written = 7
print(b.characters_written)
try:
    OSError(2, "x").characters_written
except AttributeError as e:
    print("AttributeError", e)
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as e:
    print("AttributeError", e)
try:
    OSError(1, 2, x=3)
except TypeError as e:
    print("TypeError", e)
try:
    FileNotFoundError(x=3)
except TypeError as e:
    print("TypeError", e)
print(OSError(2, "x", "f").__reduce__())
print(OSError(2, "x", "f", None, "g").__reduce__())
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print("caught", type(e).__name__, e)
try:
    os.stat("definitely-missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, repr(e.filename), e)
try:
    os.mkdir("/")
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    os.listdir("os_errors.py")
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.rmdir("os_errors.py")
except OSError as e:
    print(type(e).__name__, e)
