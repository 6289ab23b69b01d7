"""A tiny job runner: starts several shell jobs at once, polls them, enforces a deadline,
classifies how each ended and retries the flaky one."""
import signal
import subprocess
import time

JOBS = {
    "quick": "echo quick done",
    "fails": "echo 'bad input' >&2; exit 2",
    "crashes": "kill -USR1 $$",
    "hangs": "exec sleep 5",
    "chatty": "i=0; while [ $i -lt 500 ]; do echo line $i; echo err $i >&2; i=$((i+1)); done",
}


def describe(code):
    if code is None:
        return "still running"
    if code == 0:
        return "success"
    if code < 0:
        return "killed by " + signal.Signals(-code).name
    return "exit status %d" % code


running = {name: subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
           for name, cmd in JOBS.items()}
results = {}
deadline = time.monotonic() + 0.3
while running and time.monotonic() < deadline:
    for name in sorted(running):
        proc = running[name]
        # communicate with a short timeout keeps the pipes drained while we wait.
        try:
            out, err = proc.communicate(timeout=0.02)
        except subprocess.TimeoutExpired:
            continue
        results[name] = (proc.returncode, out, err)
        del running[name]

for name in sorted(running):
    proc = running[name]
    proc.kill()
    out, err = proc.communicate()
    results[name] = (proc.returncode, out, err)

for name in sorted(results):
    code, out, err = results[name]
    lines = out.splitlines()
    print(f"{name:<8} {describe(code):<22} out={len(lines):>4} lines err={len(err.splitlines()):>4} lines",
          repr(lines[-1]) if lines else "")

# Retrying a command that fails twice before it works (state kept in a counter file).
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    counter = os.path.join(d, "tries")
    flaky = f'n=$(cat {counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > {counter}; [ $n -ge 3 ]'
    for attempt in range(1, 6):
        try:
            subprocess.check_call(flaky, shell=True)
        except subprocess.CalledProcessError as exc:
            print(f"attempt {attempt}: {exc.returncode} ->", type(exc).__name__)
            continue
        print(f"attempt {attempt}: succeeded")
        break

# What the errors look like to a user.
for cmd in (["sh", "-c", "exit 9"], ["sh", "-c", "kill -TERM $$"], "exit 1"):
    try:
        subprocess.run(cmd, shell=isinstance(cmd, str), check=True)
    except subprocess.CalledProcessError as exc:
        print(exc)
try:
    subprocess.run(["sleep", "5"], timeout=0.1, capture_output=True)
except subprocess.TimeoutExpired as exc:
    print(exc)
