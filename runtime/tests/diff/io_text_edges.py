import os, io

# Each run works in its own directory (test runs may overlap), under a relative
# name so that the paths printed do not vary.
os.makedirs("/tmp/ember_io_text_edges_%d" % os.getpid(), exist_ok=True)
os.chdir("/tmp/ember_io_text_edges_%d" % os.getpid())
D = "ember_io_text_edges_test"
if os.path.exists(D):
    for n in os.listdir(D):
        os.remove(os.path.join(D, n))
    os.rmdir(D)
os.mkdir(D)
P = os.path.join(D, "t.txt")

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with open(P, "wb") as f:
    f.write("one\r\ntwo\rthree\nfour é\r\n\r\nlast".encode())
with open(P) as f:
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        here = f.tell()
        f.seek(pos)
        print(repr(line), f.readline() == line, f.tell() == here)
    print(f.newlines)
with open(P) as f:
    print(repr(f.readline(2)), repr(f.readline(2)), repr(f.readline(10)))
    print(repr(f.read(4)), f.tell())
    p = f.tell()
    a = f.read(5)
    f.seek(p)
    print(a == f.read(5), repr(a))
with open(P, "r+") as f:
    print(repr(f.readline()))
    f.write("XY")
with open(P, "rb") as f:
    print(f.read())
with open(P, "a+") as f:
    print(f.tell())
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
with open(P, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines())
    print(f.buffer, f.buffer.raw, f.fileno() > 2, f.isatty())
with open(P, "rb") as f:
    print(f.readline(2), f.peek()[:3], f.read1(2), f.tell())
with open(P, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(P, newline="\n") as f:
    print(f.readlines())
fd = os.open(P, os.O_RDONLY)
with open(fd, closefd=True) as f:
    print(f.name == fd, repr(f.read()))
show("closed fd", lambda: os.read(fd, 1))
f = open(P)
f.close()
f.close()
show("read closed", lambda: f.read())
show("readline closed", lambda: f.readline())
show("iter closed", lambda: next(iter(f)))
show("with closed", lambda: f.__enter__())
show("read arg", lambda: open(P).read("x"))
w = open(P, "w")
show("read w", lambda: w.read())
w.close()
show("write closed w", lambda: w.write("x"))
show("writelines", lambda: open(P, "w").writelines([1]))

for n in os.listdir(D):
    os.remove(os.path.join(D, n))
os.rmdir(D)
os.chdir("/")
os.rmdir("/tmp/ember_io_text_edges_%d" % os.getpid())
