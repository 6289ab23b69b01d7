# codecs: registry, CodecInfo, incremental and stream coders, files, error handlers.
import codecs
import io
import os
import tempfile


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print("boms", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16,
      codecs.BOM_UTF32, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)

for name in ("utf-8", "UTF8", "latin_1", "Latin-1", "ascii", "utf-16", "utf_32_be", "utf-8-sig", "cp1252", "rot13", "hex"):
    ci = codecs.lookup(name)
    print("lookup", name, ci.name, isinstance(ci, tuple), len(ci), ci._is_text_encoding,
          ci[0] is ci.encode, ci[1] is ci.decode, ci[2] is ci.streamreader, ci[3] is ci.streamwriter,
          ci.incrementalencoder.__name__, ci.incrementaldecoder.__name__,
          ci.streamreader.__name__, ci.streamwriter.__name__)
show("lookup bad", codecs.lookup, "no-such-codec")
show("lookup type", codecs.lookup, 5)
print("getters", codecs.getencoder("utf-8")("h\xe9"), codecs.getdecoder("latin-1")(b"h\xe9"))
show("getincenc bad", codecs.getincrementalencoder, "nope")
show("getreader bad", codecs.getreader, "nope")

ci = codecs.CodecInfo(lambda s, e="strict": (s.upper(), len(s)), lambda b, e="strict": (b.lower(), len(b)), name="shout")
print("codecinfo", ci.name, ci.streamreader, ci.incrementalencoder, ci._is_text_encoding, repr(ci).startswith("<codecs.CodecInfo object for encoding shout at 0x"))
ci2 = codecs.CodecInfo(None, None, name="x", _is_text_encoding=False)
print("codecinfo2", ci2._is_text_encoding, tuple(ci2))


def search(name):
    if name == "shout_codec":
        return ci
    return None


codecs.register(search)
print("registered", codecs.lookup("shout_codec") is ci, codecs.encode("abc", "shout_codec"), codecs.decode("XyZ", "shout_codec"))
print("lookup space", codecs.lookup("Shout Codec") is ci)
codecs.unregister(search)
show("after unregister", codecs.lookup, "shout_codec")
show("register noncallable", codecs.register, 3)

