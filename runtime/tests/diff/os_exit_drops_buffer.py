# os._exit ends the process at once: text still in a buffered stdout is lost (CPython
# keeps stdout block-buffered into a pipe), while an explicit flush gets it out first.
import os
import subprocess
import sys

env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
cases = [
    ("buffered", "import os; print('lost'); os._exit(3)"),
    ("flushed", "import os, sys; print('kept'); sys.stdout.flush(); os._exit(4)"),
    ("print flush", "import os; print('kept too', flush=True); os._exit(5)"),
    ("sys.exit", "import sys; print('flushed at exit'); sys.exit(6)"),
    ("unbuffered", "import os; print('unbuffered'); os._exit(7)"),
]
for name, code in cases:
    e = dict(env)
    if name == "unbuffered":
        e["PYTHONUNBUFFERED"] = "1"
    r = subprocess.run([sys.executable, "-c", code], env=e, capture_output=True, text=True)
    print(name, r.returncode, repr(r.stdout))
