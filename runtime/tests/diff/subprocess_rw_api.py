# Rewritten parts of subprocess: exceptions, CompletedProcess, Popen basics.
import subprocess
import sys

for code in (1, 2, -9, -15, -200, 0):
    e = subprocess.CalledProcessError(code, ['cmd', 'x'], output=b'o', stderr=b'e')
    print(repr(str(e)), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e.stdout = 'new'
print(e.output, isinstance(e, subprocess.SubprocessError))
t = subprocess.TimeoutExpired('sleep 5', 1.5)
print(str(t), t.timeout, t.output, t.stdout, t.stderr, repr(t))
t.stdout = b'partial'
print(t.output)
print(subprocess.CalledProcessError(3, 'c'), repr(subprocess.CalledProcessError(3, 'c')))
cp = subprocess.CompletedProcess(['a', 'b'], 0)
print(repr(cp), cp.check_returncode())
cp2 = subprocess.CompletedProcess('a', 2, stdout='out', stderr=b'err')
print(repr(cp2))
try:
    cp2.check_returncode()
except subprocess.CalledProcessError as ex:
    print(type(ex).__name__, ex, ex.output, ex.stderr)
print(subprocess.CompletedProcess[int], subprocess.Popen[bytes])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)

r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(repr(r))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as ex:
    print(type(ex).__name__, ex)
print(subprocess.call(['true']), subprocess.check_call(['true']))
print(subprocess.check_output(['printf', 'a\\nb']), subprocess.check_output('echo x', shell=True, text=True))
print(subprocess.getoutput('echo one; echo two'), subprocess.getstatusoutput('echo st; exit 4'))
print(subprocess.run(['cat'], input=b'fed in', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in', capture_output=True, text=True).stdout)
try:
    subprocess.run(['sleep', '5'], timeout=0.05)
except subprocess.TimeoutExpired as ex:
    print(type(ex).__name__, str(ex).split(' after')[0], ex.timeout <= 0.05)
try:
    subprocess.run(['echo'], input=b'x', stdin=subprocess.PIPE)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    subprocess.Popen(['/nonexistent/prog'])
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.filename)
try:
    subprocess.Popen('x', shell=True, text=True, universal_newlines=False)
except subprocess.SubprocessError as ex:
    print(type(ex).__name__, ex)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as p:
    print(repr(p).split(':')[0], p.returncode, p.universal_newlines)
    out, err = p.communicate(b'through cat')
    print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.01)
except subprocess.TimeoutExpired as ex:
    print(type(ex).__name__, ex)
p.terminate()
print(p.wait())
p.kill()
p.send_signal(9)
p = subprocess.Popen(['sleep', '5'])
p.kill()
print(p.wait(), repr(p))
p = subprocess.Popen([sys.executable if False else 'echo', 'x' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))
print(subprocess.run('exit 7', shell=True).returncode)
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar'}, capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout)
