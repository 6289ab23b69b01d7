"""Differential test of fileinput: several files as one stream, counters, nextfile, inplace editing, hooks, stdin."""
import fileinput, os, sys, tempfile, io

tmp = tempfile.mkdtemp()
def mk(name, text):
    p = os.path.join(tmp, name)
    with open(p, "w") as f:
        f.write(text)
    return p
a = mk("a.txt", "a1\na2\na3\n")
b = mk("b.txt", "")
c = mk("c.txt", "c1\nc2")
rel = lambda p: None if p is None else os.path.basename(p)

for line in fileinput.input([a, b, c]):
    print(repr(line), rel(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 0)
print(rel(fileinput.filename()), fileinput.lineno(), fileinput.fileno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)

# nextfile skips the rest of a file
fi = fileinput.input((a, c))
print(fi.filename(), fi.lineno())
for line in fi:
    print(repr(line), fi.lineno(), fi.filelineno())
    if fi.filelineno() == 1 and "a" in line:
        fileinput.nextfile()
fileinput.close()

# active input raises
fi = fileinput.input(a)
next(fi)
try:
    fileinput.input(a)
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.close()

with fileinput.FileInput(files=(a,), mode="rb") as f:
    print(list(f))
    print(f.readline())
with fileinput.FileInput(c) as f:
    print(f.readline(), f.readline(), repr(f.readline()), repr(f.readline()))
for bad in [dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook=5)]:
    try:
        fileinput.FileInput(a, **bad)
    except ValueError as e:
        print("ValueError", e)

# inplace editing
d = mk("d.txt", "one\ntwo\nthree\n")
with fileinput.input(d, inplace=True) as f:
    for line in f:
        print(line.rstrip().upper())
print(open(d).read(), os.path.exists(d + ".bak"))
with fileinput.input(d, inplace=True, backup=".orig") as f:
    for line in f:
        sys.stdout.write(line.replace("O", "0"))
print(open(d).read(), open(d + ".orig").read())

# openhook
with fileinput.input([a], openhook=fileinput.hook_encoded("utf-8")) as f:
    print(list(f))
with fileinput.input([a], openhook=fileinput.hook_compressed) as f:
    print(list(f))
from pathlib import Path
with fileinput.input(Path(a)) as f:
    print(list(f))
with fileinput.input([a], encoding="utf-8") as f:
    print(list(f), f.isfirstline())
print(fileinput.FileInput[str])
# stdin
sys.stdin = io.StringIO("s1\ns2\n")
with fileinput.input(["-"]) as f:
    for line in f:
        print(repr(line), f.filename(), f.isstdin(), f.lineno())
sys.argv = ["prog"]
sys.stdin = io.StringIO("t1\n")
with fileinput.input() as f:
    print(list(f), f.filename())
import shutil; shutil.rmtree(tmp)
