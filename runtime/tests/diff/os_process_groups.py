# Process groups and sessions: os.getsid/getpgid/getpgrp/setsid as a daemonising
# script or a job-control helper uses them.
import os
import subprocess
import sys

me = os.getpid()
print("getsid(0) == getsid(pid):", os.getsid(0) == os.getsid(me))
print("getpgid(0) == getpgrp():", os.getpgid(0) == os.getpgrp())
print("types:", type(os.getsid(0)).__name__, type(os.getpgrp()).__name__)
for bad in (2**31 - 2,):
    for fn in (os.getsid, os.getpgid):
        try:
            fn(bad)
        except OSError as e:
            print(fn.__name__, type(e).__name__, e.errno, e.strerror)
for args in ((), (1, 2)):
    try:
        os.getsid(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.getpgid("1")
except TypeError as e:
    print("TypeError:", e)

# A child in its own session leads it: its session id is its pid.
child = r'''
import os
print(os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())
'''
out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                     start_new_session=True)
print("new session child:", out.stdout.strip(), out.returncode)
# setsid() in a child that already leads a group fails with EPERM.
child2 = r'''
import os
os.setsid()
try:
    os.setsid()
except PermissionError as e:
    print("second setsid:", type(e).__name__, e.errno)
print(os.getsid(0) == os.getpid())
'''
out = subprocess.run([sys.executable, "-c", child2], capture_output=True, text=True)
print("setsid child:", out.stdout.strip().replace("\n", " | "), out.returncode)
