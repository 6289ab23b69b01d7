# The single-byte code pages: Windows, ISO 8859, KOI8, DOS and Mac Roman, by their names and
# aliases, through str.encode, bytes.decode and the codecs registry.
import codecs
import io

text = "Привет, Ωμέγα! Żółć Ğüş ŠČ € ™ ½"
names = ["cp1250", "windows-1251", "CP1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
         "latin2", "iso-8859-3", "ISO8859_4", "cyrillic", "arabic", "greek", "hebrew", "latin5",
         "iso8859-10", "latin7", "iso8859-14", "iso-8859-16", "koi8-r", "KOI8_U", "cp850",
         "ibm852", "866", "macintosh", "mac-roman", "cp1252", "latin9", "cp437", "ibm437"]
for name in names:
    info = codecs.lookup(name)
    for errors in ["replace", "xmlcharrefreplace", "ignore"]:
        data = text.encode(name, errors)
        print(f"{name:<13} {info.name:<11} {errors:<17} {data.hex()[:40]} {data.decode(name, 'replace')[:20]!r}")
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print("  ", e)
    raw = bytes(range(0x80, 0x100))
    decoded = raw.decode(name, "replace")
    print("  ", len(decoded), decoded.count("\ufffd"), decoded[:16])
    try:
        raw.decode(name)
    except UnicodeDecodeError as e:
        print("  ", e)
    assert decoded.encode(name, "ignore").decode(name) == decoded.replace("\ufffd", "")

print(codecs.encode("Ёжик", "koi8_r"), codecs.decode(b"\xb3\xd6\xc9\xcb", "koi8-r"))
print(io.TextIOWrapper(io.BytesIO("Добрый день\n".encode("cp1251")), encoding="cp1251").read(), end="")
dec = codecs.getincrementaldecoder("cp1251")()
print([dec.decode(bytes([b])) for b in "Да".encode("cp1251")])
for bad in ["cp1251x", "iso8859-12", "koi8"]:
    try:
        "x".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