# encode/decode module functions
print("encode", codecs.encode("h\xe9llo", "utf-16-le"), codecs.encode("abc"), codecs.decode(b"\xc3\xa9"))
print("rot13", codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print("hex", codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex_codec"), codecs.decode("0aFF", "hex"))
print("base64", codecs.encode(b"hello world", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
show("hex odd", codecs.decode, b"abc", "hex")
show("b64 str", codecs.encode, "text", "base64")
show("utf8 bad", codecs.decode, b"\xff", "utf-8")
show("ascii bad", codecs.encode, "\xe9", "ascii")
show("encode type", codecs.encode, "x", 3)
show("decode errors type", codecs.decode, b"x", "utf-8", 3)
print("replace", codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.encode("a\xe9b", "ascii", "replace"))
print("ignore", codecs.decode(b"a\xffb", "ascii", "ignore"), codecs.encode("a\u20acb", "latin-1", "ignore"))
print("backslash", codecs.encode("a\u20ac\U0001f600", "ascii", "backslashreplace"), codecs.decode(b"a\xff", "ascii", "backslashreplace"))
print("xmlref", codecs.encode("a\u20acb", "ascii", "xmlcharrefreplace"))

# error handler registry
print("lookup_error", codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("ignore") is codecs.ignore_errors,
      codecs.lookup_error("replace") is codecs.replace_errors, codecs.lookup_error("backslashreplace") is codecs.backslashreplace_errors)
show("lookup_error bad", codecs.lookup_error, "nonexistent")
show("register_error bad", codecs.register_error, "x", 5)


def star(exc):
    return ("*" * (exc.end - exc.start), exc.end)


codecs.register_error("h9star", star)
print("custom", codecs.encode("a\xe9\xe8b", "ascii", "h9star"), codecs.decode(b"a\xff\xfeb", "ascii", "h9star"))
print("custom lookup", codecs.lookup_error("h9star") is star)
e = UnicodeEncodeError("ascii", "ab\xe9c", 2, 3, "nope")
print("handlers enc", codecs.ignore_errors(e), codecs.replace_errors(e), codecs.backslashreplace_errors(e), codecs.xmlcharrefreplace_errors(e))
d = UnicodeDecodeError("utf-8", b"ab\xff\xfec", 2, 4, "bad")
print("handlers dec", codecs.ignore_errors(d), codecs.replace_errors(d), codecs.backslashreplace_errors(d))
t = UnicodeTranslateError("ab\u20acc", 2, 3, "tr")
print("handlers tr", codecs.ignore_errors(t), codecs.replace_errors(t), codecs.backslashreplace_errors(t))
show("xmlref dec", codecs.xmlcharrefreplace_errors, d)
show("ignore bad", codecs.ignore_errors, ValueError("x"))
show("strict", codecs.strict_errors, e)
show("strict bad", codecs.strict_errors, "notexc")

# incremental coders
for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "latin-1"):
    text = "a\xe9\u20ac\U0001f600z" if enc != "latin-1" else "a\xe9z"
    ie = codecs.getincrementalencoder(enc)()
    chunks = [ie.encode(c) for c in text] + [ie.encode("", True)]
    data = b"".join(chunks)
    if enc != "latin-1":
        print("incenc", enc, chunks)
        idec = codecs.getincrementaldecoder(enc)()
        out = [idec.decode(data[i:i + 1]) for i in range(len(data))] + [idec.decode(b"", True)]
        print("incdec", enc, out, idec.getstate())
        idec.reset()
        print("  reset", idec.decode(data, True))
    print("iterencode", enc, list(codecs.iterencode(iter(["ab", "", "c"]), enc)))
    blob = codecs.encode(text, enc)
    print("iterdecode", enc, list(codecs.iterdecode(iter([blob[i:i + 3] for i in range(0, len(blob), 3)]), enc)))
d8 = codecs.getincrementaldecoder("utf-8")()
print("partial", repr(d8.decode(b"\xe2\x82")), d8.getstate(), repr(d8.decode(b"\xac")))
show("partial final", codecs.getincrementaldecoder("utf-8")().decode, b"\xe2\x82", True)
e16 = codecs.getincrementalencoder("utf-16")()
print("utf16 state", e16.getstate(), e16.encode("a"), e16.getstate())
e16.setstate(2)
print("utf16 setstate", e16.encode("b"))
e16.reset()
print("utf16 reset", e16.encode("c"))


class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        # keep a trailing '!' until more text or the end arrives
        if input.endswith("!") and not final:
            return input[:-1].upper().encode(), len(input) - 1
        return input.upper().encode(), len(input)


u = Upper()
print("buffered enc", u.encode("ab!"), u.getstate(), u.encode("c"), u.encode("d!"), u.encode("", True))
u.setstate("zz")
print("buffered setstate", u.buffer, u.encode("y"))
u.reset()
print("buffered reset", repr(u.buffer), u.getstate())


class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) - len(input) % 2
        return input[:n].hex(), n


p = Pairs()
print("buffered dec", p.decode(b"abc"), p.getstate(), p.decode(b"d"), p.decode(b"e", True))
p.setstate((b"x", 0))
print("buffered dec setstate", p.buffer, p.decode(b"y"))
base = codecs.IncrementalDecoder()
print("base incdec", base.getstate(), base.errors, base.reset(), base.setstate(None))
base_e = codecs.IncrementalEncoder("ignore")
print("base incenc", base_e.getstate(), base_e.errors, base_e.reset(), base_e.setstate(0))
show("base encode", base_e.encode, "x")
show("base decode", base.decode, b"x")
show("codec encode", codecs.Codec().encode, "x")
show("codec decode", codecs.Codec().decode, b"x")

# stream writer / reader
for enc in ("utf-8", "utf-16", "utf-8-sig", "latin-1"):
    raw = io.BytesIO()
    w = codecs.getwriter(enc)(raw)
    w.write("line one\n")
    w.writelines(["l\xe9ne two\r\n", "three\rfour\n", "\u20ac" if enc != "latin-1" else "x", "\n", "last"])
    print("writer", enc, raw.getvalue())
    raw.seek(0)
    r = codecs.getreader(enc)(raw)
    print("readline", enc, [r.readline() for _ in range(6)])
    raw.seek(0)
    r = codecs.getreader(enc)(raw)
    print("readlines", enc, r.readlines())
    raw.seek(0)
    r = codecs.getreader(enc)(raw)
    print("iter", enc, list(r))
    raw.seek(0)
    r = codecs.getreader(enc)(raw)
    print("read sizes", enc, r.read(3), r.read(chars=4), r.readline(keepends=False), r.read())
    raw.seek(0)
    r = codecs.getreader(enc)(raw)
    print("readline size", enc, r.readline(5), r.readline(size=100), r.readline(keepends=False))
    r.seek(0)
    print("after seek", enc, r.read(4))

raw = io.BytesIO("ab\xe9\n".encode("utf-8") + b"\xff\n")
r = codecs.getreader("utf-8")(raw)
show("one line then bad", r.readline)
raw = io.BytesIO("ab\xe9\ncd\n".encode("utf-8") + b"\xff\n")
r = codecs.getreader("utf-8")(raw)
show("good line", r.readline)
show("good line2", r.readline)
show("bad line", r.readline)
raw = io.BytesIO(b"x\xffy")
show("bad read", codecs.getreader("utf-8")(raw).read)
print("replace read", codecs.getreader("utf-8")(io.BytesIO(b"x\xffy"), "replace").read())
r = codecs.getreader("latin-1")(io.BytesIO(b"abc"))
print("getattr", r.getvalue(), r.errors, r.stream.tell())
with codecs.getwriter("utf-8")(io.BytesIO()) as w:
    w.write("x")
    print("with", w.getvalue())
print("closed", w.closed)

# StreamReaderWriter / StreamRecoder / EncodedFile
raw = io.BytesIO()
info = codecs.lookup("utf-16-le")
srw = codecs.StreamReaderWriter(raw, info.streamreader, info.streamwriter)
srw.write("h\xe9\n")
srw.writelines(["x", "y\n"])
print("srw", raw.getvalue(), srw.encoding)
srw.seek(0)
print("srw read", srw.readline(), srw.read(), srw.readlines())
srw.seek(0)
print("srw iter", list(srw), srw.reset())
rec = codecs.EncodedFile(io.BytesIO("caf\xe9\nbar\n".encode("latin-1")), "utf-8", "latin-1")
print("recoder", rec.data_encoding, rec.file_encoding, rec.readline(), rec.read())
rec = codecs.EncodedFile(io.BytesIO("caf\xe9\nbar\n".encode("latin-1")), "utf-8", "latin-1")
print("recoder lines", rec.readlines())
out = io.BytesIO()
rec = codecs.EncodedFile(out, "utf-8", "utf-16-le")
rec.write("\xe9t\xe9".encode("utf-8"))
rec.writelines([b"a", b"b"])
print("recoder write", out.getvalue())
rec2 = codecs.EncodedFile(io.BytesIO(b"abc"), "latin-1")
print("recoder same", rec2.file_encoding, rec2.read(2))
print("recoder attrs", codecs.StreamRecoder.data_encoding, codecs.StreamRecoder.file_encoding, codecs.StreamReaderWriter.encoding)

# codecs.open
d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")
with codecs.open(path, "w", encoding="utf-8") as f:
    print("open w", type(f).__name__, f.encoding, f.mode if hasattr(f, "mode") else None)
    f.write("\u00fcber\nzwei\n")
with codecs.open(path, "r", "utf-8") as f:
    print("open r", f.readlines())
with codecs.open(path, "rb") as f:
    print("open raw", type(f).__name__, f.read())
with codecs.open(path, "a", encoding="latin-1") as f:
    f.write("\xe9")
with codecs.open(path, encoding="latin-1") as f:
    print("open mixed", f.read())
show("open bad enc", codecs.open, path, "r", "nope")
os.remove(path)
os.rmdir(d)

print("identity", codecs.make_identity_dict(range(3)))
print("encmap", codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))
print("names", [n for n in codecs.__all__ if not hasattr(codecs, n)])
print("all", sorted(codecs.__all__))
