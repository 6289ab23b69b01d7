# tempfile: temporary files and directories (names are checked, never printed).
import os
import stat
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdirb() == os.fsencode(tmp))

fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith("tmp"),
      os.path.dirname(path) == tmp, oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"data")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.unlink(path)

fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_", text=True)
name = os.path.basename(path)
print(name.startswith("pre_"), name.endswith(".txt"), len(name) == len("pre_") + 8 + len(".txt"))
os.close(fd)
os.unlink(path)

fd, bpath = tempfile.mkstemp(prefix=b"bb")
print(type(bpath).__name__, os.path.basename(bpath).startswith(b"bb"))
os.close(fd)
os.unlink(bpath)
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print(type(e).__name__, e)

d = tempfile.mkdtemp(prefix="dir_", suffix="_x")
print(os.path.isdir(d), os.path.basename(d).startswith("dir_"), d.endswith("_x"),
      oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, inner = tempfile.mkstemp(dir=d)
os.close(fd)
print(os.path.dirname(inner) == d, os.listdir(d) == [os.path.basename(inner)])
os.unlink(inner)
os.rmdir(d)

with tempfile.NamedTemporaryFile() as f:
    print(os.path.exists(f.name), f.mode, f.write(b"hello"), f.closed)
    f.seek(0)
    print(f.read(), f.tell())
    keep = f.name
print(os.path.exists(keep), f.closed)

with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False) as f:
    f.write("line1\nline2\n")
    f.flush()
    f.seek(0)
    print([l for l in f], f.name.endswith(".log"))
    kept = f.name
print(os.path.exists(kept))
with open(kept) as f:
    print(f.read().split())
os.unlink(kept)

nf = tempfile.NamedTemporaryFile(mode="w")
nm = nf.name
nf.write("x")
nf.close()
print(os.path.exists(nm), nf.closed)

with tempfile.TemporaryFile() as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("text mode")
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory() as dname:
    print(os.path.isdir(dname))
    os.makedirs(os.path.join(dname, "a", "b"))
    with open(os.path.join(dname, "a", "b", "f.txt"), "w") as f:
        f.write("x")
    with open(os.path.join(dname, "top.txt"), "w") as f:
        f.write("y")
    print(sorted(os.listdir(dname)))
print(os.path.exists(dname))
td = tempfile.TemporaryDirectory(prefix="keep")
print(repr(td).startswith("<TemporaryDirectory '"), os.path.basename(td.name).startswith("keep"))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))

sp = tempfile.SpooledTemporaryFile(max_size=10)
sp.write(b"small")
print(sp._rolled, sp.tell())
sp.write(b" and now much larger")
print(sp._rolled)
sp.seek(0)
print(sp.read())
sp.close()
print(sp.closed)
with tempfile.SpooledTemporaryFile(mode="w+") as sp2:
    sp2.write("text")
    sp2.seek(0)
    print(sp2.read())
name = tempfile.mktemp(prefix="mk")
print(os.path.exists(name), os.path.basename(name).startswith("mk"))
import gc

print("--- cleanup of unreferenced objects")
f = tempfile.NamedTemporaryFile()
n = f.name
print(os.path.exists(n))
del f
gc.collect()
print(os.path.exists(n))
d = tempfile.TemporaryDirectory()
dn = d.name
open(os.path.join(dn, "x"), "w").close()
del d
gc.collect()
print(os.path.exists(dn))
def use():
    with tempfile.NamedTemporaryFile("w", delete=False) as g:
        g.write("k")
    return g.name
k = use()
gc.collect()
print(os.path.exists(k))
os.unlink(k)
