# Compression toolkit on bytes: Huffman coding with a bit writer/reader,
# run-length and LZ77 codecs, a framed container with struct headers and
# CRC checks (binascii), plus base64/hex transport encodings.
import base64
import binascii
import heapq
import struct
from collections import Counter
from itertools import count


class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, width):
        for shift in range(width - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> shift) & 1)
            self.nbits += 1
            if self.nbits == 8:
                self.buf.append(self.acc)
                self.acc = self.nbits = 0

    def finish(self):
        pad = (8 - self.nbits) % 8
        if self.nbits:
            self.buf.append(self.acc << pad)
        return bytes(self.buf), pad


class BitReader:
    def __init__(self, data, pad=0):
        self.data, self.pos = data, 0
        self.total = len(data) * 8 - pad

    def read(self):
        if self.pos >= self.total:
            raise EOFError("out of bits")
        byte = self.data[self.pos >> 3]
        bit = (byte >> (7 - (self.pos & 7))) & 1
        self.pos += 1
        return bit


def huffman_codes(data: bytes):
    freq = Counter(data)
    if len(freq) == 1:
        return {next(iter(freq)): "0"}
    tie = count()
    heap = [(n, next(tie), sym) for sym, n in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix

    walk(heap[0][2], "")
    return codes


def huff_encode(data):
    codes = huffman_codes(data)
    w = BitWriter()
    for b in data:
        c = codes[b]
        w.write(int(c, 2), len(c))
    body, pad = w.finish()
    return codes, body, pad


def huff_decode(codes, body, pad, n):
    rev = {v: k for k, v in codes.items()}
    r, out, cur = BitReader(body, pad), bytearray(), ""
    while len(out) < n:
        cur += str(r.read())
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return bytes(out)


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    return b"".join(bytes([v]) * n for n, v in zip(data[::2], data[1::2]))


def lz77_encode(data: bytes, window=64, max_len=15):
    i, out = 0, []
    while i < len(data):
        best_off = best_len = 0
        for off in range(1, min(i, window) + 1):
            length = 0
            while (length < max_len and i + length < len(data)
                   and data[i + length - off] == data[i + length]):
                length += 1
            if length > best_len:
                best_off, best_len = off, length
        if best_len >= 3:
            out.append((best_off, best_len, None))
            i += best_len
        else:
            out.append((0, 0, data[i]))
            i += 1
    return out


def lz77_decode(tokens):
    buf = bytearray()
    for off, length, lit in tokens:
        if lit is not None:
            buf.append(lit)
        else:
            for _ in range(length):
                buf.append(buf[-off])
    return bytes(buf)


MAGIC = b"EMBZ"
HEADER = struct.Struct(">4sBHIi")  # magic, method, n, original length, crc32


def pack_frame(method, payload: bytes, original: bytes) -> bytes:
    crc = binascii.crc32(original)
    return HEADER.pack(MAGIC, method, len(payload), len(original), crc - (1 << 32) if crc >= 1 << 31 else crc) + payload


def unpack_frame(frame: bytes):
    magic, method, n, olen, crc = HEADER.unpack_from(frame)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = frame[HEADER.size:HEADER.size + n]
    if len(payload) != n:
        raise ValueError(f"truncated: want {n} bytes, have {len(payload)}")
    return method, payload, olen, crc & 0xFFFFFFFF


samples = [b"abracadabra", b"aaaaaaaaaabbbbbbbbbbbbcccd", "the theme then thereafter".encode(),
           bytes(range(16)) * 2, "ünïcödé ✓".encode("utf-8"), b"x"]
for s in samples:
    codes, body, pad = huff_encode(s)
    assert huff_decode(codes, body, pad, len(s)) == s
    rle = rle_encode(s)
    lz = lz77_encode(s)
    bits = sum(len(c) * n for c, n in ((codes[k], v) for k, v in Counter(s).items()))
    print(f"{s[:12]!r:<18} n={len(s):3} huff={len(body):3}B/{bits:3}b pad={pad} "
          f"rle={len(rle):3} lz={sum(1 for t in lz if t[2] is None)}/{len(lz)} ok={rle_decode(rle) == s and lz77_decode(lz) == s}")
codes = huffman_codes(b"abracadabra")
print(sorted((chr(k), v) for k, v in codes.items()))
print(lz77_encode(b"abcabcabcabcx"))
frame = pack_frame(1, rle_encode(b"zzzzzzzzyy"), b"zzzzzzzzyy")
print(frame, HEADER.size, len(frame))
method, payload, olen, crc = unpack_frame(frame)
print(method, payload, olen, hex(crc), rle_decode(payload) == b"zzzzzzzzyy", crc == binascii.crc32(b"zzzzzzzzyy"))
for bad in (b"XXXX" + frame[4:], frame[:-1]):
    try:
        unpack_frame(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    unpack_frame(frame[:5])
except struct.error as e:
    print("struct.error:", e)
t = base64.b64encode(frame)
print(t, base64.b64decode(t) == frame, base64.b85encode(b"hello"), base64.a85encode(b"hi there"))
print(binascii.hexlify(frame[:8], "-"), frame[:8].hex(":", 2), bytes.fromhex("de ad be ef"), binascii.unhexlify("00ff"))
print(struct.pack("<3sxH?f", b"ab", 513, True, 1.5), struct.unpack("<qd", struct.pack("<qd", -2, 0.25)))
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")), struct.pack(">e", 0.5), struct.calcsize("<I2h"))
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
ba.extend(b"!!")
del ba[5]
ba.insert(0, 62)
print(ba, ba.find(b"wor"), ba.count(b"!"), ba.replace(b"!", b"?"), bytes(ba).title(), ba.pop(), ba.rstrip(b"!"))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "big", signed=True), (1024).to_bytes(4, "little"))
mv = memoryview(bytearray(b"abcdef"))
mv[1:3] = b"XY"
print(mv.tobytes(), mv[::2].tobytes(), len(mv), mv[0], bytes(mv[-2:]), mv.obj)
print(b"a-b_c".translate(bytes.maketrans(b"-_", b"  ")), b"  x ".strip(), b"abc".center(7, b"*"), b"%05.1f|%-4s|" % (2.25, b"ab"))
