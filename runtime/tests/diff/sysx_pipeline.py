"""Shell-ish pipeline runner: chains commands, captures output, checks errors."""
import os
import shlex
import subprocess
import sys
import tempfile

PY = sys.executable


def show(label, proc):
    out = proc.stdout if isinstance(proc.stdout, str) else proc.stdout
    print(f"{label}: rc={proc.returncode} out={out!r} err={proc.stderr!r}")


print("== sh -c ==")
show("echo", subprocess.run(["sh", "-c", "echo one; echo two >&2; exit 3"],
                            capture_output=True, text=True))
show("shell=True", subprocess.run("printf '%s|' a b c", shell=True,
                                  capture_output=True, text=True))
show("stderr->stdout", subprocess.run(["sh", "-c", "echo out; echo err >&2"],
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
show("devnull", subprocess.run(["sh", "-c", "echo hidden"], stdout=subprocess.DEVNULL))
show("env", subprocess.run(["/usr/bin/env"], env={"ONLY": "me", "X": "1"},
                           capture_output=True, text=True))
show("env cmd", subprocess.run(["/usr/bin/env", "A=1", "sh", "-c", "echo $A$B"],
                               env={"B": "2", "PATH": os.environ.get("PATH", "/bin")},
                               capture_output=True, text=True))

print("== cwd ==")
with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "inner"))
    with open(os.path.join(tmp, "inner", "f.txt"), "w") as f:
        f.write("data")
    p = subprocess.run(["ls"], cwd=os.path.join(tmp, "inner"), capture_output=True, text=True)
    print(p.stdout.split())
    p = subprocess.run([PY, "-c", "import os; print(sorted(os.listdir()))"], cwd=tmp,
                       capture_output=True, text=True)
    print(p.stdout.strip())
    try:
        subprocess.run(["ls"], cwd=os.path.join(tmp, "missing"))
    except FileNotFoundError as exc:
        print("FileNotFoundError", exc.errno, os.path.basename(exc.filename))

print("== pipes between processes ==")
producer = subprocess.Popen([PY, "-c", "for i in range(10): print(i * i)"],
                            stdout=subprocess.PIPE)
filt = subprocess.Popen(["grep", "-v", "^[0-4]$"], stdin=producer.stdout,
                        stdout=subprocess.PIPE)
counter = subprocess.Popen(["wc", "-l"], stdin=filt.stdout, stdout=subprocess.PIPE, text=True)
producer.stdout.close()
filt.stdout.close()
out, _ = counter.communicate()
print("lines:", out.strip(), "rcs:", producer.wait(), filt.wait(), counter.returncode)

with subprocess.Popen(["sort", "-r"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True) as proc:
    out, err = proc.communicate("pear\napple\nfig\n")
print(out.splitlines(), err, proc.returncode)

proc = subprocess.Popen([PY, "-c", "import sys\nfor line in sys.stdin: sys.stdout.write(line.upper())"],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = proc.communicate(b"abc\ndef\n")
print(out, proc.poll(), proc.returncode)

print("== check_output and friends ==")
print(repr(subprocess.check_output(["echo", "hi there"])))
print(repr(subprocess.check_output("echo $((6*7))", shell=True, text=True)))
print(subprocess.call(["sh", "-c", "exit 5"]))
print(subprocess.check_call(["true"]))
print(subprocess.getoutput("echo gone; false"))
print(subprocess.getstatusoutput("echo status; exit 4"))
print(subprocess.getstatusoutput("printf 'no newline'"))
try:
    subprocess.check_output(["sh", "-c", "echo partial; echo oops >&2; exit 2"], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as exc:
    print(exc.returncode, exc.output, exc.stderr, str(exc))
try:
    subprocess.check_call("exit 9", shell=True)
except subprocess.CalledProcessError as exc:
    print(repr(exc))
try:
    subprocess.run(["definitely-not-a-program-xyz"])
except FileNotFoundError as exc:
    print("FileNotFoundError", exc.errno, exc.strerror, exc.filename)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as exc:
    print("signal:", exc.returncode, str(exc))
try:
    subprocess.run([PY, "-c", "import time; time.sleep(5)"], timeout=0.3)
except subprocess.TimeoutExpired as exc:
    print("TimeoutExpired", 0 < exc.timeout <= 0.3, exc.cmd[1], "timed out after" in str(exc))

print("== quoting ==")
args = ["grep", "-e", "it's", "file name.txt", "$HOME", ""]
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)
print(subprocess.list2cmdline(["a b", 'c"d', "e\\f", ""]))
p = subprocess.run("printf '%s\\n' " + " ".join(shlex.quote(a) for a in args[2:]),
                   shell=True, capture_output=True, text=True)
print(p.stdout.splitlines())

print("== universal newlines ==")
p = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(b'a\\r\\nb\\rc\\n')"],
                   capture_output=True, text=True)
print(repr(p.stdout))
p = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(b'a\\r\\nb\\rc\\n')"],
                   capture_output=True)
print(repr(p.stdout))
p = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(b'bad \\xff byte')"],
                   capture_output=True, encoding="utf-8", errors="replace")
print(repr(p.stdout))
cp = subprocess.CompletedProcess(["x", "y"], 0, "o", None)
print(repr(cp))
cp.check_returncode()
cp2 = subprocess.CompletedProcess("cmd", 1)
print(repr(cp2))
try:
    cp2.check_returncode()
except subprocess.CalledProcessError as exc:
    print(exc)
