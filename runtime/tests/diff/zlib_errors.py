# zlib: errors with CPython's types and messages (bad arguments, corrupt and truncated
# streams, misuse of finished objects), and a sweep of corrupted streams.
import zlib


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        if isinstance(r, (bytes, bytearray)) and len(r) > 40:
            r = (len(r), hex(zlib.crc32(r)))
        print(label, "=", r)


good = zlib.compress(b"The answer is 42. " * 30)
attempt("str data", lambda: zlib.compress("text"))
attempt("int data", lambda: zlib.compress(5))
attempt("none data", lambda: zlib.decompress(None))
attempt("level 10", lambda: zlib.compress(b"x", 10))
attempt("level -2", lambda: zlib.compress(b"x", -2))
attempt("wbits 7", lambda: zlib.compress(b"x", 6, 7))
attempt("wbits -8", lambda: zlib.compress(b"x", 6, -8))
attempt("wbits 16", lambda: zlib.compress(b"x", 6, 16))
attempt("float level", lambda: zlib.compress(b"x", 1.0))
attempt("huge level", lambda: zlib.compress(b"x", 2 ** 40))
attempt("no args", lambda: zlib.compress())
attempt("data kw", lambda: zlib.compress(data=b"x"))
attempt("too many", lambda: zlib.compress(b"x", 1, 15, 0))
attempt("bad kw", lambda: zlib.compress(b"x", lvl=1))
attempt("dup kw", lambda: zlib.compress(b"x", 1, level=2))
attempt("decomp str", lambda: zlib.decompress("x"))
attempt("decomp junk", lambda: zlib.decompress(b"not zlib data"))
attempt("decomp empty", lambda: zlib.decompress(b""))
attempt("decomp truncated", lambda: zlib.decompress(good[:-5]))
attempt("decomp trailing", lambda: zlib.decompress(good + b"extra"))
attempt("decomp badcheck", lambda: zlib.decompress(good[:-1] + bytes([good[-1] ^ 1])))
attempt("decomp wbits 99", lambda: zlib.decompress(good, 99))
attempt("decomp wbits 9", lambda: zlib.decompress(good, 9))
attempt("decomp raw of zlib", lambda: zlib.decompress(good, -15))
attempt("decomp gzip of zlib", lambda: zlib.decompress(good, 31))
attempt("decomp bufsize -1", lambda: zlib.decompress(good, bufsize=-1))
attempt("decomp bufsize huge", lambda: zlib.decompress(good, bufsize=2 ** 70))
attempt("compressobj level", lambda: zlib.compressobj(12))
attempt("compressobj method", lambda: zlib.compressobj(6, 9))
attempt("compressobj wbits", lambda: zlib.compressobj(6, 8, 40))
attempt("compressobj mem", lambda: zlib.compressobj(6, 8, 15, 10))
attempt("compressobj strategy", lambda: zlib.compressobj(6, 8, 15, 8, 7))
attempt("compressobj zdict str", lambda: zlib.compressobj(zdict="abc"))
attempt("compressobj zdict None", lambda: zlib.compressobj(zdict=None))
attempt("compressobj kw", lambda: zlib.compressobj(fast=True))
attempt("compressobj many", lambda: zlib.compressobj(1, 8, 15, 8, 0, b"", 7))
attempt("decompressobj wbits", lambda: zlib.decompressobj(3))
attempt("decompressobj zdict", lambda: zlib.decompressobj(zdict="abc"))
attempt("decompressobj many", lambda: zlib.decompressobj(15, b"", 1))
attempt("max_length -1", lambda: zlib.decompressobj().decompress(good, -1))
attempt("decompress str", lambda: zlib.decompressobj().decompress("abc"))
attempt("decompress none", lambda: zlib.decompressobj().decompress())
attempt("flush 0", lambda: zlib.decompressobj().flush(0))
attempt("flush kw", lambda: zlib.decompressobj().flush(length=5))
attempt("cflush kw", lambda: zlib.compressobj().flush(mode=2))
attempt("cflush none", lambda: zlib.compressobj().flush(None))
attempt("cflush 6", lambda: zlib.compressobj().flush(6))
attempt("cflush -1", lambda: zlib.compressobj().flush(-1))
attempt("ccompress str", lambda: zlib.compressobj().compress("x"))
attempt("ccompress none", lambda: zlib.compressobj().compress())
attempt("copy arg", lambda: zlib.compressobj().copy(1))
attempt("new Compress", lambda: type(zlib.compressobj())())
attempt("new Decompress", lambda: type(zlib.decompressobj())())
attempt("stream junk", lambda: zlib.decompressobj().decompress(b"\x78\x9c\xff\xff\xff"))
attempt("stream header", lambda: zlib.decompressobj().decompress(b"abcdef"))
d = zlib.decompressobj()
attempt("set eof", lambda: setattr(d, "eof", True))
attempt("set unused", lambda: setattr(d, "unused_data", b""))
d.decompress(good)
d.flush()
attempt("after end", lambda: d.decompress(b"more"))
attempt("flush after end", lambda: d.flush())
attempt("copy after end", lambda: d.copy())
attempt("crc32 str", lambda: zlib.crc32("abc"))
attempt("crc32 none", lambda: zlib.crc32())
attempt("crc32 kw", lambda: zlib.crc32(b"x", value=1))
attempt("crc32 many", lambda: zlib.crc32(b"x", 1, 2))
attempt("crc32 float", lambda: zlib.crc32(b"x", 1.5))
attempt("adler32 none", lambda: zlib.adler32(b"x", None))
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)

# Raw deflate streams with bad block headers and codes.
for blob in (b"\x05" * 20, b"\x07" * 20, bytes(20), b"\x04\xc0\x81\x08\x00\x00\x00\x00\x20\x7f\xeb\x0b\x00\x00",
             b"\x03\x00", b"\x01\x05\x00\xfa\xff", b"\x01\x05\x00\xfa\xffhel", b"\xff" * 8):
    attempt("raw " + blob[:6].hex(), lambda: zlib.decompress(blob, -15))
    d = zlib.decompressobj(-15)
    attempt("rawobj " + blob[:6].hex(), lambda: (d.decompress(blob), d.flush(), d.eof))

# Every byte of a stream corrupted in turn: an error or a result, never a crash.
src = b"".join(b"%d squared is %d; " % (i, i * i) for i in range(60))
stream = zlib.compress(src, 9)
outcomes = {}
for i in range(len(stream)):
    for flip in (0x01, 0x80, 0xFF):
        bad = stream[:i] + bytes([stream[i] ^ flip]) + stream[i + 1:]
        try:
            r = zlib.decompress(bad)
            key = "ok" if r == src else "different %d" % len(r)
        except zlib.error as e:
            key = str(e)
        outcomes[key] = outcomes.get(key, 0) + 1
for key in sorted(outcomes):
    print(outcomes[key], key)
outcomes = {}
for cut in range(len(stream)):
    d = zlib.decompressobj()
    try:
        r = d.decompress(stream[:cut]) + d.flush()
        key = "partial eof=%s" % d.eof
    except zlib.error as e:
        key = str(e)
    outcomes[key] = outcomes.get(key, 0) + 1
for key in sorted(outcomes):
    print(outcomes[key], key)
