# codecs: registry lookups, one-shot/incremental/stream coders, error handlers, special codecs.
import codecs
import io
import os


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)

for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "latin1", "ISO-8859-1", "iso8859_1",
             "ascii", "US-ASCII", "646", "utf-16", "UTF-16LE", "utf_16_be", "utf-32",
             "utf-32-le", "UTF-32BE", "utf-8-sig", "rot13", "rot_13", "hex", "hex_codec",
             "base64", "base64_codec", "xyz", "utf 8", "Utf-8"]:
    try:
        info = codecs.lookup(name)
        print(name, "->", info.name, isinstance(info, tuple), len(info),
              info[0] is info.encode, info[1] is info.decode,
              callable(info.incrementalencoder), callable(info.incrementaldecoder),
              callable(info.streamreader), callable(info.streamwriter))
    except LookupError as e:
        print(name, "LookupError", e)

show("lookup int", codecs.lookup, 5)

text = "h\u00e9llo w\u00f6rld \u20ac \U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
            "utf-32-be", "utf-8-sig"]:
    b = codecs.encode(text, enc)
    print(enc, b, codecs.decode(b, enc) == text)
    e = codecs.getencoder(enc)
    d = codecs.getdecoder(enc)
    print(" ", e(text)[1], d(b)[1], d(b)[0] == text)

show("encode latin-1", codecs.encode, "caf\u00e9", "latin-1")
show("encode ascii strict", codecs.encode, "caf\u00e9", "ascii")
show("encode ascii ignore", codecs.encode, "caf\u00e9", "ascii", "ignore")
show("encode ascii replace", codecs.encode, "caf\u00e9\u20ac", "ascii", "replace")
show("encode ascii bsr", codecs.encode, "caf\u00e9\u20ac", "ascii", "backslashreplace")
show("encode ascii xml", codecs.encode, "caf\u00e9\u20ac", "ascii", "xmlcharrefreplace")
show("encode bad errors", codecs.encode, "caf\u00e9", "ascii", "nosuch")
show("decode utf8 strict", codecs.decode, b"ab\xffcd", "utf-8")
show("decode utf8 replace", codecs.decode, b"ab\xffcd\xe2\x82", "utf-8", "replace")
show("decode utf8 ignore", codecs.decode, b"ab\xffcd", "utf-8", "ignore")
show("decode utf8 bsr", codecs.decode, b"ab\xffcd", "utf-8", "backslashreplace")
show("decode ascii", codecs.decode, b"abc\x80", "ascii")
show("decode default", codecs.decode, b"\xc3\xa9")
show("encode default", codecs.encode, "\u00e9")
show("decode bytearray", codecs.decode, bytearray(b"xyz"), "utf-8")
show("decode memoryview", codecs.decode, memoryview(b"xyz"), "latin-1")
show("encode unknown", codecs.encode, "x", "xyz")
show("decode unknown", codecs.decode, b"x", "nope-codec")
show("utf16 odd", codecs.decode, b"a\x00b", "utf-16-le")

# special codecs
show("rot13", codecs.encode, "Hello, World!", "rot13")
show("rot_13 decode", codecs.decode, "Uryyb, Jbeyq!", "rot_13")
show("hex", codecs.encode, b"\x00\x01\xfeEmber", "hex")
show("hex decode", codecs.decode, b"00ff10", "hex_codec")
show("hex bad", codecs.decode, b"0g", "hex")
show("base64", codecs.encode, b"hello world", "base64")
show("base64 decode", codecs.decode, b"aGVsbG8gd29ybGQ=\n", "base64_codec")
show("base64 long", codecs.encode, bytes(range(70)), "base64")
show("hex errors", codecs.encode, b"ab", "hex", "ignore")

