# The sys module subset: argv, maxsize, recursion limit, stdout/stderr, exit inside try.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
sys.stdout.write("direct write\n")
print(sys.stdout.write(""), sys.stderr.write("to stderr\n"))
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("message exit", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple exit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
def f():
    try:
        sys.exit(7)
    finally:
        print("finally runs on sys.exit")
try:
    f()
except SystemExit as e:
    print("exit code", e.code)
print("done")
