# gzip.GzipFile and gzip.open on files in a temporary directory: binary and text modes,
# appends (several members), fixed mtimes (byte-identical files), line reading,
# read1/peek/seek/tell, file objects, and the errors of misuse and bad files.
import gzip
import io
import os
import tempfile
import zlib

tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


def dump(name):
    with open(path(name), "rb") as f:
        data = f.read()
    if len(data) <= 80:
        print(name, len(data), data.hex())
    else:
        print(name, len(data), data[:16].hex(), hex(zlib.crc32(data)))


lines = [b"line %03d %s\n" % (i, b"=" * (i % 13)) for i in range(300)]

with gzip.GzipFile(path("a.txt.gz"), "wb", mtime=1000) as f:
    print(f.write(b"".join(lines[:100])), f.name.endswith("a.txt.gz"), f.mode)
    print(f.write(bytearray(b"more")), f.write(memoryview(b"and more\n")), f.write(b""))
    print(f.tell(), f.writable(), f.readable(), f.seekable(), f.closed)
print(f.closed)
dump("a.txt.gz")

with gzip.GzipFile(path("b.gz"), "wb", compresslevel=1, mtime=2000) as f:
    for line in lines:
        f.write(line)
dump("b.gz")
with gzip.GzipFile(path("c"), "w", 0, mtime=3) as f:
    f.write(b"stored " * 100)
dump("c")
with gzip.open(path("d.gz"), "wb", compresslevel=6) as f:
    pass
with open(path("d.gz"), "rb") as raw:
    data = raw.read()
print(len(data), data[:4].hex(), data[8:].hex())

# Reading back.
with gzip.open(path("a.txt.gz")) as f:
    print(f.mtime, f.readable(), f.writable(), f.mode)
    print(f.readline())
    print(f.mtime, f.tell())
    print(f.read(20), f.tell())
    print(len(f.read()), f.tell(), f.read(), f.read(5))
with gzip.open(path("b.gz"), "rb") as f:
    got = list(f)
print(len(got), got == lines, got[-1])
with gzip.open(path("b.gz"), "rb") as f:
    print(f.readlines(60))
    print(f.readline(5), f.readline(0), f.readline(-1))
    print(len(f.peek(1)) > 0, f.read1(7), len(f.read1()) > 0)
    f.seek(0)
    print(f.tell(), f.read(9))
    f.seek(1000)
    print(f.tell(), f.read(10))
    f.seek(-10, 1)
    print(f.tell(), f.read(10))
    f.seek(100)
    print(f.tell(), f.readline())
    buf = bytearray(16)
    print(f.readinto(buf), bytes(buf))
    try:
        f.seek(0, 2)
    except ValueError as e:
        print("ValueError:", e)
    f.rewind()
    print(f.read(4))

# Appending makes a second member; reading goes through both.
with gzip.open(path("a.txt.gz"), "ab") as f:
    f.write(b"appended\n")
with gzip.open(path("a.txt.gz"), "rb") as f:
    text = f.read()
print(len(text), text[-20:])
with gzip.open(path("a.txt.gz"), "rb") as f:
    print(f.read(3), f.mtime)

# Text mode.
with gzip.open(path("t.gz"), "wt", encoding="utf-8") as f:
    print(f.write("héllo wörld\n"), f.write("second line\n"), f.encoding)
with gzip.open(path("t.gz"), "rt", encoding="utf-8") as f:
    print(f.readline(), f.read())
with gzip.open(path("t.gz"), "rb") as f:
    print(f.read())
with gzip.open(path("l.gz"), "wt", encoding="latin-1", newline="\r\n") as f:
    f.write("a\nb\n")
with gzip.open(path("l.gz"), "rb") as f:
    print(f.read())
with gzip.open(path("l.gz"), "rt", encoding="latin-1", newline="") as f:
    print(f.readlines())

with gzip.open(path("u.gz"), "wt") as f:
    f.write("default encoding\n")
with gzip.open(path("u.gz"), "rt") as f:
    print(repr(f.read()))

# File objects instead of names.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=77) as f:
    f.write(b"in memory")
print(buf.getvalue().hex(), buf.closed)
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
with gzip.GzipFile(filename="named.dat.gz", fileobj=io.BytesIO(), mode="wb", mtime=1) as f:
    f.write(b"x")
    print(f.fileobj.getvalue().hex())
buf = io.BytesIO()
with gzip.open(buf, "wb") as f:
    f.write(b"via open")
print(gzip.open(io.BytesIO(buf.getvalue())).read())
with open(path("h.gz"), "wb") as raw:
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=5) as f:
        f.write(b"through an open file")
    print(raw.closed)
dump("h.gz")
with gzip.GzipFile(path("s.gz"), "wb", mtime=1) as f:
    f.write(b"ab")
    f.flush()
    f.write(b"cd")
    f.seek(10)
    print(f.tell())
dump("s.gz")
print(gzip.open(path("s.gz")).read())


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


with open(path("bad.gz"), "wb") as raw:
    raw.write(b"this is not gzip data")
attempt("not gzip", lambda: gzip.open(path("bad.gz")).read())
good = gzip.compress(b"payload " * 40, mtime=1)
with open(path("trunc.gz"), "wb") as raw:
    raw.write(good[:-12])
attempt("truncated", lambda: gzip.open(path("trunc.gz")).read())
with open(path("crc.gz"), "wb") as raw:
    raw.write(good[:-8] + b"\x01\x02\x03\x04" + good[-4:])
attempt("bad crc", lambda: gzip.open(path("crc.gz")).read())
with open(path("junk.gz"), "wb") as raw:
    raw.write(good + b"\x00\x00" + b"junk")
attempt("junk after", lambda: gzip.open(path("junk.gz")).read())
with open(path("pad.gz"), "wb") as raw:
    raw.write(good + bytes(100))
attempt("zero padding", lambda: len(gzip.open(path("pad.gz")).read()))
attempt("empty file", lambda: gzip.open(path("empty"), "wb").close() or gzip.open(path("empty")).read())
attempt("mode rtb", lambda: gzip.open(path("x.gz"), "rtb"))
attempt("enc binary", lambda: gzip.open(path("x.gz"), "rb", encoding="utf-8"))
attempt("newline binary", lambda: gzip.open(path("x.gz"), "wb", newline="\n"))
attempt("bad filename", lambda: gzip.open(42))
attempt("mode t", lambda: gzip.GzipFile(path("x.gz"), "rt"))
attempt("mode z", lambda: gzip.GzipFile(path("x.gz"), "z"))
try:
    gzip.open(path("missing.gz"))
except FileNotFoundError as e:
    print("missing ->", e.errno, e.strerror)
w = gzip.open(path("w.gz"), "wb")
attempt("read on write", lambda: w.read())
attempt("rewind on write", lambda: w.rewind())
attempt("seek back", lambda: w.seek(0) if w.write(b"abc") else None)
w.close()
attempt("write closed", lambda: w.write(b"x"))
attempt("flush closed", lambda: w.flush())
r = gzip.open(path("w.gz"), "rb")
attempt("write on read", lambda: r.write(b"x"))
print(r.read())
r.close()
attempt("read closed", lambda: r.read())
w.close()
print(sorted(os.listdir(tmp))[:6])
for name in os.listdir(tmp):
    os.remove(path(name))
os.rmdir(tmp)
