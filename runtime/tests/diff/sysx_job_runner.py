"""A job runner: starts worker processes, streams their output, feeds files,
stops misbehaving ones and reports statuses."""
import io
import os
import signal
import subprocess
import sys
import tempfile
import time

PY = sys.executable

WORKER = r"""
import sys, time
name = sys.argv[1]
n = int(sys.argv[2])
for i in range(n):
    print(f"{name}: step {i}", flush=True)
if name == "crash":
    print("crashing", file=sys.stderr, flush=True)
    sys.exit(3)
if name == "hang":
    time.sleep(30)
"""

print("== streaming ==")
proc = subprocess.Popen([PY, "-c", WORKER, "stream", "4"], stdout=subprocess.PIPE, text=True)
lines = []
for line in proc.stdout:
    lines.append(line.rstrip("\n"))
proc.stdout.close()
print(lines, proc.wait(), proc.returncode, proc.args[-2:])

proc = subprocess.Popen([PY, "-c", WORKER, "bytes", "2"], stdout=subprocess.PIPE)
first = proc.stdout.readline()
rest = proc.stdout.read()
proc.wait()
print(first, rest, type(proc.stdout).__name__ in ("BufferedReader", "FileIO", "BufferedRandom") or type(proc.stdout).__name__)
proc.stdout.close()

print("== crash ==")
proc = subprocess.Popen([PY, "-c", WORKER, "crash", "1"], stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, text=True)
out, err = proc.communicate()
print(repr(out), repr(err), proc.returncode)

print("== stop a hung worker ==")
proc = subprocess.Popen([PY, "-c", WORKER, "hang", "1"], stdout=subprocess.PIPE, text=True)
print(proc.stdout.readline().strip())
print("poll while running:", proc.poll())
try:
    proc.wait(timeout=0.2)
except subprocess.TimeoutExpired as exc:
    print("wait timed out:", exc.timeout)
proc.terminate()
print("terminated rc:", proc.wait(), proc.returncode == -signal.SIGTERM)
proc.stdout.close()

proc = subprocess.Popen([PY, "-c", WORKER, "hang", "1"], stdout=subprocess.DEVNULL)
time.sleep(0.1)
proc.kill()
print("killed rc:", proc.wait())
proc = subprocess.Popen(["sleep", "5"])
proc.send_signal(signal.SIGINT)
print("sigint rc:", proc.wait())
print("pid positive:", proc.pid > 0)
proc.kill()  # already finished: no error
print("kill after exit ok")

print("== files as stdin/stdout ==")
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "input.txt")
    dst = os.path.join(tmp, "output.txt")
    log = os.path.join(tmp, "log.txt")
    with open(src, "w") as f:
        f.write("delta\nalpha\ncharlie\nbravo\n")
    with open(src) as fin, open(dst, "w") as fout, open(log, "w") as flog:
        rc = subprocess.call(["sort"], stdin=fin, stdout=fout, stderr=flog)
    with open(dst) as f:
        print(rc, f.read().split())
    with open(dst, "a") as fout:
        fout.write("tail-from-parent\n")
        fout.flush()
        subprocess.run(["echo", "tail-from-child"], stdout=fout)
    with open(dst) as f:
        print(f.read().splitlines()[-2:])
    with open(log, "wb") as flog:
        subprocess.run(["sh", "-c", "echo to-err >&2"], stderr=flog.fileno())
    with open(log, "rb") as f:
        print(f.read())
    with tempfile.TemporaryFile() as tf:
        subprocess.run([PY, "-c", "print('into temp file')"], stdout=tf)
        tf.seek(0)
        print(tf.read())

print("== many workers ==")
procs = {name: subprocess.Popen([PY, "-c", WORKER, name, "2"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
         for name in ("w1", "w2", "crash", "w3")}
results = {}
for name, p in procs.items():
    out, _ = p.communicate()
    results[name] = (p.returncode, len(out.splitlines()))
for name in sorted(results):
    print(name, results[name])
failed = [n for n, (rc, _) in results.items() if rc != 0]
print("failed:", failed)

print("== context manager & errors ==")
with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"via stdin\n")
    p.stdin.close()
    print(p.stdout.read())
print("rc after with:", p.returncode, p.stdin.closed, p.stdout.closed)
try:
    subprocess.Popen(["sh", "-c", "true"], stdin=subprocess.PIPE).communicate(input=b"x", timeout=5)
    print("communicate with input to quick process ok")
except BrokenPipeError:
    print("broken pipe (tolerated)")
try:
    subprocess.Popen([os.path.join(os.sep, "no", "such", "binary")])
except FileNotFoundError as exc:
    print("FileNotFoundError", exc.errno, exc.strerror)
try:
    subprocess.Popen(["/etc"])
except PermissionError as exc:
    print("PermissionError", exc.errno)
try:
    subprocess.run(["true"], input="x", stdin=subprocess.PIPE)
except ValueError as exc:
    print("ValueError", exc)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as exc:
    print("ValueError", exc)
r = subprocess.run(["true"], stdin=subprocess.DEVNULL)
print(r, r.stdout)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
