samples = ["plain", "café", "naïve — “quotes”", "日本語テキスト", "emoji 😀👍🏽", "Ωμέγα", "tab\tnull\x00"]
for s in samples:
    print(repr(s), len(s))
    for enc in ["ascii", "latin-1", "utf-8", "cp1252"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                b = s.encode(enc, errors=err)
                print(f"  {enc:<9} {err:<17} {b!r}")
            except UnicodeEncodeError as e:
                print(f"  {enc:<9} {err:<17} !! {e.reason} at {e.start}-{e.end}: {e}")
    try:
        print("  namereplace:", s.encode("ascii", "namereplace"))
    except UnicodeEncodeError as e:
        print("  namereplace !!", e)

raw = [b"plain", b"caf\xc3\xa9", b"caf\xe9", b"\xff\xfe\x00", b"\xe6\x97\xa5\xe6", b"ok\x80\x81ok", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80"]
for b in raw:
    print(repr(b))
    for enc in ["utf-8", "latin-1", "cp1252", "utf-16"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                s = b.decode(enc, errors=err)
                print(f"  {enc:<8} {err:<16} {s!r}")
            except UnicodeDecodeError as e:
                print(f"  {enc:<8} {err:<16} !! {e}")

print("é".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))
print("A😀".encode("utf-16"), "A😀".encode("utf-16-be"), "A😀".encode("utf-32-le"))
print(b"\x00A\xd8=\xde\x00".decode("utf-16-be"), len("😀".encode("utf-16-le")))
print(str(b"abc", "ascii"), str(b"caf\xe9", "latin-1"), bytes("xyz", "utf-8"), bytearray("é", "utf-8"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
import codecs
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.lookup("U16").name)
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"))
print([hex(ord(c)) for c in "e\u0301"], "e\u0301" == "é", len("e\u0301"))
import unicodedata
for c in "aÅ1½ €\u0301😀":
    print(repr(c), unicodedata.name(c, "?"), unicodedata.category(c), unicodedata.numeric(c, None), unicodedata.combining(c))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    t = unicodedata.normalize(form, "Åﬁ½é")
    print(form, repr(t), len(t), [hex(ord(c)) for c in t])
print(unicodedata.lookup("SNOWMAN"), unicodedata.decimal("٣"), unicodedata.digit("²"), unicodedata.bidirectional("א"), unicodedata.east_asian_width("日"), unicodedata.mirrored("("))
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
print(strip_accents("Crème Brûlée à la Škoda Ångström"))
