# Common ways programs write to standard output besides print(): wrappers around
# sys.stdout.buffer, codecs writers, opening the descriptor again, os.write, redirection.
import codecs
import contextlib
import io
import os
import sys


def report(*parts):
    print(*parts)
    sys.stdout.flush()


report("== isatty guard")
colour = sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
report("colour output" if colour else "plain output")

report("== wrapper over the buffer")
wrapper = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace",
                           line_buffering=True)
wrapper.write("through the wrapper: ünïcödé\n")
print("wrapper attrs:", wrapper.encoding, wrapper.errors, wrapper.line_buffering,
      wrapper.name, wrapper.closed)
wrapper.flush()
detached = wrapper.detach()
print("detached gives the buffer back:", detached is sys.stdout.buffer)
sys.stdout.flush()

ascii_out = io.TextIOWrapper(sys.stdout.buffer, encoding="ascii", errors="xmlcharrefreplace")
ascii_out.write("caf\xe9 as an ascii character reference\n")
ascii_out.flush()
ascii_out.detach()
sys.stdout.buffer.write("back in utf-8: café\n".encode())
sys.stdout.buffer.flush()

report("== codecs writer")
writer = codecs.getwriter("utf-8")(sys.stdout.buffer)
writer.write("codecs writer: ½ ¾\n")
sys.stdout.buffer.flush()
report("after codecs writer")

report("== same descriptor, opened again")
with open(sys.stdout.fileno(), "w", closefd=False) as again:
    again.write("written via open(fileno)\n")
print("stdout still open:", not sys.stdout.closed)
sys.stdout.flush()
os.write(sys.stdout.fileno(), b"written by os.write\n")
report("after os.write")

report("== redirection")
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    print("captured line")
    sys.stdout.write("captured write\n")
    print("inside, stdout is a StringIO:", isinstance(sys.stdout, io.StringIO))
print("outside again:", sys.stdout is sys.__stdout__, repr(captured.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))

report("== replacing sys.stdout")
saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
hidden = sys.stdout.getvalue()
sys.stdout = saved
print("restored, hidden text was", repr(hidden))


class Tee:
    def __init__(self, *streams):
        self.streams = streams

    def write(self, text):
        for s in self.streams:
            s.write(text)
        return len(text)

    def flush(self):
        for s in self.streams:
            s.flush()


log = io.StringIO()
sys.stdout = Tee(saved, log)
print("teed line", 1, 2, sep=", ")
sys.stdout = saved
print("log has", repr(log.getvalue()))

report("== reconfigure round trip")
sys.stdout.reconfigure(encoding="utf-8", errors="strict", line_buffering=False)
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
sys.stdout.writelines(f"{n} squared is {n * n}\n" for n in range(4))
print("isinstance checks:", isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stderr, io.TextIOWrapper), isinstance(sys.stdin, io.IOBase))
print("done", flush=True)
