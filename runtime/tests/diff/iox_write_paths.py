# Many small writes into memory buffers and files, checked against positions and
# the final contents, with reads, seeks and exports mixed in.
import io
import os
import tempfile

b = io.BytesIO()
for i in range(500):
    b.write(b"k%d=" % i)
    b.write(bytearray(b"v"))
    b.write(memoryview(b"\n"))
print(b.tell(), len(b.getvalue()), b.getvalue()[:20])
b.write(b"more")
print(b.tell(), b.getvalue()[-8:])
b.seek(3)
print(b.write(b"XYZ"), b.tell(), b.getvalue()[:10])
b.seek(0, 2)
b.write(b"end")
print(b.tell(), b.read(), b.getvalue()[-7:])
b.seek(b.tell() + 4)
b.write(b"gap")
print(b.getvalue()[-12:], b.tell())
b.truncate(10)
print(b.getvalue(), b.tell())
b.write(b"!")
print(b.getvalue(), b.tell())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
view = b.getbuffer()
view[0:2] = b"KK"
view.release()
b.write(b"grow")
print(b.getvalue())
b.seek(0)
b.write(b"ab")
b.write(b"cd")
print(b.tell(), b.read(3), b.getvalue())

# StringIO: appends, then a look at the position, then more appends
s = io.StringIO()
parts = []
for i in range(300):
    piece = "%d;" % (i * i)
    s.write(piece)
    parts.append(piece)
    if i % 97 == 0:
        print("at", i, s.tell())
print(s.getvalue() == "".join(parts), s.tell())
s.seek(5)
s.write("____")
print(s.getvalue()[:16], s.tell())
s.seek(0, 2)
s.write("Z")
print(s.getvalue()[-5:], s.tell(), s.read())
s.truncate(8)
s.write("+")
print(repr(s.getvalue()), s.tell())
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    t.write("\n")
    print(repr(nl), repr(t.getvalue()), t.tell())

# text files: encodings, error handlers, line buffering, read-back
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "w.txt")
for enc, errors in (("utf-8", None), ("latin-1", "replace"), ("ascii", "xmlcharrefreplace"),
                    ("ascii", "backslashreplace")):
    with open(p, "w", encoding=enc, errors=errors) as f:
        for word in ("plain", "café", "€uro", "line\n"):
            f.write(word)
    with open(p, "rb") as f:
        print(enc, errors, f.read())
with open(p, "w", encoding="ascii") as f:
    f.write("fine")
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.start, e.end, e.reason)
    f.write("!")
with open(p, encoding="ascii") as f:
    print(f.read())

with open(p, "w+", encoding="utf-8") as f:
    for i in range(1000):
        f.write("r%d\n" % i)
    print(f.tell())
    f.seek(0)
    print(f.readline(), f.readline())
    f.seek(0, 2)
    f.write("last\n")
    f.seek(0)
    print(len(f.read().splitlines()))
with open(p, "r+", encoding="utf-8") as f:
    f.write("R0")
    f.flush()
    f.seek(0)
    print(f.readline(), f.read(4))
with open(p, "a", encoding="utf-8", buffering=1) as f:
    f.write("appended\nno newline")
    with open(p, "rb") as g:
        print(g.read()[-20:])
with open(p, "rb") as g:
    print(g.read()[-20:])
f = open(p, "w", encoding="utf-8")
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
os.remove(p)
os.rmdir(tmp)
