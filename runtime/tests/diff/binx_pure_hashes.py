# Pure-Python CRC32, Adler-32, FNV-1a, SHA-256 and base32 checked against the C-backed versions.
import hashlib
import zlib
import binascii
import base64
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


def adler32(data, value=1):
    a, b = value & 0xFFFF, value >> 16
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fnv1a_64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


PRIMES = [p for p in range(2, 320) if all(p % d for d in range(2, int(p ** 0.5) + 1))][:64]


def frac_bits(x, root):
    # first 32 bits of the fractional part of x ** (1/root), by integer search
    lo, hi = 0, 1 << 40
    scale = 1 << 32
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** root <= x * scale ** root:
            lo = mid
        else:
            hi = mid - 1
    return lo & 0xFFFFFFFF


SHA_K = [frac_bits(p, 3) for p in PRIMES]
SHA_H = [frac_bits(p, 2) for p in PRIMES[:8]]


def rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF


def sha256(msg):
    length = len(msg) * 8
    msg = msg + b'\x80' + b'\x00' * ((55 - len(msg)) % 64) + struct.pack('>Q', length)
    h = list(SHA_H)
    for off in range(0, len(msg), 64):
        w = list(struct.unpack('>16I', msg[off:off + 64]))
        for i in range(16, 64):
            s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & 0xFFFFFFFF)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + SHA_K[i] + w[i]) & 0xFFFFFFFF
            S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & 0xFFFFFFFF
            a, b, c, d, e, f, g, hh = (t1 + t2) & 0xFFFFFFFF, a, b, c, (d + t1) & 0xFFFFFFFF, e, f, g
        h = [(x + y) & 0xFFFFFFFF for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return struct.pack('>8I', *h)


B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(data):
    out = []
    for off in range(0, len(data), 5):
        chunk = data[off:off + 5]
        n = int.from_bytes(chunk.ljust(5, b'\0'), 'big')
        chars = [B32[(n >> (35 - 5 * i)) & 31] for i in range(8)]
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.append(''.join(chars[:used]) + '=' * (8 - used))
    return ''.join(out).encode()


print('K[:4]', [hex(k) for k in SHA_K[:4]], 'H[:2]', [hex(x) for x in SHA_H[:2]])
inputs = [b'', b'a', b'abc', b'message digest', bytes(range(256)), b'x' * 1000, 'héllo wörld'.encode()]
for data in inputs:
    mine = (crc32(data), adler32(data), sha256(data).hex(), b32encode(data))
    ref = (zlib.crc32(data), zlib.adler32(data), hashlib.sha256(data).hexdigest(), base64.b32encode(data))
    print(f'{len(data):5} crc={mine[0]:08x} adler={mine[1]:08x} fnv={fnv1a_64(data):016x} '
          f'sha={mine[2][:16]} match={[m == r for m, r in zip(mine, ref)]}')

# incremental CRC must combine the same way zlib's does
whole = b''.join(inputs)
running = 0
for part in inputs:
    running = crc32(part, running)
print(running == zlib.crc32(whole) == binascii.crc32(whole), adler32(inputs[2], adler32(inputs[1])) == zlib.adler32(inputs[1] + inputs[2]))
print(b32encode(b'fooba'), b32encode(b'f'), b32encode(b'foob'))
print(hex(fnv1a_64(b'hello')), fnv1a_64(b'hello').bit_length(), (fnv1a_64(b'a') ^ fnv1a_64(b'b')).bit_count())
