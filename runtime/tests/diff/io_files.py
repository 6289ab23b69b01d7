import os, io

# Each run works in its own directory (test runs may overlap), under a relative
# name so that the paths printed do not vary.
os.makedirs("/tmp/ember_io_files_%d" % os.getpid(), exist_ok=True)
os.chdir("/tmp/ember_io_files_%d" % os.getpid())
D = "ember_io_files_test"
if os.path.exists(D):
    for n in os.listdir(D):
        os.remove(os.path.join(D, n))
    os.rmdir(D)
os.mkdir(D)
P = os.path.join(D, "a.txt")

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with open(P, "w") as f:
    print(type(f).__name__, f.mode, f.name == P, f.encoding, f.closed)
    print(f.write("hello\nworld\n"))
    f.writelines(["a\n", "b\n", "ünï\n"])
    print("x", 1, 2.5, file=f)
    print(f.tell())
print(f.closed)
show("write closed", lambda: f.write("x"))

with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(repr(f.read(3)), repr(f.read(2)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(P) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(P) as f:
    print(f.readlines())
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    show("seek cur", lambda: f.seek(1, 1))
    show("seek end", lambda: f.seek(1, 2))
    show("write r", lambda: f.write("x"))
    print(f.readable(), f.writable(), f.seekable())

with open(P, "a") as f:
    f.write("appended\n")
with open(P, "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read()
    print(data)
    f.seek(0)
    print(f.read(4), f.readline(), f.tell())
    show("write rb", lambda: f.write(b"x"))
with open(P, "wb") as f:
    print(f.write(b"ab\r\ncd\ref\ngh"))
    show("write str", lambda: f.write("x"))
with open(P) as f:
    print(repr(f.read()), f.newlines)
with open(P, newline="") as f:
    print(f.readlines())
with open(P, newline="\r") as f:
    print(f.readlines())
with open(P, "rb") as f:
    print(f.readlines())
with open(P, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("ZZ")
with open(P) as f:
    print(repr(f.read()))
with open(P, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café\n"))
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(repr(f.read()))
show("decode", lambda: open(P, encoding="utf-8").read())
show("ascii", lambda: open(P, "w", encoding="ascii").write("é"))
with open(P, "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
print(open(P).read())

f = open(P, "w")
f.write("not closed explicitly")
del f
print(open(P).read())

# big file with multibyte chars across chunk boundaries
with open(P, "w") as f:
    for i in range(3000):
        f.write("línea %d €\r\n" % i)
with open(P) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], all(l.endswith("€\n") for l in lines))
with open(P) as f:
    s = f.read()
print(len(s), s.count("\n"))
with open(P) as f:
    n = 0
    while True:
        c = f.read(7)
        if not c:
            break
        n += len(c)
print(n)

show("notfound", lambda: open(os.path.join(D, "nope")))
show("isdir", lambda: open(D))
show("x exists", lambda: open(P, "x"))
show("mode", lambda: open(P, "rw"))
show("mode2", lambda: open(P, "z"))
show("mode3", lambda: open(P, "rbt"))
show("mode4", lambda: open(P, "+"))
show("benc", lambda: open(P, "rb", encoding="utf-8"))
show("berr", lambda: open(P, "rb", errors="strict"))
show("bnl", lambda: open(P, "rb", newline=""))
show("nl", lambda: open(P, newline="x"))
show("unbuf", lambda: open(P, buffering=0))
show("enc", lambda: open(P, encoding="nope-enc"))
show("type", lambda: open(1.5))
show("type2", lambda: open(None))
with open(os.path.join(D, "new"), "x") as f:
    f.write("new")
print(open(os.path.join(D, "new")).read())
with open(P, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"raw"))
print(open(P, "rb").read())
print(isinstance(open(P), io.TextIOWrapper), isinstance(open(P), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

for n in os.listdir(D):
    os.remove(os.path.join(D, n))
os.rmdir(D)
os.chdir("/")
os.rmdir("/tmp/ember_io_files_%d" % os.getpid())
