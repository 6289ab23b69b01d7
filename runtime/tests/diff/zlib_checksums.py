# zlib: crc32 and adler32 values (unsigned), chaining over pieces, start values of any
# int (kept to 32 bits), bytes-like inputs, and the module's constants.
import zlib

samples = [b"", b"a", b"abc", b"hello world", bytes(range(256)), b"\xff" * 1000,
           b"The quick brown fox jumps over the lazy dog", bytes(70000)]
for s in samples:
    print(len(s), zlib.crc32(s), hex(zlib.crc32(s)), zlib.adler32(s), hex(zlib.adler32(s)))

data = b"".join(bytes([(i * 31 + 7) % 256]) for i in range(5000))
for size in (1, 13, 256, 4999):
    crc, adl = 0, 1
    for i in range(0, len(data), size):
        crc = zlib.crc32(data[i:i + size], crc)
        adl = zlib.adler32(data[i:i + size], adl)
    print("chained", size, crc == zlib.crc32(data), adl == zlib.adler32(data), crc, adl)

for start in (0, 1, 12345, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5, -1, -2 ** 31, 2 ** 70 + 3, -2 ** 70, True):
    print("start", start, zlib.crc32(b"xyz", start), zlib.adler32(b"xyz", start))

print(zlib.crc32(bytearray(b"bytearray")), zlib.crc32(memoryview(b"memoryview")))
print(zlib.adler32(bytearray(b"bytearray")), zlib.adler32(memoryview(b"memoryview")[2:]))
print(zlib.crc32(b"abc") & 0xFFFFFFFF == zlib.crc32(b"abc"))
import binascii
print(binascii.crc32(b"compare") == zlib.crc32(b"compare"))

names = ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
         "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
         "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
         "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]
for n in names:
    print(n, getattr(zlib, n))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION,
      zlib.ZLIB_VERSION.count(".") >= 2)
print(sorted(n for n in dir(zlib) if not n.startswith("_") and n not in names))
