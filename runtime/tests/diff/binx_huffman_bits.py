# Huffman coding with a bit-level writer/reader, serialized into a compact binary container.
import heapq
import struct
from collections import Counter


class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, width):
        if value >> width:
            raise OverflowError(f'{value} does not fit in {width} bits')
        self.acc = (self.acc << width) | value
        self.nbits += width
        while self.nbits >= 8:
            self.nbits -= 8
            self.buf.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def getvalue(self):
        pad = (8 - self.nbits) % 8
        if self.nbits:
            return bytes(self.buf) + bytes([(self.acc << pad) & 0xFF]), pad
        return bytes(self.buf), 0


class BitReader:
    def __init__(self, data, total_bits):
        self.data = memoryview(data)
        self.pos = 0
        self.total = total_bits

    def read(self, width):
        if self.pos + width > self.total:
            raise EOFError(f'need {width} bits at {self.pos}, only {self.total - self.pos} left')
        val = 0
        for _ in range(width):
            byte = self.data[self.pos >> 3]
            val = (val << 1) | ((byte >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return val


def build_codes(freq):
    heap = [(n, i, sym) for i, (sym, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: 1}
    parents = {}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        node = ('node', counter)
        parents[a] = parents[b] = node
        heapq.heappush(heap, (n1 + n2, counter, node))
        counter += 1
    lengths = {}
    for sym in freq:
        depth, cur = 0, sym
        while cur in parents:
            cur = parents[cur]
            depth += 1
        lengths[sym] = depth
    return lengths


def canonical(lengths):
    codes = {}
    code = 0
    prev_len = 0
    for sym, ln in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= ln - prev_len
        codes[sym] = (code, ln)
        code += 1
        prev_len = ln
    return codes


def compress(data):
    lengths = build_codes(Counter(data))
    codes = canonical(lengths)
    w = BitWriter()
    for b in data:
        w.write(*codes[b])
    body, pad = w.getvalue()
    table = b''.join(struct.pack('BB', sym, ln) for sym, ln in sorted(lengths.items()))
    header = struct.pack('>4sIHB', b'HUF1', len(data), len(lengths), pad)
    return header + table + body


def decompress(blob):
    magic, count, nsyms, pad = struct.unpack_from('>4sIHB', blob)
    if magic != b'HUF1':
        raise ValueError('bad magic')
    off = struct.calcsize('>4sIHB')
    lengths = dict(struct.iter_unpack('BB', blob[off:off + 2 * nsyms]))
    body = blob[off + 2 * nsyms:]
    decode = {v: k for k, v in canonical(lengths).items()}
    r = BitReader(body, len(body) * 8 - pad)
    out = bytearray()
    while len(out) < count:
        code, ln = 0, 0
        while (code, ln) not in decode:
            code = (code << 1) | r.read(1)
            ln += 1
            if ln > 32:
                raise ValueError('invalid code')
        out.append(decode[code, ln])
    return bytes(out)


samples = [
    b'abracadabra',
    b'aaaaaaaaaaaaaaaaaaaab',
    b'x',
    bytes(range(16)) * 3,
    'mississippi river banks – ünïcödé'.encode(),
]
for s in samples:
    blob = compress(s)
    back = decompress(blob)
    lengths = build_codes(Counter(s))
    print(f'{len(s):3} -> {len(blob):3} ok={back == s} maxlen={max(lengths.values())} {blob[:12].hex()}')
    codes = canonical(lengths)
    shown = sorted(codes.items())[:4]
    print('   ', [(chr(sym) if 32 <= sym < 127 else sym, format(c, f'0{n}b')) for sym, (c, n) in shown])

w = BitWriter()
for v, n in [(1, 1), (5, 3), (0, 2), (255, 8), (0x3FF, 10)]:
    w.write(v, n)
data, pad = w.getvalue()
print(data.hex(), pad, ' '.join(f'{b:08b}' for b in data))
r = BitReader(data, len(data) * 8 - pad)
print([r.read(n) for n in (1, 3, 2, 8, 10)])
try:
    r.read(1)
except EOFError as e:
    print('EOFError:', e)
try:
    w.write(4, 2)
except OverflowError as e:
    print('OverflowError:', e)
try:
    decompress(b'HUF0' + bytes(10))
except ValueError as e:
    print('ValueError:', e)
bad = bytearray(compress(b'abracadabra'))
del bad[-2:]
try:
    decompress(bytes(bad))
except EOFError as e:
    print('EOFError:', e)
