# subprocess.Popen: pipes as file objects, communicate (large output on both pipes), the
# context manager, text mode. (Timeouts and signals: subprocess_timeout*.py.)
import signal
import subprocess
from subprocess import PIPE, STDOUT

# communicate with input and both pipes.
p = subprocess.Popen(["sh", "-c", "cat; echo err-side >&2"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.returncode, p.args, type(p.pid).__name__)
out, err = p.communicate(b"line1\nline2\n")
print(out, err, p.returncode, repr(p))
print(p.stdin.closed, p.stdout.closed, p.stderr.closed)
print(p.communicate())

# 1 MB on each of stdout and stderr at once, and 1 MB of input: no deadlock.
script = "head -c 1048576 /dev/zero | tr '\\0' a; head -c 1048576 /dev/zero | tr '\\0' b >&2"
p = subprocess.Popen(["sh", "-c", script], stdout=PIPE, stderr=PIPE)
out, err = p.communicate()
print(len(out), len(err), out.count(b"a"), err.count(b"b"), p.returncode)
big = bytes(range(256)) * 4096
p = subprocess.Popen(["sh", "-c", "cat; cat /dev/null >&2"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(big)
print(len(out), out == big, err)
r = subprocess.run(["sh", "-c", "cat >&2; echo done"], input=big, capture_output=True)
print(len(r.stderr), r.stderr == big, r.stdout)
r = subprocess.run(["sh", "-c", "tr a-z A-Z"], input="x" * 300000, capture_output=True, text=True)
print(len(r.stdout), r.stdout[:5], r.stderr)

# The child ignores its input: the rest is dropped, no error.
p = subprocess.Popen(["true"], stdin=PIPE, stdout=PIPE)
print(p.communicate(b"z" * 1000000))

# Reading and writing the file objects directly.
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
p.stdin.write(b"direct\n")
p.stdin.close()
print(p.stdout.read(), p.wait(), p.wait())
p.stdout.close()
p = subprocess.Popen(["printf", "one\\ntwo\\nthree\\n"], stdout=PIPE, text=True)
for line in p.stdout:
    print(repr(line))
p.stdout.close()
print(p.wait())
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, universal_newlines=True, bufsize=1)
print(p.stdin.line_buffering, p.text_mode, p.universal_newlines)
p.stdin.write("hello\n")
print(repr(p.stdout.readline()))
p.stdin.write("bye\n")
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
p.wait()
print(p.returncode)

# Context manager: waits and closes the pipes.
with subprocess.Popen(["sh", "-c", "echo ctx; exit 6"], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

# stderr=STDOUT with Popen, text mode, and repr truncation.
p = subprocess.Popen("echo a; echo b >&2", shell=True, stdout=PIPE, stderr=STDOUT, text=True)
print(p.communicate(), p.stderr)
p = subprocess.Popen(["echo"] + ["word%d" % i for i in range(20)], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))
print(subprocess.Popen[bytes], subprocess.CompletedProcess[str])