# incremental utf-8 decoding of split multi-byte sequences
data = text.encode("utf-8")
for step in [1, 2, 3, 5]:
    dec = codecs.getincrementaldecoder("utf-8")()
    parts = [dec.decode(data[i:i + step]) for i in range(0, len(data), step)]
    parts.append(dec.decode(b"", final=True))
    print("step", step, "".join(parts) == text, [p for p in parts][:8])
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate())
print(repr(dec.decode(b"\xac!")))
dec = codecs.getincrementaldecoder("utf-8")("strict")
print(repr(dec.decode(b"ab\xe2")))
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("final:", e)
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(dec.decode(b"ab\xe2")), repr(dec.decode(b"", True)))
dec.reset()
print(repr(dec.decode(b"\xf0\x9f")), repr(dec.decode(b"\x98\x80")))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"a\xffb", False)) if False else "skip")

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1"]:
    b = codecs.encode(text, enc) if enc != "latin-1" else "caf\u00e9 d\u00e9j\u00e0".encode("latin-1")
    want = text if enc != "latin-1" else "caf\u00e9 d\u00e9j\u00e0"
    for step in [1, 3]:
        dec = codecs.getincrementaldecoder(enc)()
        out = "".join(dec.decode(b[i:i + step]) for i in range(0, len(b), step))
        out += dec.decode(b"", True)
        print(enc, step, out == want)
    ie = codecs.getincrementalencoder(enc)()
    chunks = [ie.encode(c) for c in want] + [ie.encode("", True)]
    print(enc, "inc-enc", b"".join(chunks) == b)

print(list(codecs.iterencode(["ab", "\u00e9", "", "\u20ac"], "utf-8")))
print(list(codecs.iterdecode([b"a", b"\xc3", b"\xa9", b"\xe2\x82", b"\xac"], "utf-8")))
print(list(codecs.iterencode(["ab", "cd"], "utf-16")))
print(list(codecs.iterdecode([b"\xff", b"\xfea", b"\x00"], "utf-16")))

# error handler registry
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "surrogateescape", "namereplace"]:
    h = codecs.lookup_error(name)
    print(name, callable(h))
print(codecs.lookup_error("strict") is codecs.strict_errors,
      codecs.lookup_error("ignore") is codecs.ignore_errors,
      codecs.lookup_error("replace") is codecs.replace_errors)
