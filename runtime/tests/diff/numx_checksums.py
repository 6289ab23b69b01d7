"""Hand-written checksums and hashes checked against zlib/binascii/hashlib."""
import zlib
import binascii
import hashlib
import struct


def make_crc_table(poly=0xEDB88320):
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ poly if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc16_ccitt(data, crc=0xFFFF):
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def adler32(data, value=1):
    a, b = value & 0xFFFF, value >> 16
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def fnv1a_32(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def murmur3_32(data, seed=0):
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed
    n = len(data) // 4
    for (k,) in struct.iter_unpack("<I", data[: n * 4]):
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        k = (k * c2) & 0xFFFFFFFF
        h ^= k
        h = ((h << 13) | (h >> 19)) & 0xFFFFFFFF
        h = (h * 5 + 0xE6546B64) & 0xFFFFFFFF
    tail = data[n * 4:]
    k = int.from_bytes(tail, "little") if tail else 0
    if tail:
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        k = (k * c2) & 0xFFFFFFFF
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def luhn_valid(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def isbn10_check(prefix):
    s = sum((10 - i) * int(c) for i, c in enumerate(prefix))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


samples = [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)), b"\x00" * 1000, "héllo wörld".encode("utf-8")]
print(f"{'len':>5} {'crc32':>10} {'zlib':>10} {'adler':>10} {'zlib':>10} {'crc16':>6} {'fl16':>6} {'fnv1a':>10} {'murmur3':>10}")
for s in samples:
    print(f"{len(s):>5} {crc32(s):010x} {zlib.crc32(s):010x} {adler32(s):010x} {zlib.adler32(s):010x} {crc16_ccitt(s):06x} {fletcher16(s):06x} {fnv1a_32(s):010x} {murmur3_32(s):010x}")
print("all crc32 match:", all(crc32(s) == zlib.crc32(s) == binascii.crc32(s) for s in samples))
print("all adler match:", all(adler32(s) == zlib.adler32(s) for s in samples))

data = b"streaming checksum example " * 7
running_c, running_a = 0, 1
for i in range(0, len(data), 16):
    chunk = data[i:i + 16]
    running_c = crc32(chunk, running_c)
    running_a = adler32(chunk, running_a)
print("incremental:", running_c == zlib.crc32(data), running_a == zlib.adler32(data), hex(zlib.crc32(data[10:], zlib.crc32(data[:10]))))
print("binascii.crc_hqx:", hex(binascii.crc_hqx(b"123456789", 0xFFFF)), hex(crc16_ccitt(b"123456789")), hex(binascii.crc_hqx(b"", 0)))
print("murmur3 seeds:", [f"{murmur3_32(b'hello', seed):08x}" for seed in (0, 1, 42, 0xFFFFFFFF)])

print("hashlib digests of 'abc':")
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(f"  {name:>9} size={h.digest_size:2d} block={h.block_size:3d} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for part in (b"a", b"b", b"c"):
    h.update(part)
c = h.copy()
c.update(b"d")
print("  incremental sha256 ==:", h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), c.hexdigest()[:16])
print("  blake2b digest_size=16 key:", hashlib.blake2b(b"msg", digest_size=16, key=b"k").hexdigest())
print("  shake_128(10):", hashlib.shake_128(b"abc").hexdigest(10))
print("  pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())

print("zlib round trip:")
text = b"".join(b"line %d: %s\n" % (i, b"data" * (i % 5)) for i in range(50))
for level in (0, 1, 6, 9):
    comp = zlib.compress(text, level)
    print(f"  level {level}: {len(text)} -> {len(comp)} ok={zlib.decompress(comp) == text}")
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(text) + co.flush()
print("  raw deflate ok:", zlib.decompress(raw, -15) == text)
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("  zlib.error:", e)

print("check digits:")
for card in [4539578763621486, 4539578763621487, 79927398713, 1234567812345670]:
    print(f"  luhn {card}: {luhn_valid(card)}")
for prefix in ["030640615", "097522980", "123456789"]:
    print(f"  isbn {prefix}-{isbn10_check(prefix)}")
print("parity bits:", [(b, bin(b).count("1") & 1) for b in (0x00, 0x01, 0x7F, 0xFF, 0xA5)])
print("hamming distance:", (0b1011101 ^ 0b1001001).bit_count(), sum((a ^ b).bit_count() for a, b in zip(b"karolin", b"kathrin")))
