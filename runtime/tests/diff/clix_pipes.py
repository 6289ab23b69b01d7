"""pipes: a Unix-style filter script run as a child process with different stdin/stdout setups."""
import subprocess
import sys
import textwrap

FILTER = textwrap.dedent("""
    import sys, fileinput
    mode = sys.argv[1]
    if mode == "upper":
        for line in sys.stdin:
            sys.stdout.write(line.upper())
    elif mode == "parts":
        print(repr(sys.stdin.read(3)))
        print(repr(sys.stdin.readline()))
        print([l for l in sys.stdin])
    elif mode == "bytes":
        data = sys.stdin.buffer.read()
        sys.stdout.buffer.write(data[::-1] + b"\\n")
    elif mode == "prompt":
        name = input("name> ")
        print("hi", name)
        try:
            input("again> ")
        except EOFError:
            print("[eof]")
    elif mode == "fileinput":
        for l in fileinput.input(["-"]):
            print(fileinput.lineno(), fileinput.filename(), l.rstrip())
    elif mode == "mixed":
        print("a")
        sys.stdout.buffer.write(b"b\\n")
        print("c")
        sys.stdout.flush()
        sys.stdout.buffer.write(b"d\\n")
    elif mode == "streams":
        print("out1")
        print("err1", file=sys.stderr)
        print("out2", flush=True)
    elif mode == "info":
        print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stdout.encoding, sys.stdout.errors,
              sys.stderr.errors, sys.stdout.line_buffering)
    elif mode == "ascii":
        sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
        print("caf\\u00e9 \\u2713")
    elif mode == "ascii-strict":
        sys.stdout.reconfigure(encoding="ascii")
        print("caf\\u00e9")
    elif mode == "count":
        n = sum(1 for _ in sys.stdin)
        sys.exit(0 if n else 1)
    elif mode == "exit":
        sys.exit(sys.argv[2] if not sys.argv[2].lstrip("-").isdigit() else int(sys.argv[2]))
    elif mode == "sep":
        print("a", "b", sep="", end="")
        print()
        print(*[1, 2, 3], sep=", ", end=";\\n")
        sys.stdout.write("x\\r\\ny\\n")
""")

TEXT = "abcdef\nline two\nline 3\n"


def call(*args, stdin=TEXT, binary=False):
    proc = subprocess.run([sys.executable, "-c", FILTER, *args],
                          input=stdin.encode() if stdin is not None else None, capture_output=True)
    err = proc.stderr.decode().strip().splitlines()
    out = proc.stdout if binary else proc.stdout.decode()
    print(f"{' '.join(args):<14} rc={proc.returncode} out={out!r} err_tail={err[-1:] }")
    return proc


call("upper")
call("parts")
call("bytes", binary=True)
call("prompt", stdin="ada\n")
call("fileinput")
call("mixed")
call("streams")
call("info")
call("ascii")
call("ascii-strict")
call("count")
call("count", stdin="")
for code in ("0", "3", "259", "-1", "fatal: bad config"):
    call("exit", code)
call("sep")

# Chain two children like `upper | fileinput`
first = subprocess.Popen([sys.executable, "-c", FILTER, "upper"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
second = subprocess.Popen([sys.executable, "-c", FILTER, "fileinput"], stdin=first.stdout, stdout=subprocess.PIPE)
first.stdin.write(b"piped one\npiped two\n")
first.stdin.close()
first.stdout.close()
out, _ = second.communicate()
print("pipeline:", out.decode().splitlines(), first.wait(), second.returncode)
