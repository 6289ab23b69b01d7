import codecs

text = "Grüße, Zoë — 5€ ½ 中文 😀 naïve\u00a0ok"
encodings = ["ascii", "latin-1", "cp1252", "utf-8", "utf-16", "utf-16-le", "utf-16-be",
             "utf-32", "utf-32-le", "utf-32-be", "iso8859_15", "cp437"]
handlers = ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]

for enc in encodings:
    try:
        data = text.encode(enc)
        print(f"{enc:10} strict ok {len(data)} {data[:12].hex(' ')}")
    except UnicodeEncodeError as e:
        print(f"{enc:10} strict FAIL {e.encoding} {e.start}-{e.end} {e.reason!r} {ascii(e.object[e.start:e.end])}")
        print("   msg:", e)
        for h in handlers:
            out = text.encode(enc, h)
            print(f"   {h:18} {out!r}")

print("--- decode errors")
blobs = [
    b"caf\xc3\xa9",
    b"caf\xe9 ok",
    b"\xff\xfeA\x00",
    b"abc\xc3",
    b"\xed\xa0\x80x",
    b"\xf0\x9f\x98",
    b"\xe2\x82\xacx\x80y",
    b"\xc0\xafz",
    b"\xf5\x80\x80\x80",
    b"ok\x81\x8d\x8f\x90\x9d",
]
for blob in blobs:
    for enc in ["utf-8", "ascii", "cp1252", "utf-16-le"]:
        try:
            print(enc, blob, "->", ascii(blob.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, blob, "ERR", e.start, e.end, e.reason, "|", e)
            for h in ["ignore", "replace", "backslashreplace"]:
                print("    ", h, ascii(blob.decode(enc, h)))

print("--- attributes")
try:
    "abc\u1234def".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.args[0], ascii(e.args[1]), e.args[2:], isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\x00\x00\x11\x00".decode("utf-32-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, str(e))
try:
    b"abc".decode("utf-16")
except UnicodeDecodeError as e:
    print(str(e))

# Constructing manually
e = UnicodeDecodeError("myenc", b"xyz", 1, 2, "bad byte")
print(str(e), e.start, e.end, e.object)
e = UnicodeEncodeError("myenc", "xyz", 0, 3, "bad chars")
print(str(e))
e = UnicodeEncodeError("myenc", "x\u20acz", 1, 2, "bad char")
print(str(e))
e = UnicodeEncodeError("myenc", "x\u20acz", 0, 2, "changed")
print(str(e), e.args)

print("--- codecs module functions")
for name in ["UTF8", "latin_1", "L1", "utf_16be", "U32", "windows-1252", "iso-8859-1", "ASCII", "us-ascii"]:
    ci = codecs.lookup(name)
    print(name, "->", ci.name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xe9llo", "latin-1"))
print(codecs.encode("héllo", "ascii", "replace"), codecs.decode(b"h\xe9llo", "ascii", "replace"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"))
print(b"\xef\xbb\xbfabc".decode("utf-8").encode("unicode_escape"))
print("tab\there é\u1234 \U0001f600".encode("unicode_escape"))
print(b"tab\\there \\xe9 \\u1234".decode("unicode_escape"))
print("é€".encode("raw_unicode_escape"), b"\\u20ac\xe9".decode("raw_unicode_escape"))
