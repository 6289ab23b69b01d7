# Simulates reading a network stream in small chunks and decoding incrementally.
import codecs, io, os, tempfile

message = "Grüße aus Köln — 東京 😀 ok\r\nline2\rline3\n"

def chunked(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"]:
    try:
        data = message.encode(enc)
    except UnicodeEncodeError as e:
        data = message.encode(enc, "replace")
        print(enc, "lossy", e.start, e.end)
    for size in (1, 2, 3, 5):
        dec = codecs.getincrementaldecoder(enc)()
        pieces = []
        for part in chunked(data, size):
            out = dec.decode(part)
            pieces.append(out)
        pieces.append(dec.decode(b"", final=True))
        text = "".join(pieces)
        nonempty = sum(1 for p in pieces if p)
        print(f"{enc:9} size={size} ok={text == data.decode(enc)} pieces={len(pieces)} nonempty={nonempty} first={pieces[:4]!r}")

# iterdecode / iterencode
chunks = list(chunked("naïve café 😀".encode("utf-8"), 3))
print(chunks)
print(list(codecs.iterdecode(chunks, "utf-8")))
print(list(codecs.iterencode(["ab", "ç", "", "😀"], "utf-16-le")))
print(b"".join(codecs.iterencode(["ab", "ç"], "utf-16")))

# incomplete data at final=True
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"abc\xe2\x82")))
print(dec.getstate())
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("final error:", e)
dec.reset()
print(repr(dec.decode(b"\xe2\x82\xac")))

dec = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(repr(dec.decode(b"x\xf0\x9f")), repr(dec.decode(b"y", final=True)))

# incremental encoder for utf-16 emits BOM once
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
enc.reset()
print(enc.encode("c"))

# Writing and reading files with codecs.open and io.open
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with codecs.open(path, "w", encoding="utf-16") as f:
        f.write("first line ü\n")
        f.write("second line 😀\n")
    with open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:8])
    with codecs.open(path, "r", encoding="utf-16") as f:
        for line in f:
            print(repr(line))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("a\r\nb\nc\rd")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8-sig") as f:
        print(f.readlines())
    with open(path, encoding="utf-8-sig", newline="") as f:
        print(f.readlines())
    with open(path, encoding="utf-8") as f:
        print(repr(f.read(3)))
    with open(path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("price: 5€ ≈ £4\n")
    with open(path, encoding="ascii") as f:
        print(repr(f.read()))
    with open(path, "wb") as f:
        f.write(b"ok\xff\xfe bad\n")
    with open(path, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("read error:", e)

# StreamReader over BytesIO
reader = codecs.getreader("utf-8")(io.BytesIO("α\nβγ\n\nδ".encode()))
print(reader.readline(), reader.readline(), reader.read())
w = io.BytesIO()
writer = codecs.getwriter("utf-16-le")(w)
writer.write("hé")
writer.writelines(["x", "y"])
print(w.getvalue())

# TextIOWrapper over a BytesIO
buf = io.BytesIO()
tw = io.TextIOWrapper(buf, encoding="utf-16-le", newline="\r\n")
tw.write("one\ntwo\n")
tw.flush()
print(buf.getvalue())
tw.seek(0)
print(tw.read().splitlines(keepends=True))
