# subprocess: communicate after a timeout carries on; timeouts of run/call/check_output.
import subprocess
from subprocess import PIPE

p = subprocess.Popen(["sh", "-c", "echo early; sleep 0.3; echo late"], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=0.15)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.output, e.stderr)
print(p.communicate())
try:
    p.communicate(b"more")
except ValueError as e:
    print("ValueError:", e)

p = subprocess.Popen(["sh", "-c", "read x; echo got $x; sleep 0.15"], stdin=PIPE, stdout=PIPE,
                     text=True)
try:
    p.communicate("input\n", timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.timeout)
print(p.communicate(), p.returncode)

try:
    subprocess.run(["sleep", "5"], timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd)
try:
    subprocess.call(["sleep", "5"], timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.output)
