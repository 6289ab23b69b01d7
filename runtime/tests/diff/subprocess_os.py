# os.popen and os.system beside subprocess; children writing to the inherited stdout (after
# an explicit flush, so the order is the same whether or not Python's stdout is buffered);
# running this interpreter itself.
import os
import subprocess
import sys

f = os.popen("echo popen-read; echo second")
print(type(f).__name__, f.read(), f.close())
with os.popen("printf 'a\\nb\\nc\\n'") as f:
    print([line for line in f])
print(os.popen("exit 3").close())
print(os.popen("kill -9 $$").close())
print(os.popen("echo x").readline())
w = os.popen("cat > /dev/null; exit 2", "w")
print(w.write("fed to the command\n"), w.close())
for bad in [(5,), ("echo", "rw"), ("echo", "r", 0)]:
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

sys.stdout.flush()
print(os.system("echo from-system") >> 8)
print(os.system("exit 4") >> 8, os.system("exit 4") & 0xFF)
sys.stdout.flush()

print("before the child")
sys.stdout.flush()
r = subprocess.run(["echo", "the child writes to our stdout"])
print("after the child", r.returncode)
sys.stdout.flush()
with subprocess.Popen(["sh", "-c", "echo one; echo two"]) as p:
    pass
print("after Popen", p.returncode)
sys.stdout.flush()
subprocess.run(["sh", "-c", "echo err-to-out >&2"], stderr=subprocess.STDOUT)
subprocess.run(["sh", "-c", "echo out-and-err; echo hidden >&2"], stderr=subprocess.DEVNULL)
subprocess.run(["sh", "-c", "echo hidden"], stdout=subprocess.DEVNULL)
print("done with inherited stdout")

# Python children: this interpreter, whichever it is.
r = subprocess.run([sys.executable, "-c", "import sys; print(sum(range(10))); sys.exit(3)"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"],
                   input="shout", capture_output=True, text=True)
print(r.stdout)
r = subprocess.run([sys.executable, "-c", "raise SystemExit('bye')"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
