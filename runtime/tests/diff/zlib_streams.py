# zlib: compressobj/decompressobj streaming: small chunks, max_length with
# unconsumed_tail, unused_data after the end, flush modes, copies and preset dictionaries.
import copy
import zlib

text = b"".join(b"record %04d: %s\n" % (i, b"spam " * (i % 7)) for i in range(600))
z = zlib.compress(text, 6)

# Feeding the stream a few bytes at a time.
for size in (1, 3, 50, 512):
    d = zlib.decompressobj()
    out = b"".join(d.decompress(z[i:i + size]) for i in range(0, len(z), size))
    out += d.flush()
    print("feed", size, out == text, d.eof, d.unused_data, d.unconsumed_tail)

# max_length: the output is limited, the input left over waits in unconsumed_tail.
for limit in (1, 100, 4096, 20000):
    d = zlib.decompressobj()
    buf = z
    got = []
    steps = 0
    while buf and not d.eof:
        chunk = d.decompress(buf, limit)
        got.append(chunk)
        assert len(chunk) <= limit
        buf = d.unconsumed_tail
        steps += 1
    print("limit", limit, steps, b"".join(got) == text, d.eof, len(d.unconsumed_tail))

d = zlib.decompressobj()
first = d.decompress(z, 10)
print(first, len(d.unconsumed_tail), d.eof)
rest = d.flush()
print(len(rest), first + rest == text, d.eof, d.unconsumed_tail, d.unused_data)

# Data after the end of the stream.
d = zlib.decompressobj()
print(len(d.decompress(z + b"TRAILER")), d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data, d.unconsumed_tail)
print(d.flush(), d.eof)
d = zlib.decompressobj()
print(len(d.decompress(z[:-3])), d.eof, d.unused_data)
print(len(d.decompress(z[-3:] + b"xy")), d.eof, d.unused_data)
d = zlib.decompressobj()
print(len(d.decompress(z + b"abc", 5000)), len(d.unconsumed_tail), d.unused_data)
print(len(d.decompress(d.unconsumed_tail, 5000)), len(d.unconsumed_tail), d.unused_data)
print(len(d.decompress(d.unconsumed_tail)), d.eof, d.unused_data, d.unconsumed_tail)

# Truncated input: flush gives what there is, no error.
d = zlib.decompressobj()
part = d.decompress(z[:len(z) // 2])
print(len(part), len(d.flush()), d.eof)

# Flush modes while compressing.
c = zlib.compressobj(6)
pieces = [c.compress(b"alpha " * 20)]
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
             zlib.Z_BLOCK, zlib.Z_SYNC_FLUSH):
    pieces.append(c.compress(b"beta %d " % mode * 5))
    f = c.flush(mode)
    print("mode", mode, f.hex())
    pieces.append(f)
pieces.append(c.flush(zlib.Z_FINISH))
print(pieces[-1].hex())
print(zlib.decompress(b"".join(pieces))[:40])
try:
    c.compress(b"late")
except zlib.error as e:
    print("error:", e)
try:
    c.flush()
except zlib.error as e:
    print("error:", e)
try:
    c.copy()
except ValueError as e:
    print("ValueError:", e)

# A sync flush makes everything so far decodable.
c = zlib.compressobj()
d = zlib.decompressobj()
for word in (b"one", b"two", b"three", b"four"):
    block = c.compress(word * 3) + c.flush(zlib.Z_SYNC_FLUSH)
    print(word, block[-4:].hex(), d.decompress(block))
print(d.decompress(c.flush()), d.eof)

# Copies go their own ways.
c = zlib.compressobj(9)
prefix = c.compress(b"common prefix " * 10)
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
a = c.compress(b"ending A") + c.flush()
b = c2.compress(b"ending B") + c2.flush()
print(a.hex())
print(b.hex())
print(c3.flush() == c4.flush())
a = prefix + a
d = zlib.decompressobj()
head = d.decompress(a[:20])
d2 = d.copy()
print(head + d.decompress(a[20:]), d.eof)
print(head + d2.decompress(a[20:]) + d2.flush(), d2.eof)
try:
    d.flush()
    d.copy()
except ValueError as e:
    print("ValueError:", e)

# Preset dictionaries.
zdict = b"GET POST HTTP/1.1 Host: Content-Type: application/json text/html"
req = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nContent-Type: text/html\r\n\r\n"
for level in (1, 6, 9):
    c = zlib.compressobj(level, zdict=zdict)
    zd = c.compress(req) + c.flush()
    plain = zlib.compress(req, level)
    print("zdict", level, len(zd), len(plain), zd.hex())
    print(zlib.decompressobj(zdict=zdict).decompress(zd) == req)
    try:
        zlib.decompress(zd)
    except zlib.error as e:
        print("error:", e)
    try:
        zlib.decompressobj().decompress(zd)
    except zlib.error as e:
        print("error:", e)
    try:
        zlib.decompressobj(zdict=b"wrong").decompress(zd)
    except zlib.error as e:
        print("error:", e)
c = zlib.compressobj(wbits=-15, zdict=bytearray(zdict))
raw = c.compress(req) + c.flush()
print(raw.hex())
print(zlib.decompressobj(-15, memoryview(zdict)).decompress(raw) == req)

# Formats by window bits: zlib, raw, gzip and automatic detection.
for wbits in (15, -15, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    data = c.compress(text[:300]) + c.flush()
    print("format", wbits, data[:4].hex(), len(data))
    for dbits in (wbits, 47, 32 + 15, 0 if wbits == 15 else wbits):
        try:
            print("  ", dbits, zlib.decompress(data, dbits) == text[:300],
                  zlib.decompressobj(dbits).decompress(data) == text[:300])
        except zlib.error as e:
            print("  ", dbits, "error:", e)

print(zlib.decompress(z, bufsize=1) == text, zlib.decompress(z, 15, 0) == text)
print(zlib.decompress(bytearray(z)) == text, zlib.decompress(memoryview(z)) == text)
print(zlib.decompress(data=z) if False else "positional only")
d = zlib.decompressobj()
print(d.decompress(b""), d.decompress(b"", 0), d.unconsumed_tail, d.eof)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(repr(type(zlib.compressobj())), repr(type(zlib.decompressobj())))
