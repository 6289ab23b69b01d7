import codecs

message = "Añejo ☕ — 日本語 😀𝄞 end"

def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

def stream_decode(encoding, data, size, errors="strict"):
    dec = codecs.getincrementaldecoder(encoding)(errors)
    pieces = []
    for part in chunks(data, size):
        out = dec.decode(part)
        pieces.append(out)
    pieces.append(dec.decode(b"", final=True))
    return pieces

for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1", "cp1252"]:
    try:
        data = message.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "cannot encode:", e.reason, e.start)
        continue
    for size in (1, 2, 3, 5, 7):
        pieces = stream_decode(enc, data, size)
        joined = "".join(pieces)
        empties = sum(1 for p in pieces if p == "")
        print(f"{enc:10} size={size} ok={joined == message} parts={len(pieces)} empty={empties}")
    print("   first pieces:", [ascii(p) for p in stream_decode(enc, data, 3)[:8]])

print("--- truncated input")
for enc, data in [("utf-8", "é😀".encode()[:-1]), ("utf-16-le", "ab".encode("utf-16-le")[:-1]),
                  ("utf-32-le", "x".encode("utf-32-le")[:3])]:
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, ascii(dec.decode(data)))
    try:
        dec.decode(b"", final=True)
    except UnicodeDecodeError as e:
        print("   final error:", e.reason, e.start, e.end)
    dec2 = codecs.getincrementaldecoder(enc)("replace")
    print("   replace:", ascii(dec2.decode(data, final=True)))

print("--- getstate/reset")
dec = codecs.getincrementaldecoder("utf-8")()
print(ascii(dec.decode(b"ab\xe2\x82")))
buf, flag = dec.getstate()
print(buf, flag)
dec.reset()
print(dec.getstate())
print(ascii(dec.decode(b"\xe2\x82\xac")))

print("--- incremental encoder")
for enc in ["utf-8", "utf-16", "utf-32", "utf-8-sig"]:
    ienc = codecs.getincrementalencoder(enc)()
    out = b"".join(ienc.encode(c) for c in "hé€") + ienc.encode("", final=True)
    print(enc, out.hex(" "), out == "hé€".encode(enc))
    ienc.reset()
    print("  after reset:", ienc.encode("x").hex())

print("--- iterdecode/iterencode")
parts = [b"\xe6\x97", b"\xa5\xe6", b"\x9c\xac", b"\xe8\xaa\x9e!"]
print([ascii(s) for s in codecs.iterdecode(parts, "utf-8")])
print(list(codecs.iterencode(["a", "ß", "", "c"], "utf-16-le")))

print("--- line-oriented decode of chunked network data")
packets = [b"GET /caf\xc3", b"\xa9 HTTP\r\nHost: ex\xc3\xa4mple", b".org\r\n\r\n"]
dec = codecs.getincrementaldecoder("utf-8")()
buffer = ""
lines = []
for pkt in packets:
    buffer += dec.decode(pkt)
    while "\r\n" in buffer:
        line, buffer = buffer.split("\r\n", 1)
        lines.append(line)
buffer += dec.decode(b"", final=True)
print([ascii(l) for l in lines], ascii(buffer))

print("--- BOM detection")
def sniff(data):
    for bom, name in [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")]:
        if data.startswith(bom):
            return name, data[len(bom):].decode(name)
    return "utf-8?", data.decode("utf-8", "replace")

for enc in ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-8"]:
    raw = "Zoë".encode(enc)
    if enc == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    print(enc, raw.hex(), sniff(raw))
