# io.text_encoding, io.open_code, io.BlockingIOError and io.IncrementalNewlineDecoder.
import io, sys
print(io.text_encoding(None), io.text_encoding("latin-1"), io.BlockingIOError is BlockingIOError, sys.flags.utf8_mode, sys.flags.warn_default_encoding)
with io.open_code(__file__) as f:
    print(f.read(10), type(f).__name__)
try:
    io.open_code(5)
except TypeError as e:
    print("TypeError:", e)
import codecs
for translate in (False, True):
    d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate)
    parts = [d.decode(b) for b in [b"a\r", b"\nb\r", b"c\xc3", b"\xa9\n", b"\r"]] + [d.decode(b"", final=True)]
    print(translate, parts, d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("x\r")), d.getstate(), repr(d.decode("\ny\r\rz")), d.newlines)
d.setstate((b"", 1)); print(repr(d.decode("q", final=True)))
d.reset(); print(d.newlines, d.getstate(), type(d).__module__ if False else "")
try:
    io.IncrementalNewlineDecoder(None, False).decode(b"bytes")
except TypeError as e:
    print("TypeError:", e)
