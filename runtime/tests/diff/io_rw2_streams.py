import io, os, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = tempfile.mkdtemp()
fn = os.path.join(d, "t.txt")
with open(fn, "w") as f:
    f.write("one\ntwo\nthree\n")
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
    print(f.buffer.readable(), f.buffer.writable(), f.buffer.seekable(), f.buffer.isatty())
    print(f.buffer.fileno() == f.fileno())
with open(fn) as f:
    print(list(f))
    show("seek cur", lambda: f.seek(1, 1))
    show("seek end", lambda: f.seek(-1, 2))
    show("seek bad whence", lambda: f.seek(0, 7))
    show("seek neg", lambda: f.seek(-3))
    show("seek 0 cur", lambda: f.seek(0, 1))
    show("seek 0 end", lambda: f.seek(0, 2))
    show("seek 4", lambda: f.seek(4))
    print(repr(f.readline()))
    show("tell", f.tell)
with open(fn, "r+") as f:
    f.readline()
    show("truncate none", f.truncate)
    show("truncate 2", lambda: f.truncate(2))
with open(fn, "rb") as f:
    print(f.read())
show("unbuffered text", lambda: open(fn, "r", buffering=0))
with open(fn, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.read())
print(list(open(fn, "rb")))

class Boom(io.BytesIO):
    def flush(self):
        raise OSError("flush failed")
b = Boom()
t = io.TextIOWrapper(b, encoding="utf-8")
show("close", t.close)
print(b.closed, t.closed)
t.close()

class BadRaw(io.RawIOBase):
    def writable(self): return True
    def write(self, b): raise OSError("no room")
bw = io.BufferedWriter(BadRaw())
bw.write(b"abc")
show("buffered close", bw.close)
print(bw.closed)

bio = io.BytesIO(b"0123456789")
for args in ((3,), (2, 1), (-20, 1), (-2, 2), (5, 2), (-1, 0), (0, 3)):
    show("bseek", lambda: bio.seek(*args))
show("bread", bio.read)

dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), dec.getstate())
dec.setstate((b"", 0))
print(repr(dec.decode("\nb", final=True)), dec.newlines)
dec.setstate((b"", 1))
print(repr(dec.decode("\nc")), dec.newlines, dec.getstate())
import codecs
dec2 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=False)
print(repr(dec2.decode(b"x\r\n\xe2")), dec2.getstate())
st = dec2.getstate()
dec2.reset()
print(dec2.getstate(), dec2.newlines)
dec2.setstate(st)
print(repr(dec2.decode(b"\x82\xac\r", final=True)), dec2.newlines)
sio = io.StringIO("a\nb\n")
print(next(sio), list(sio))
show("next end", lambda: next(sio))
for p in (None, 2, 20):
    with open(fn, "w") as f:
        f.write("one\ntwo\nthree\n")
    with open(fn, "r+") as f:
        f.readline()
        print(f.truncate(p), repr(f.read()), f.tell())
    with open(fn) as f:
        print(repr(f.read()))
os.remove(fn)
os.rmdir(d)
