import subprocess
for kw in ({}, {'stdout': subprocess.PIPE, 'stderr': subprocess.PIPE, 'stdin': subprocess.PIPE}):
    try:
        subprocess.Popen(['/nonexistent/program-h17'], **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
print(subprocess.run(['true']).returncode)
