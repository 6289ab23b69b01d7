"""Export product records to legacy encodings with custom error handlers."""
import codecs
import unicodedata

records = [
    ("SKU-001", "Crème brûlée", 4.5, "Dessert — French"),
    ("SKU-002", "Smørrebrød", 7.25, "Danish ☺ open sandwich"),
    ("SKU-003", "Pierogi z kapustą", 6.0, "Polish • dumplings"),
    ("SKU-004", "Čevapčići", 8.75, "Balkan grill “classic”"),
    ("SKU-005", "Ramen 🍜", 11.0, "日本のラーメン"),
    ("SKU-006", "Œufs mayo", 3.2, "Entrée… cheap"),
    ("SKU-007", "Straße-Snack", 2.0, "€2 deal ½ price"),
]

target = "ascii"

def transliterate(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            base.encode(target)
        except UnicodeEncodeError:
            base = "?"
        out.append(base or "?")
    return ("".join(out), exc.end)

seen = []
def logging_handler(exc):
    seen.append((exc.encoding, exc.start, exc.end, exc.object[exc.start:exc.end]))
    return ("{" + ",".join("U+%04X" % ord(c) for c in exc.object[exc.start:exc.end]) + "}", exc.end)

def hex_bytes(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("<%02X>" % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("decode only")

codecs.register_error("strx.translit", transliterate)
codecs.register_error("strx.log", logging_handler)
codecs.register_error("strx.hexbytes", hex_bytes)

def export(encoding, errors):
    global target
    target = encoding
    lines = []
    for sku, name, price, note in records:
        line = f"{sku};{name};{price:.2f};{note}\r\n"
        lines.append(line.encode(encoding, errors))
    return b"".join(lines)

for encoding in ["ascii", "latin-1", "cp1252", "cp1250", "cp437"]:
    for errors in ["replace", "strx.translit", "strx.log", "xmlcharrefreplace"]:
        seen.clear()
        try:
            blob = export(encoding, errors)
        except UnicodeEncodeError as e:
            print(f"== {encoding} / {errors}: failed {e}")
            continue
        print(f"== {encoding} / {errors}: {len(blob)} bytes")
        text = blob.decode(encoding)
        for row in text.splitlines()[:3]:
            print("   ", ascii(row))
        if seen:
            print("    logged:", len(seen), [(s, e, ascii(t)) for _, s, e, t in seen[:4]])

print("--- round trip through cp1252 with strict")
ok, bad = [], []
for sku, name, price, note in records:
    try:
        name.encode("cp1252")
        ok.append(sku)
    except UnicodeEncodeError as e:
        bad.append((sku, e.start, e.end, ascii(e.object[e.start:e.end]), e.reason))
print(ok)
for b in bad:
    print(b)

print("--- decoding legacy bytes")
legacy = [b"Caf\xe9 \x80 5", b"\x93quoted\x94 \x81\x8d", b"\xff\xfe\xfd", b"plain"]
for raw in legacy:
    for enc in ["cp1252", "ascii", "utf-8", "latin-1"]:
        print(enc, raw, ascii(raw.decode(enc, "strx.hexbytes")))

print("--- handler misuse")
def wrong_type(exc):
    return ["nope"]
codecs.register_error("strx.wrong", wrong_type)
try:
    "ü".encode("ascii", "strx.wrong")
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("ascii", "strx.wrong")
except TypeError as e:
    print("TypeError:", e)
def unencodable_rep(exc):
    return ("ß", exc.end)
codecs.register_error("strx.unenc", unencodable_rep)
try:
    "a☃b".encode("ascii", "strx.unenc")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
print("a☃b".encode("latin-1", "strx.unenc"))
try:
    codecs.lookup_error("strx.missing")
except LookupError as e:
    print("LookupError:", e)
print(codecs.lookup_error("strx.log") is logging_handler)
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "x☃\x07€😀", 1, 5, "bad")))
print(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "é\u1234\U0001f600", 0, 3, "bad")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "é☃", 0, 2, "bad")))
print(codecs.replace_errors(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))

print("--- exceptions raised from handlers")
def refusing(exc):
    raise ValueError(f"refused {exc.object[exc.start:exc.end]!a} at {exc.start}")
codecs.register_error("strx.refuse", refusing)
for payload in ["abc☃def", "ok"]:
    try:
        print(payload.encode("ascii", "strx.refuse"))
    except ValueError as e:
        print("ValueError:", e, e.__context__, e.__suppress_context__)
try:
    "x☃".encode("ascii", "strx.unenc")
except UnicodeEncodeError as e:
    print("context:", e.__context__, e.__suppress_context__, e.args[1:4])
