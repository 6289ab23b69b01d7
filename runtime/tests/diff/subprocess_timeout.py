# subprocess timeouts (sleep 5 killed after 0.2 s) and signals: wait/poll, kill, terminate,
# send_signal, negative return codes.
import signal
import subprocess
from subprocess import PIPE

p = subprocess.Popen(["sleep", "5"])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.cmd, e.timeout, e.output, e.stdout, e.stderr)
p.kill()
print(p.wait(), p.poll(), repr(p))
p.kill()
p.terminate()
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(["true"])
p.wait()
print(p.poll(), p.returncode)

# run with a timeout kills the child; output read so far is on the exception (bytes).
try:
    subprocess.run(["sleep", "5"], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo before; exec sleep 5"], stdout=PIPE, text=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.timeout, e.output)
