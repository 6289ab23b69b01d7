# A command-line style tool: parses its arguments by hand, runs a few
# subcommands, and finally aborts with sys.exit("message"), which prints the
# message to stderr and exits with status 1 (no traceback).
import sys


class Usage(Exception):
    pass


def parse(argv):
    opts = {"verbose": False, "limit": 10}
    rest = []
    it = iter(argv)
    for arg in it:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg == "--limit":
            try:
                opts["limit"] = int(next(it))
            except StopIteration:
                raise Usage("--limit needs a value") from None
        elif arg.startswith("-"):
            raise Usage(f"unknown option {arg}")
        else:
            rest.append(arg)
    return opts, rest


def cmd_count(opts, words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: opts["limit"]]
    return [f"{w}={n}" for w, n in top]


def cmd_longest(opts, words):
    if not words:
        raise Usage("longest: no words given")
    return [max(words, key=len)]


COMMANDS = {"count": cmd_count, "longest": cmd_longest}


def main(argv):
    try:
        opts, rest = parse(argv)
        if not rest:
            raise Usage("missing command")
        name, *words = rest
        try:
            cmd = COMMANDS[name]
        except KeyError:
            raise Usage(f"no such command: {name}") from None
        for line in cmd(opts, words):
            print(line)
        return 0
    except Usage as exc:
        return f"usage error: {exc}"


runs = [
    ["count", "a", "b", "a", "c", "a", "b"],
    ["--limit", "1", "count", "x", "y", "y"],
    ["-v", "longest", "pear", "banana", "fig"],
    ["--bogus"],
    ["count", "--limit"],
]
for argv in runs:
    status = main(argv)
    print(argv, "->", status)
status = main(["longest"])
try:
    sys.exit(status)
finally:
    print("exiting with", repr(status))
