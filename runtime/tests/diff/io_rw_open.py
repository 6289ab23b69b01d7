# io: open()'s modes and argument checks in order, the stream classes each mode gives, forwarded properties, iteration, IncrementalNewlineDecoder states.
import io, os, tempfile, warnings, codecs
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
try:
    with open(p, "w", newline="") as f:
        print(type(f).__name__, f.mode, f.name == p, f.encoding, f.errors, f.line_buffering, f.write_through, f.closed, f.buffer.mode, f.buffer.closed, f.buffer.name == p)
        f.write("a\r\nb\rc\nd")
    print(f.closed, f.buffer.closed)
    with open(p, newline=None) as f:
        print([l for l in f], f.newlines)
    with open(p, "rb") as f:
        print(list(f), f.mode, f.readable(), f.writable(), f.seekable(), f.raw.mode)
    with open(p, "r+b") as f:
        print(type(f).__name__, f.mode)
    with open(p, "ab") as f:
        print(type(f).__name__, f.mode)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(2))
    os.remove(p)
    with open(p, "x") as f:
        print(type(f).__name__, f.mode)
    for mode, kw in [("rw", {}), ("rr", {}), ("rbt", {}), ("", {}), ("+", {}), ("rU", {}), ("q", {}), ("rb", {"encoding": "utf-8"}), ("rb", {"errors": "strict"}), ("rb", {"newline": ""}), ("r", {"newline": "x"}), ("r", {"newline": 5}), ("r", {"buffering": 0}), (5, {}), ("r", {"encoding": 5}), ("r", {"encoding": "nope-codec"}), ("wx", {})]:
        try:
            open(p, mode, **kw).close()
            print(mode, kw, "ok")
        except (ValueError, TypeError, LookupError) as e:
            print(repr(mode), kw, type(e).__name__, e)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        open(p, "rb", buffering=1).close()
        print(w[0].category.__name__, w[0].message, os.path.basename(w[0].filename))
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
s = io.StringIO("x\ny\nz")
print(list(s), next(iter(io.StringIO("one\n"))), list(io.BytesIO(b"a\nb")))
try:
    next(io.StringIO(""))
except StopIteration:
    print("StopIteration")
t = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\n"), encoding="ascii")
print(list(t), t.newlines, t.encoding, t.errors, repr(t)[:20])
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
for translate in (True, False):
    dec = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate)
    out = [dec.decode(b) for b in (b"a\r", b"\nb\r", b"c\r\n", b"\xc3", b"\xa9\r")] + [dec.decode(b"", final=True)]
    print(out, dec.newlines, dec.getstate())
    dec.setstate((b"", 1)); print(dec.getstate(), dec.decode(b"x")); dec.reset(); print(dec.newlines, dec.getstate())
plain = io.IncrementalNewlineDecoder(None, True)
print(plain.decode("p\r"), plain.getstate(), plain.decode("", final=True), plain.newlines)
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print(e)
