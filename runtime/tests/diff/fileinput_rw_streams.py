"""fileinput rewrite check: module state, FileInput methods, inplace editing, hooks, errors."""
import fileinput, os, sys, tempfile, gzip, io

tmp = tempfile.mkdtemp()
def mk(name, data, mode="w"):
    p = os.path.join(tmp, name)
    with open(p, mode) as f:
        f.write(data)
    return p
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

a = mk("a.txt", "one\ntwo\n")
b = mk("b.txt", "three")
e = mk("e.txt", "")

# FileInput methods before, during and after reading
fi = fileinput.FileInput([a, e, b])
print(fi.filename(), fi.lineno(), fi.filelineno(), fi.fileno(), fi.isfirstline(), fi.isstdin())
print(repr(fi.readline()), os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline())
rest = list(fi)
print(rest, os.path.basename(fi.filename()), fi.lineno(), fi.filelineno())
print(repr(fi.readline()), repr(fi.readline()), fi.fileno())
fi.close()
print(fi.lineno(), list(fi))

# binary mode, readline at the end gives b''
with fileinput.FileInput((a, b), mode="rb") as fb:
    print([ln for ln in fb], repr(fb.readline()))
show("bad mode", lambda: fileinput.FileInput(a, mode="w"))
show("bad mode U", lambda: fileinput.FileInput(a, mode="rU"))
show("hook + inplace", lambda: fileinput.FileInput(a, inplace=True, openhook=open))
show("hook not callable", lambda: fileinput.FileInput(a, openhook="x"))
try:
    list(fileinput.FileInput([os.path.join(tmp, "nope.txt")]))
except OSError as exc:
    print("missing file", type(exc).__name__, exc.errno, os.path.basename(exc.filename))

# str, PathLike, list, tuple, empty list (stdin)
import pathlib
print(len(list(fileinput.FileInput(a))), len(list(fileinput.FileInput(pathlib.Path(a)))),
      len(list(fileinput.FileInput([pathlib.Path(a), b]))))
old_stdin = sys.stdin
sys.stdin = io.StringIO("s1\ns2\n")
with fileinput.input([]) as f:
    for line in f:
        print(repr(line), f.filename(), f.isstdin(), f.lineno())
sys.stdin = io.StringIO("x\n")
with fileinput.FileInput(["-", a]) as f:
    print([(ln, f.filename() if f.isstdin() else os.path.basename(f.filename())) for ln in f])
sys.stdin = old_stdin

# module-level state
show("no input", fileinput.filename)
show("no input nextfile", fileinput.nextfile)
for fn in (fileinput.lineno, fileinput.filelineno, fileinput.fileno, fileinput.isfirstline, fileinput.isstdin):
    show(fn.__name__, fn)
it = fileinput.input([a, b])
print(next(it), fileinput.lineno())
show("already", lambda: fileinput.input([a]))
fileinput.nextfile()
print(repr(next(it)), os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline())
fileinput.close()
fileinput.close()
it = fileinput.input([a])
list(it)
it2 = fileinput.input([b])   # allowed: the previous one has no open file
print(list(it2))
fileinput.close()

# inplace editing, with and without a backup
c = mk("c.txt", "alpha\nbeta\ngamma\n")
os.chmod(c, 0o640)
for line in fileinput.input(c, inplace=True):
    if "beta" in line:
        continue
    print(line.upper(), end="")
print("after:", open(c).read().split(), oct(os.stat(c).st_mode & 0o777), sorted(os.listdir(tmp)))
for line in fileinput.input([c], inplace=True, backup=".orig"):
    sys.stdout.write(str(fileinput.filelineno()) + ":" + line)
fileinput.close()
print("after2:", open(c).read().split(), open(c + ".orig").read().split(), sys.stdout is sys.__stdout__)
with fileinput.FileInput(c, inplace=True, mode="rb") as f:
    for line in f:
        sys.stdout.write(line.lower())
print("after3:", open(c).read().split())

# hooks
u = mk("u.txt", "caf\xe9\n".encode("latin-1"), "wb")
print(list(fileinput.FileInput(u, openhook=fileinput.hook_encoded("latin-1"))))
print(list(fileinput.FileInput(u, openhook=fileinput.hook_encoded("ascii", "replace"))))
print(list(fileinput.FileInput(u, encoding="latin-1")))
print(list(fileinput.FileInput(u, encoding="utf-8", errors="replace")))
show("decode error", lambda: list(fileinput.FileInput(u, encoding="ascii")))
g = os.path.join(tmp, "z.gz")
with gzip.open(g, "wb") as f:
    f.write(b"zipped\nlines\n")
print(list(fileinput.FileInput(g, openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput(g, mode="rb", openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput(a, openhook=fileinput.hook_compressed)))
seen = []
def myhook(name, mode, **kw):
    seen.append((os.path.basename(name), mode, sorted(kw.items())))
    return open(name, mode, **kw)
list(fileinput.FileInput(a, openhook=myhook))
list(fileinput.FileInput(a, openhook=myhook, encoding="utf-8"))
print(seen)
print(fileinput.FileInput[str], sorted(fileinput.__all__))
fi = fileinput.FileInput([a])
next(fi)
fi.nextfile()
print(fi.fileno(), fi.lineno(), fi.filelineno(), fi.isfirstline())
for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
