"""A task runner that shells out to child interpreters and collects results."""
import json
import os
import subprocess
import sys
import tempfile
import textwrap

CHILD_SCRIPTS = {
    "hello": "print('hello from child')",
    "args": "import sys; print(sys.argv[1:])",
    "exit3": "import sys; print('about to fail'); sys.exit(3)",
    "stderr": "import sys; sys.stderr.write('warn: low disk\\n'); print('ok')",
    "raise": "raise RuntimeError('boom in child')",
    "env": "import os; print(os.environ.get('RUNNER_MODE', '<unset>'), os.environ.get('RUNNER_LEVEL', '<unset>'))",
    "stdin": "import sys; data = sys.stdin.read(); print(len(data.splitlines()), data.upper().split())",
    "json": "import json, sys; obj = json.load(sys.stdin); obj['sum'] = sum(obj['nums']); json.dump(obj, sys.stdout)",
    "cwd": "import os; print(sorted(os.listdir('.')))",
    "exitmsg": "import sys; sys.exit('fatal: config missing')",
    "unicode": "print('naïve café ✓')",
    "bytes": "import sys; sys.stdout.buffer.write(bytes(range(65, 70)) + b'\\n')",
}


def run_child(name, *args, **kw):
    cmd = [sys.executable, "-c", CHILD_SCRIPTS[name], *args]
    return subprocess.run(cmd, capture_output=True, text=kw.pop("text", True), **kw)


def summarize(name, proc):
    out = proc.stdout if isinstance(proc.stdout, str) else proc.stdout.decode()
    err = proc.stderr if isinstance(proc.stderr, str) else proc.stderr.decode()
    last_err = err.strip().splitlines()[-1] if err.strip() else ""
    print(f"{name:<8} rc={proc.returncode:<3} out={out.rstrip()!r} err_last={last_err!r}")


for name in ["hello", "exit3", "stderr", "raise", "exitmsg", "unicode"]:
    summarize(name, run_child(name))
summarize("args", run_child("args", "--flag", "two words", ""))
summarize("bytes", run_child("bytes", text=False))

env = dict(os.environ, RUNNER_MODE="batch")
env.pop("RUNNER_LEVEL", None)
summarize("env", run_child("env", env=env))
summarize("stdin", run_child("stdin", input="alpha beta\ngamma\n"))
proc = run_child("json", input=json.dumps({"nums": [1, 2, 3.5], "tag": "t"}))
print("json child ->", json.loads(proc.stdout))

with tempfile.TemporaryDirectory() as tmp:
    for n in ("b.txt", "a.txt", "c.log"):
        open(os.path.join(tmp, n), "w").close()
    summarize("cwd", run_child("cwd", cwd=tmp))

try:
    run_child("exit3", check=True)
except subprocess.CalledProcessError as e:
    print("check=True:", type(e).__name__, e.returncode, repr(e.stdout))
    print("  str:", str(e).replace(sys.executable, "PY").split(" returned")[1])

try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("timeout:", type(e).__name__, e.timeout)

try:
    subprocess.run(["definitely-not-a-command-xyz"], capture_output=True)
except FileNotFoundError as e:
    print("missing exe:", type(e).__name__, e.errno, e.filename)

out = subprocess.check_output([sys.executable, "-c", "print(6*7)"], text=True)
print("check_output:", repr(out))
rc = subprocess.call([sys.executable, "-c", "import sys; sys.exit(5)"])
print("call rc:", rc)
proc = subprocess.run([sys.executable, "-c", "import sys; print('x'); print('y', file=sys.stderr)"],
                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("merged:", sorted(proc.stdout.split()))
proc = subprocess.run([sys.executable, "-c", "print('quiet')"], stdout=subprocess.DEVNULL)
print("devnull stdout:", proc.stdout, proc.returncode)

with subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
    import sys
    for line in sys.stdin:
        print(line.strip()[::-1], flush=True)
""")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, _ = p.communicate("abc\nhello\n")
    print("popen reverse:", out.split(), "rc:", p.returncode)

p = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(7)"])
print("popen wait:", p.wait(), p.poll())
cp = subprocess.CompletedProcess(["x"], 0, "o", "")
print("completed repr:", repr(cp))
cp.check_returncode()
try:
    subprocess.CompletedProcess(["x", "y"], 2).check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)
print("getoutput:", subprocess.getstatusoutput(f"{sys.executable} -c \"print('so')\"")[0])
