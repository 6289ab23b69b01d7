# The standard streams' methods and attributes, as a program run with stdout on a pipe sees
# them: writing, writelines, the binary buffer, seek/tell refusals, reconfigure.
import io
import os
import subprocess
import sys


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:  # report the class and message, as a log would
        sys.stdout.flush()
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        sys.stdout.flush()
        print(f"{label}: {result!r}")


out = sys.stdout
print("== identity")
print(out is sys.__stdout__, out.buffer is out.buffer, sys.stdin.buffer is sys.stdin.buffer)
print(out.name, out.mode, out.encoding, out.closed, out.newlines)
print(sys.stderr.name, sys.stderr.mode, sys.stderr.encoding, sys.stderr.errors)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.buffer.name, sys.stdin.buffer.mode)
print(out.buffer.name, out.buffer.mode, out.buffer.closed)
print(repr(out), repr(sys.stdin.buffer))
print(type(out).__name__, type(sys.stdin.buffer).__name__)

print("== capabilities")
for stream in (sys.stdin, out, sys.stderr):
    print(stream.name, stream.readable(), stream.writable(), stream.fileno(), stream.isatty())
print(out.buffer.writable(), out.buffer.readable(), sys.stdin.buffer.readable())

print("== isinstance")
print([isinstance(out, c) for c in (io.TextIOWrapper, io.TextIOBase, io.IOBase)])
print(isinstance(out, (io.BufferedIOBase, io.RawIOBase, io.StringIO)))
print(isinstance(out.buffer, io.IOBase), isinstance(out.buffer, io.TextIOBase))
print(isinstance(out.buffer, (io.BufferedIOBase, io.RawIOBase)))
print([isinstance(sys.stdin.buffer, c) for c in (io.BufferedReader, io.BufferedIOBase, io.IOBase)])
print(isinstance(sys.stderr, io.TextIOWrapper), isinstance(out, str), out.__class__.__name__)

print("== writing")
n = out.write("written directly\n")
print("write returned", n, out.write(""), out.write("héllo wörld\n"))
out.writelines(["line one\n", "line two\n"])
out.writelines(part for part in ("gen-", "erated", "\n"))
attempt("write bytes", lambda: out.write(b"x"))
attempt("write None", lambda: out.write(None))
attempt("write int", lambda: out.write(3))
attempt("write no arg", lambda: out.write())
attempt("writelines ints", lambda: out.writelines([1, 2]))
attempt("writelines not iterable", lambda: out.writelines(5))
attempt("stdin write", lambda: sys.stdin.write("x"))
attempt("stdout read", lambda: out.read())
attempt("stdout readline", lambda: out.readline())

print("== buffer")
out.flush()
count = out.buffer.write(b"raw bytes\n")
out.buffer.write(bytearray(b"from a bytearray\n"))
out.buffer.write(memoryview(b"from a memoryview\n"))
out.buffer.writelines([b"buffered ", b"lines\n"])
out.buffer.flush()
print("buffer.write returned", count)
attempt("buffer write str", lambda: out.buffer.write("text"))
attempt("buffer writelines str", lambda: out.buffer.writelines(["text"]))
attempt("stdin buffer write", lambda: sys.stdin.buffer.write(b"x"))

print("== positions on a pipe")
# (In a child whose stdout is surely a pipe, whatever this program's stdout is.)
CHILD = """import sys
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)
out = sys.stdout
attempt("seekable", out.seekable)
attempt("tell", out.tell)
attempt("seek 0", lambda: out.seek(0))
attempt("seek end", lambda: out.seek(0, 2))
attempt("buffer tell", lambda: out.buffer.tell())
attempt("truncate", lambda: out.truncate())
attempt("buffer seekable", out.buffer.seekable)
"""
env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env)
print(proc.stdout, end="")

print("== reconfigure")
attempt("positional", lambda: out.reconfigure(True))
attempt("unknown keyword", lambda: out.reconfigure(colour="red"))
attempt("encoding int", lambda: out.reconfigure(encoding=8))
attempt("bad encoding", lambda: out.reconfigure(encoding="no-such-codec"))
attempt("bytes codec", lambda: out.reconfigure(encoding="hex"))
attempt("bad newline", lambda: out.reconfigure(newline="\t"))
attempt("newline int", lambda: out.reconfigure(newline=1))
attempt("line_buffering str", lambda: out.reconfigure(line_buffering="yes"))
attempt("line_buffering float", lambda: out.reconfigure(line_buffering=1.0))
attempt("line_buffering on", lambda: out.reconfigure(line_buffering=True))
print("line_buffering now", out.line_buffering)
print("partial line", end="")
print(" finished")
attempt("line_buffering off", lambda: out.reconfigure(line_buffering=0, write_through=1))
print(out.line_buffering, out.write_through)
attempt("write_through off", lambda: out.reconfigure(write_through=False))
print(out.write_through, out.encoding)

for errors in ("replace", "backslashreplace", "xmlcharrefreplace", "ignore"):
    out.reconfigure(encoding="ascii", errors=errors)
    print(errors, "->", "naïve café €5", out.encoding, out.errors)
out.reconfigure(errors="strict")
attempt("ascii strict", lambda: print("naïve"))
attempt("ascii strict write", lambda: out.write("€\n"))
print("plain ascii still fine")
out.reconfigure(encoding="latin-1")
print(out.encoding, out.errors)
out.flush()
out.buffer.write("café in latin-1\n".encode("latin-1"))
out.reconfigure(encoding="utf-8", errors="strict")
print("back to", out.encoding, "with é")
out.reconfigure(newline="\r\n")
print("crlf one\ncrlf two")
out.reconfigure(newline="")
print("no translation", repr(out.newlines))
out.reconfigure(newline=None)
print("default newline again")

print("== print to streams")
print("to stderr", file=sys.stderr)
print("a", "b", sep="-", end="!\n", file=out, flush=True)
print(*range(5), file=sys.stdout)