show("lookup_error unknown", codecs.lookup_error, "bogus")
exc = UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "ordinal not in range(128)")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(name, codecs.lookup_error(name)(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    show(name + " dec", codecs.lookup_error(name), dexc)
show("strict raises", codecs.strict_errors, exc)
show("handler bad arg", codecs.replace_errors, ValueError("x"))


def dashes(e):
    return ("-" * (e.end - e.start), e.end)


codecs.register_error("dashes", dashes)
print(codecs.lookup_error("dashes") is dashes)
show("custom encode", codecs.encode, "a\u00e9b\u20acc", "ascii", "dashes")
show("custom decode", codecs.decode, b"a\xffb\xfe\xfdc", "ascii", "dashes")


def skip2(e):
    return ("<?>", e.start + 2) if e.start + 2 <= len(e.object) else ("", len(e.object))


codecs.register_error("skip2", skip2)
show("custom skip", codecs.encode, "x\u00e9\u00e9\u00e9y", "latin-1", "skip2")
show("custom latin", codecs.encode, "x\u20ac\u20acy", "latin-1", "skip2")
show("register non-callable", codecs.register_error, "bad", 3)


# Codec base classes and subclassing
class Upper(codecs.Codec):
    def encode(self, input, errors="strict"):
        return (input.upper().encode("ascii"), len(input))

    def decode(self, input, errors="strict"):
        return (bytes(input).decode("ascii").lower(), len(input))


u = Upper()
print(u.encode("abc"), u.decode(b"XYZ"))
show("base Codec encode", codecs.Codec().encode, "x")
print(issubclass(codecs.StreamReader, codecs.Codec), issubclass(codecs.StreamWriter, codecs.Codec))
ie = codecs.IncrementalEncoder()
print(ie.errors, ie.getstate())
idc = codecs.IncrementalDecoder("ignore")
print(idc.errors, idc.getstate())


def search(name):
    if name == "upper":
        return codecs.CodecInfo(u.encode, u.decode, name="upper")
    return None


codecs.register(search)
print(codecs.lookup("upper").name, codecs.encode("abc", "upper"), codecs.decode(b"ABC", "upper"))

# stream reader / writer
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("h\u00e9llo\n")
w.writelines(["a\n", "\u20ac\n"])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader("utf-8")(buf)
print(repr(r.readline()), repr(r.read()))
buf.seek(0)
r = codecs.getreader("utf-8")(buf)
print(r.readlines())
buf = io.BytesIO(b"line1\nline\xc3\xa92\nlast")
print(list(codecs.getreader("utf-8")(buf)))
buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("ab")
w.write("c")
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter("latin-1")(buf, "replace")
w.write("a\u20acb")
print(buf.getvalue())
buf = io.BytesIO("x\u00e9y".encode("utf-8"))
print(repr(codecs.getreader("utf-8")(buf).read(2)))

# codecs.open
fn = "_codecs_tmp.txt"
with codecs.open(fn, "w", encoding="utf-8") as f:
    f.write("caf\u00e9\nna\u00efve\n")
with open(fn, "rb") as f:
    print(f.read())
with codecs.open(fn, "r", encoding="utf-8") as f:
    print(repr(f.read()))
with codecs.open(fn, encoding="latin-1") as f:
    print(f.readlines())
f = codecs.open(fn, "rb")
print(f.read())
f.close()
os.remove(fn)

print(codecs.encode("x", "rot13") == "k", codecs.decode(codecs.encode(b"\x00\xff", "base64"), "base64"))
show("encode int", codecs.encode, 123, "utf-8")
show("decode str", codecs.decode, "abc", "utf-8")
show("rot13 bytes", codecs.encode, b"abc", "rot13")

# BOM codecs decoded incrementally without a BOM; malformed UTF-16/32 under each handler
for enc in ["utf-16", "utf-32", "utf-8-sig"]:
    d = codecs.getincrementaldecoder(enc)("replace")
    out = []
    for chunk in [b"\xff", b"\xc3", b"(", b"\xe2\x82", b"\x00", b"\xd8", b"", None]:
        try:
            out.append(d.decode(b"", True) if chunk is None else d.decode(chunk))
        except UnicodeError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(enc, out)
for enc in ["utf-16-le", "utf-16-be", "utf-32-be", "utf-8-sig"]:
    for data in [b"\xff", b"\x00\xd8\x00\xdc", b"\x00\xd8a\x00", b"\xef\xbb", b"a\x00\x00\x00\x00\x00\x11\x00"]:
        for err in ["strict", "replace", "ignore", "backslashreplace"]:
            show(enc + " " + err, codecs.decode, data, enc, err)


def bad_type(e):
    return 5


def bad_bytes(e):
    return (b"zz", e.end)


def bad_pos(e):
    return ("x", 100)


for i, h in enumerate([bad_type, bad_bytes, bad_pos]):
    codecs.register_error("bad%d" % i, h)
    show("bad%d enc" % i, codecs.encode, "a\u00e9b", "ascii", "bad%d" % i)
    show("bad%d dec" % i, codecs.decode, b"a\xffb", "utf-8", "bad%d" % i)
show("errors not str", codecs.encode, "x", "utf-8", 5)
show("encoding not str", codecs.decode, b"x", 5)

# utf-8-sig through the builtins too, and the escape codecs
for d in [b"\xef\xbb\xbfa\xff", b"a\xff", b"\xef\xbb", b"\xef\xbb\xbf\xef\xbb\xbfx", b""]:
    for err in ["strict", "replace"]:
        show("sig " + err, bytes.decode, d, "utf-8-sig", err)
print("h\u00e9".encode("utf-8-sig"), "".encode("UTF_8_SIG"), str(b"\xef\xbb\xbfok", "utf_8_sig"))
show("utf8-sig alias", str.encode, "x", "utf8-sig")
with open(fn, "w", encoding="utf-8-sig") as f:
    f.write("abc\n\u00e9\n")
with open(fn, "rb") as f:
    print(f.read())
with open(fn, encoding="utf-8-sig") as f:
    print(repr(f.read()))
os.remove(fn)
print(codecs.encode("a\n\u00e9", "unicode_escape"), codecs.decode(b"a\\n\\xe9", "unicode-escape"))
print(codecs.lookup("raw_unicode_escape").name, codecs.encode("\u20ac", "raw_unicode_escape"))
show("str.encode rot13", str.encode, "abc", "rot13")
show("bytes.decode hex", bytes.decode, b"abc", "hex")
