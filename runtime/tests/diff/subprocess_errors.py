# subprocess errors: missing programs, permissions, bad cwd, bad argument types and values,
# and the exception classes' messages and attributes.
import os
import subprocess
import tempfile
from subprocess import PIPE


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e, getattr(e, "errno", "-"), getattr(e, "filename", "-"))
    else:
        print(label, "->", r)


attempt("missing", lambda: subprocess.run(["nosuchprog"]))
attempt("missing str", lambda: subprocess.run("nosuchprog-either --flag"))
attempt("missing path", lambda: subprocess.run(["/no/such/dir/prog", "x"]))
attempt("missing bytes", lambda: subprocess.run([b"nosuchprog"]))
attempt("missing exe", lambda: subprocess.run(["echo", "x"], executable="nosuchexe"))
attempt("Popen missing", lambda: subprocess.Popen(["nosuchprog"], stdout=PIPE, stderr=PIPE))
attempt("check_output missing", lambda: subprocess.check_output(["nosuchprog"]))
attempt("call missing", lambda: subprocess.call(["nosuchprog"]))
attempt("not executable", lambda: subprocess.run(["/etc/passwd"]))
attempt("directory", lambda: subprocess.run(["/"]))
attempt("bad cwd", lambda: subprocess.run(["echo"], cwd="/no/such/dir"))
attempt("cwd is a file", lambda: subprocess.run(["echo"], cwd="/etc/passwd"))
attempt("empty PATH env", lambda: subprocess.run(["echo"], env={}, stdout=PIPE))
attempt("shell missing", lambda: subprocess.run("nosuchprog 2>/dev/null", shell=True).returncode)
attempt("shell 127", lambda: subprocess.run("exit 127", shell=True))

with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "script.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho script ran with $1\n")
    attempt("no x bit", lambda: subprocess.run(["./script.sh"], cwd=d).returncode)
    os.chmod(script, 0o755)
    print(subprocess.run([script, "arg"], stdout=PIPE).stdout)
    print(subprocess.run(["./script.sh", "rel"], cwd=d, stdout=PIPE).stdout)
    noshebang = os.path.join(d, "plain")
    with open(noshebang, "w") as f:
        f.write("echo plain\n")
    os.chmod(noshebang, 0o755)
    attempt("no shebang", lambda: subprocess.run(["./plain"], cwd=d))

# Bad argument types and values.
attempt("int arg", lambda: subprocess.run(["echo", 1]))
attempt("int args", lambda: subprocess.run(123))
attempt("None args", lambda: subprocess.run(None))
attempt("empty list", lambda: subprocess.run([]))
attempt("null byte", lambda: subprocess.run(["echo", "a\0b"]))
attempt("env key =", lambda: subprocess.run(["echo"], env={"A=B": "c"}))
attempt("env value int", lambda: subprocess.run(["echo"], env={"A": 1}))
attempt("env not a mapping", lambda: subprocess.run(["echo"], env=5))
attempt("cwd int", lambda: subprocess.run(["echo"], cwd=5))
attempt("stdin str", lambda: subprocess.run(["echo"], stdin="x"))
attempt("stdout bad fd", lambda: subprocess.run(["echo"], stdout=99))
attempt("timeout str", lambda: subprocess.run(["true"], timeout="x"))
attempt("input and stdin", lambda: subprocess.run(["true"], input=b"x", stdin=PIPE))
attempt("capture and stdout", lambda: subprocess.run(["true"], capture_output=True, stdout=PIPE))
attempt("text vs un", lambda: subprocess.run(["true"], text=True, universal_newlines=False))
attempt("str input bytes", lambda: subprocess.run(["cat"], input="x"))
attempt("bytes input text", lambda: subprocess.run(["cat"], input=b"x", text=True))
attempt("int input", lambda: subprocess.run(["cat"], input=5))
attempt("int input pipes", lambda: subprocess.run(["cat"], input=5, stdout=PIPE))
attempt("check_output stdout", lambda: subprocess.check_output(["true"], stdout=1))
attempt("check_output check", lambda: subprocess.check_output(["true"], check=False))
attempt("bad keyword", lambda: subprocess.Popen(["true"], bogus=1))
attempt("bufsize", lambda: subprocess.Popen(["true"], bufsize="x"))
attempt("startupinfo", lambda: subprocess.Popen(["true"], startupinfo=1))
attempt("creationflags", lambda: subprocess.Popen(["true"], creationflags=1))
attempt("pathlike shell", lambda: subprocess.run(__import__("pathlib").Path("x"), shell=True))

# The exception classes.
e = subprocess.CalledProcessError(1, "cmd", b"o", b"e")
print(repr(e), e.args, e.stdout, e.output, e.stderr)
e.stdout = "changed"
print(e.output)
print(subprocess.CalledProcessError(-9, ["x"]))
print(subprocess.CalledProcessError(-200, ["x"]))
print(subprocess.CalledProcessError(0, "x"))
e = subprocess.TimeoutExpired("x", 1.5)
print(str(e), repr(e), e.args, e.timeout, e.stdout)
e = subprocess.TimeoutExpired(["a", "b"], 2, output=b"so far", stderr=b"err")
print(e, e.output, e.stdout, e.stderr)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(subprocess.CompletedProcess(["a"], 0), subprocess.CompletedProcess("a", 1, None, "e"))
print(subprocess.CompletedProcess(args=("x",), returncode=2, stdout=b"", stderr=b"!"))
try:
    subprocess.CompletedProcess(["a"], -9, b"out").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
print(subprocess.CompletedProcess(["a"], 0).check_returncode())
print(sorted(subprocess.__all__))
