"""A CLI-style program that validates commands and exits through sys.exit."""
import sys


class UsageError(Exception):
    exit_code = 2


class CommandFailed(Exception):
    exit_code = 3


def parse_args(argv):
    opts = {"verbose": 0, "name": None, "count": 1}
    rest = []
    it = iter(argv)
    for a in it:
        if a in ("-v", "--verbose"):
            opts["verbose"] += 1
        elif a == "--name":
            try:
                opts["name"] = next(it)
            except StopIteration:
                raise UsageError("--name requires a value") from None
        elif a.startswith("--count="):
            value = a.split("=", 1)[1]
            if not value.isdigit():
                raise UsageError(f"--count expects a number, got {value!r}")
            opts["count"] = int(value)
        elif a.startswith("-"):
            raise UsageError(f"unknown option {a}")
        else:
            rest.append(a)
    return opts, rest


def run(argv):
    opts, rest = parse_args(argv)
    if not rest:
        raise UsageError("missing command")
    cmd, *args = rest
    if cmd == "greet":
        for i in range(opts["count"]):
            print(f"hello {opts['name'] or 'world'}" + "!" * opts["verbose"])
        return 0
    if cmd == "sum":
        try:
            return print(sum(int(a) for a in args)) or 0
        except ValueError as e:
            raise CommandFailed(f"sum: {e}") from e
    raise UsageError(f"unknown command {cmd!r}")


def main(argv):
    try:
        return run(argv)
    except (UsageError, CommandFailed) as e:
        print(f"error: {e}")
        return e.exit_code


cases = [
    ["greet"],
    ["-v", "-v", "greet", "--name", "ann", "--count=2"],
    ["sum", "1", "2", "39"],
    ["sum", "1", "x"],
    ["--count=two", "greet"],
    ["greet", "--name"],
    ["-q"],
    [],
    ["fly"],
]
for argv in cases:
    print("$", " ".join(argv))
    code = main(argv)
    print(f"  exit code {code}")

for value in [0, None, 4, "message"]:
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(e), e.code, e.args)

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e.code)


def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs before exit")


try:
    cleanup()
except SystemExit as e:
    print("exit code", e.code)
print("final exit follows")
sys.exit(main(["sum", "4", "four"]))
