# Reading standard input as a child process sees it (a pipe, or a regular file), and a
# child whose stdout is a file or a rewrapped buffer: each child's output is shown here.
import os
import subprocess
import sys
import tempfile

ENV = dict(os.environ)
ENV.pop("PYTHONUNBUFFERED", None)
PRELUDE = """import io, sys
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)
"""


def child(title, code, data=b"", stdin=None):
    kwargs = {"input": data} if stdin is None else {"stdin": stdin}
    proc = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                          env=ENV, **kwargs)
    print(f"--- {title} (exit {proc.returncode})")
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        print("   ", line)
    if proc.stderr:
        print("    stderr:", proc.stderr.decode().strip().splitlines()[-1])


TEXT = "first line\r\nsecond wörld\nthird\rfourth\n\nlast without end".encode()

child("read everything", "data = sys.stdin.read()\nprint(repr(data), len(data))", TEXT)
child("sized reads", """
attempt('read 3', lambda: sys.stdin.read(3))
attempt('readline 4', lambda: sys.stdin.readline(4))
attempt('readline 0', lambda: sys.stdin.readline(0))
attempt('readline', lambda: sys.stdin.readline())
attempt('read 9', lambda: sys.stdin.read(9))
attempt('readline -1', lambda: sys.stdin.readline(-1))
attempt('readlines', lambda: sys.stdin.readlines())
attempt('at end', lambda: (sys.stdin.read(), sys.stdin.readline(), sys.stdin.readlines()))
""", TEXT)
child("iteration", """
for number, line in enumerate(sys.stdin, 1):
    print(number, repr(line))
print('newlines', repr(sys.stdin.newlines))
""", TEXT)
child("readlines with hint", "print(sys.stdin.readlines(12))\nprint(sys.stdin.readline())", TEXT)
child("argument errors", """
attempt('readline None', lambda: sys.stdin.readline(None))
attempt('readline str', lambda: sys.stdin.readline('2'))
attempt('read str', lambda: sys.stdin.read('2'))
attempt('read None', lambda: len(sys.stdin.read(None)))
attempt('readlines str', lambda: sys.stdin.readlines('x'))
attempt('tell on pipe', sys.stdin.tell)
attempt('seek on pipe', lambda: sys.stdin.seek(0))
attempt('seekable', sys.stdin.seekable)
attempt('truncate', sys.stdin.truncate)
""", TEXT)
child("binary buffer", """
buf = sys.stdin.buffer
attempt('read 5', lambda: buf.read(5))
attempt('readline', buf.readline)
attempt('readline 3', lambda: buf.readline(3))
attempt('read -5', lambda: buf.read(-5))
attempt('read str', lambda: buf.read('x'))
attempt('readlines', buf.readlines)
attempt('read at end', buf.read)
attempt('read1 at end', buf.read1)
""", TEXT)
child("universal newlines", """
sys.stdin.reconfigure(newline=None)
print(sys.stdin.readlines())
print('seen', sys.stdin.newlines)
attempt('reconfigure after reading', lambda: sys.stdin.reconfigure(newline=''))
attempt('line_buffering after reading', lambda: sys.stdin.reconfigure(line_buffering=True))
""", TEXT)
child("latin-1 input", """
sys.stdin.reconfigure(encoding='latin-1')
print(sys.stdin.encoding, sys.stdin.errors)
for line in sys.stdin:
    print(repr(line), len(line))
""", "café\nnaïve\n".encode("latin-1"))
child("input() and readline together", """
name = input()
rest = sys.stdin.readline()
again = input('prompt> ')
print()
print(repr(name), repr(rest), repr(again))
attempt('input at end', input)
""", b"alice\nbob\ncarol\n")
child("closed stdin", """
sys.stdin.close()
print(sys.stdin.closed, sys.stdin.buffer.closed)
attempt('read', sys.stdin.read)
attempt('readline', sys.stdin.readline)
attempt('next', lambda: next(sys.stdin))
attempt('buffer read', sys.stdin.buffer.read)
attempt('buffer readline', sys.stdin.buffer.readline)
attempt('fileno', sys.stdin.fileno)
attempt('close again', sys.stdin.close)
""", b"unused\n")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "input.txt")
    with open(path, "wb") as f:
        f.write(b"alpha\nbeta\ngamma\n")
    with open(path, "rb") as f:
        child("stdin from a file", """
print(sys.stdin.seekable(), sys.stdin.tell())
first = sys.stdin.readline()
print(repr(first), sys.stdin.tell())
print(sys.stdin.seek(0), repr(sys.stdin.read(3)))
print(sys.stdin.seek(0, 2), repr(sys.stdin.read()))
sys.stdin.seek(0)
for line in sys.stdin:
    attempt('tell while iterating', sys.stdin.tell)
    break
attempt('nonzero cur seek', lambda: sys.stdin.seek(2, 1))
attempt('nonzero end seek', lambda: sys.stdin.seek(-1, 2))
attempt('negative seek', lambda: sys.stdin.seek(-1))
attempt('bad whence', lambda: sys.stdin.seek(0, 9))
print(repr(sys.stdin.readlines()))
""", stdin=f)

    out_path = os.path.join(tmp, "output.txt")
    with open(out_path, "wb") as f:
        subprocess.run([sys.executable, "-c", """import sys
print('first line')
pos = sys.stdout.tell()
print('second line')
end = sys.stdout.seek(0, 2)
print(sys.stdout.seek(pos), file=sys.stderr)
sys.stdout.write('SECOND')
sys.stdout.seek(0, 2)
print('third', pos, end, sys.stdout.seekable())
print('to be cut')
sys.stdout.truncate(end + 20)
"""], stdout=f, stderr=subprocess.PIPE, env=ENV)
    with open(out_path, "rb") as f:
        print("--- stdout to a file")
        print(f.read())

child("rewrapped stdout", """
raw = sys.stdout.detach()
attempt_out = []
for name in ('write', 'flush', 'fileno'):
    try:
        getattr(sys.__stdout__, name)('x') if name == 'write' else getattr(sys.__stdout__, name)()
    except ValueError as exc:
        attempt_out.append((name, str(exc)))
print(sys.__stdout__.buffer, sys.__stdout__.encoding, file=sys.stderr)
sys.stdout = io.TextIOWrapper(raw, encoding='latin-1', newline='\\r\\n')
print('café')
print(attempt_out)
""")
