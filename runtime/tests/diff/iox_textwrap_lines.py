# Text layered over binary buffers: decoding across chunk boundaries, universal
# newlines, tell()/seek() around iteration, and what happens when the buffer closes.
import io


def wrap(data, **kw):
    kw.setdefault("encoding", "utf-8")
    return io.TextIOWrapper(io.BytesIO(data), **kw)


# lines long enough that many of them straddle the 8 KiB decode chunks, with
# multi-byte characters right at the edges
rows = []
for i in range(1200):
    rows.append("r%04d|%s|%s" % (i, "é" * (i % 5), "€" * (i % 3)))
body = "\n".join(rows) + "\n"
raw = body.encode("utf-8")

f = wrap(raw)
got = list(f)
print(len(got), got[0], got[-1], got == [r + "\n" for r in rows])
print("newlines", f.newlines)

f = wrap(raw)
marks = []
while True:
    pos = f.tell()
    line = f.readline()
    if not line:
        break
    if len(marks) < 5 or line.startswith("r0999"):
        marks.append((pos, line[:5]))
print(marks)
f.seek(marks[-1][0])
print(repr(f.readline()), f.tell())

# tell() refuses during iteration, and comes back at the end, after seek or flush
f = wrap(raw)
next(f)
try:
    f.tell()
except OSError as e:
    print("OSError", e)
try:
    f.seek(0, 1)
except OSError as e:
    print("OSError", e)
f.readline()
try:
    f.tell()
except OSError as e:
    print("still", e)
f.seek(0)
print("after seek", f.tell(), repr(f.readline()))
for line in f:
    pass
print("after loop", f.tell())
f.seek(0)
print(len(f.readlines(100)))
try:
    f.tell()
except OSError as e:
    print("hint readlines", e)
f.seek(0)
print(len(f.readlines()), f.tell())

# every newline mode over the same mixed bytes, including a chunk-edge "\r\n"
mixed = (b"a" * 8191 + b"\r\nb\rc\r\nd\ne\x0bf\x1cg\xc2\x85h\n" + b"i\r") * 2 + b"tail"
for nl in (None, "", "\n", "\r", "\r\n"):
    f = wrap(mixed, newline=nl)
    lines = list(f)
    print(repr(nl), len(lines), [x[-12:] for x in lines], f.newlines)
    f.seek(0)
    f.readline()
    f.readline()
    print("   ", repr(f.read(6)), repr(f.readline(4)), f.tell())
    f.seek(0)
    print("   ", [len(x) for x in f.readlines()])

# other encodings and error handlers
latin = "café\nnaïve\n".encode("latin-1") + b"\xff\xfe\n"
print(list(wrap(latin, encoding="latin-1")))
broken = b"ok\n\xff\xfebad\nfine\n\xe2\x82"
for errors in ("replace", "ignore", "backslashreplace"):
    f = wrap(broken, errors=errors)
    print(errors, [ascii(x) for x in f])
try:
    list(wrap(broken))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end)

# closing or detaching the buffer below stops iteration
b = io.BytesIO(b"1\n2\n3\n4\n")
f = io.TextIOWrapper(b, encoding="ascii")
print(next(f))
b.close()
try:
    next(f)
except ValueError as e:
    print("ValueError", e)
f = wrap(b"1\n2\n3\n")
print(next(f))
below = f.detach()
print(below.tell() >= 2)
try:
    next(f)
except ValueError as e:
    print("ValueError", e)

# read sizes mixed with line reads
f = wrap("line one\r\nline two\rline three\nlast".encode(), newline=None)
print(repr(f.read(3)), repr(next(f)), repr(f.readline(5)), repr(f.read(1)), list(f), repr(f.read()))
print(f.newlines)


class Marked(io.TextIOWrapper):
    def readline(self, size=-1):
        line = super().readline(size)
        return line and "> " + line


print(list(Marked(io.BytesIO(b"u\nv\n"), encoding="ascii")))

# readline() keeps tell() usable; a next() in between does not
f = wrap(b"a\nb\nc\nd\n", encoding="ascii")
print(repr(f.readline()), f.tell(), repr(next(f)))
try:
    print(f.tell())
except OSError as e:
    print("OSError", e)
print(repr(f.readline()))
f.flush()
print(f.tell(), repr(next(f)))
