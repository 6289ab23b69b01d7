# subprocess.run and friends: argument forms, pipes, input, text and bytes, check errors.
import os
import subprocess
import sys
from subprocess import PIPE, STDOUT, DEVNULL

print(PIPE, STDOUT, DEVNULL)

# Argument forms: list, str (a program with no arguments), shell=True with str and list.
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(type(r).__name__, r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run("true")
print(r, r.stdout, r.stderr)
r = subprocess.run("echo $((6 * 7)) | tr 4 X", shell=True, stdout=PIPE)
print(r)
r = subprocess.run(["echo first:$0 second:$1", "zero", "one"], shell=True, stdout=PIPE, text=True)
print(repr(r.stdout))
r = subprocess.run([b"printf", b"%s|%s", "a", b"b"], stdout=PIPE)
print(r.stdout)

# Exit codes and check.
print(subprocess.run(["false"]).returncode)
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
r = subprocess.run("exit 7", shell=True)
print(r.returncode, r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e, e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(str(e))
    print(repr(e))
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)
print(subprocess.run(["true"], check=True))

# Signals: a negative return code.
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode)
r = subprocess.run(["sh", "-c", "kill -TERM $$"], stdout=PIPE)
print(r)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)

# input= with bytes and text; text decodes output and translates newlines.
print(subprocess.run(["cat"], input=b"bytes in\n", capture_output=True))
print(subprocess.run(["cat"], input="text in\n", capture_output=True, text=True))
print(subprocess.run(["printf", "a\\r\\nb\\rc\\n"], stdout=PIPE, universal_newlines=True).stdout.split("\n"))
print(subprocess.run(["printf", "a\\r\\nb"], stdout=PIPE).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="caf\u00e9 ok", stdout=PIPE, encoding="utf-8").stdout)
print(subprocess.run(["printf", "\\377x"], stdout=PIPE, errors="replace").stdout)
print(subprocess.run(["printf", "\\377x"], stdout=PIPE, encoding="latin-1").stdout)
print(subprocess.run(["wc", "-c"], input=b"", stdout=PIPE).stdout.strip())
print(subprocess.run(["wc", "-l"], input=bytearray(b"1\n2\n"), stdout=PIPE, stderr=PIPE).stdout.strip())

# stderr: to a pipe, into stdout, to /dev/null.
r = subprocess.run(["sh", "-c", "echo to-out; echo to-err >&2"], stdout=PIPE, stderr=PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo to-out; echo to-err >&2; echo again"], stdout=PIPE, stderr=STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo to-out; echo to-err >&2"], stdout=DEVNULL, stderr=PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "cat; echo done"], stdin=DEVNULL, stdout=PIPE)
print(r.stdout)

# cwd and env.
print(subprocess.run(["pwd"], cwd="/", stdout=PIPE, text=True).stdout)
print(subprocess.run("pwd", shell=True, cwd=b"/tmp", stdout=PIPE, text=True).stdout)
env = {"ONLY": "this", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
print(subprocess.run(["sh", "-c", "echo $ONLY ${HOME:-nohome}"], env=env, stdout=PIPE).stdout)
print(subprocess.run("echo [$X]", shell=True, env={"X": "x y"}, stdout=PIPE, text=True).stdout)
os.environ["EMBER_SP_TEST"] = "inherited"
print(subprocess.run("echo $EMBER_SP_TEST", shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(["printenv", "B"], env={b"B": b"bytes-env", "PATH": "/usr/bin:/bin"},
                     stdout=PIPE).stdout)

# check_output, call, check_call.
print(subprocess.check_output(["echo", "from check_output"]))
print(subprocess.check_output("echo a; echo b >&2", shell=True, stderr=STDOUT, text=True))
print(subprocess.check_output(["cat"], input=b"fed"))
print(subprocess.check_output(["cat"], input=None))
print(repr(subprocess.check_output(["cat"], input=None, text=True)))
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.call(["sh", "-c", "exit 5"]))
print(subprocess.call("exit 0", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 9"])
except subprocess.CalledProcessError as e:
    print(e, e.args)
try:
    subprocess.check_call(args="exit 9", shell=True)
except subprocess.CalledProcessError as e:
    print(e)

# getoutput / getstatusoutput.
print(subprocess.getstatusoutput("echo hi; exit 3"))
print(subprocess.getstatusoutput("echo one; echo two >&2"))
print(repr(subprocess.getoutput("printf 'x\\n\\n'")))
print(subprocess.getstatusoutput("kill -9 $$"))

# stdout to a file object and to a raw descriptor.
import tempfile
with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "into a file"], stdout=f)
    subprocess.run(["echo", "and more"], stdout=f.fileno())
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("read from a file\n")
    f.flush()
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, stdout=PIPE).stdout)
sys.stdout.flush()
