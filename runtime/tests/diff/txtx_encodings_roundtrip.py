# Encoding workbench: how text survives various codecs and error handlers.
import codecs

texts = ["plain ascii", "café ñandú", "€100 – “quoted” ‘x’ …", "日本語テキスト", "emoji 😀👍🏽", "mixed\x00nul\x7f\x80"]

encodings = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252", "ascii", "utf-8-sig", "iso8859-15", "cp437"]
handlers = ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]

for t in texts:
    print("TEXT", repr(t))
    for enc in encodings:
        for h in handlers:
            try:
                b = t.encode(enc, h)
                print(f"  {enc:10} {h:17} {b!r}"[:140])
            except UnicodeEncodeError as e:
                print(f"  {enc:10} {h:17} ERR {e.encoding} {e.start}-{e.end} {e.reason} | {e}")
            except Exception as e:
                print(f"  {enc:10} {h:17} {type(e).__name__}: {e}")

print("--- decoding")
blobs = [
    b"caf\xc3\xa9",
    b"caf\xe9",
    b"\xef\xbb\xbfbom text",
    b"\xff\xfeh\x00i\x00",
    b"\xfe\xff\x00h\x00i",
    b"\xff\xfe\x00\x00h\x00\x00\x00",
    b"bad \xc3\x28 seq",
    b"trunc \xe2\x82",
    b"\xed\xa0\x80 surrogate",
    b"\x80\x81\x8d\x9d\x9f",
    b"\xf0\x9f\x98",
    b"\xf8\x88\x80\x80\x80",
]
dec_encs = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "ascii"]
dec_handlers = ["strict", "replace", "ignore", "backslashreplace"]
for b in blobs:
    print("BLOB", b)
    for enc in dec_encs:
        for h in dec_handlers:
            try:
                s = b.decode(enc, h)
                print(f"  {enc:9} {h:16} {s!r}")
            except UnicodeDecodeError as e:
                print(f"  {enc:9} {h:16} ERR {e.start}-{e.end} {e.reason!r} obj={e.object!r}")
                print(f"      msg: {e}")

print("--- codecs lookup")
for name in ["UTF8", "utf_8", "U8", "latin1", "L1", "cp-1252", "windows-1252", "UTF-16LE", "ascii", "us-ascii", "iso-8859-1"]:
    try:
        print(name, "->", codecs.lookup(name).name)
    except LookupError as e:
        print(name, "LookupError", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
