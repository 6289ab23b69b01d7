import sys
print(type(sys.stdout).__name__, type(sys.stdout).__module__, repr(sys.stdout))
print(repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
print(sys.stdout.buffer.write(bytearray(b"ba\n")))
for bad in (1, b"x", None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
print(hasattr("text", "write"), hasattr("text", "flush"))
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__)
print("to stderr", file=sys.stderr)
print(sys.stdin.read())
