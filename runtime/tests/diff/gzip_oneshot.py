# gzip.compress/decompress: byte-identical output for fixed mtimes and every level,
# multiple members, zero padding, and the errors of bad, truncated and corrupt data.
import gzip
import zlib

payloads = [b"", b"x", b"hello gzip " * 50, bytes(range(256)) * 8,
            b"".join(b"%05d," % (i * 7919 % 100000) for i in range(2000))]
for p in payloads:
    for level in (0, 1, 5, 6, 9):
        for mtime in (0, 1, 1700000000, 1234567890.75):
            out = gzip.compress(p, level, mtime=mtime)
            if len(out) <= 60:
                print(len(p), level, mtime, out.hex())
            else:
                print(len(p), level, mtime, len(out), out[:10].hex(), hex(zlib.crc32(out)))
            assert gzip.decompress(out) == p
print(gzip.compress(b"kw", compresslevel=1, mtime=5).hex())
print(gzip.compress(bytearray(b"bytearray"), mtime=9).hex())
print(gzip.compress(memoryview(b"memoryview"), mtime=9).hex())

# Several members, with zero padding between and after them.
a = gzip.compress(b"first member\n", mtime=1)
b = gzip.compress(b"second member\n", 1, mtime=2)
print(gzip.decompress(a + b))
print(gzip.decompress(a + bytes(7) + b + bytes(3)))
print(gzip.decompress(b""), gzip.decompress(bytearray(a)))

# zlib's own gzip streams (wbits=31) are read too, and gzip's by zlib.
zg = zlib.compress(b"made by zlib", 6, 31)
print(gzip.decompress(zg), zlib.decompress(gzip.compress(b"made by gzip", mtime=3), 31))
c = zlib.compressobj(9, zlib.DEFLATED, 31)
print((c.compress(b"stream") + c.flush()).hex())

# Headers with a name, comment, extra field and header CRC.
body = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = body.compress(b"with options") + body.flush()
trailer = zlib.crc32(b"with options").to_bytes(4, "little") + (12).to_bytes(4, "little")
head = b"\x1f\x8b\x08" + bytes([2 | 4 | 8 | 16]) + b"\x00\x00\x00\x00\x00\x03"
head += (3).to_bytes(2, "little") + b"abc" + b"name.txt\x00" + b"a comment\x00" + b"\x00\x00"
print(gzip.decompress(head + raw + trailer))


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


attempt("not gzip", lambda: gzip.decompress(b"plain text"))
attempt("one byte", lambda: gzip.decompress(b"\x1f"))
attempt("method", lambda: gzip.decompress(b"\x1f\x8b\x07" + a[3:]))
attempt("short header", lambda: gzip.decompress(a[:6]))
attempt("truncated", lambda: gzip.decompress(a[:-10]))
attempt("no trailer", lambda: gzip.decompress(a[:-4]))
attempt("bad crc", lambda: gzip.decompress(a[:-8] + b"\x00\x00\x00\x00" + a[-4:]))
attempt("bad size", lambda: gzip.decompress(a[:-4] + b"\x63\x00\x00\x00"))
attempt("junk after", lambda: gzip.decompress(a + b"junk"))
attempt("corrupt body", lambda: gzip.decompress(a[:12] + b"\xff" + a[13:]))
attempt("str", lambda: gzip.decompress("text"))
attempt("compress str", lambda: gzip.compress("text"))
attempt("level 12", lambda: gzip.compress(b"x", 12, mtime=1))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, gzip.FNAME, gzip.FHCRC)
