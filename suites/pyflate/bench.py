"""Pyflate: pure-Python bzip2 and gzip (DEFLATE) decompression.

Decompresses two fixture files of the same 60 kB text (made once by
make_fixture.py with CPython's bz2 and gzip modules; the benchmark needs
neither).  bzip2: MSB-first bit reader, per-group canonical Huffman tables,
move-to-front with RUNA/RUNB zero runs, inverse Burrows-Wheeler transform,
the initial run-length stage and the big-endian CRC-32 of every block and
of the stream.  gzip: LSB-first bit reader, stored / fixed / dynamic
Huffman blocks, LZ77 copies and the reflected CRC-32 of the trailer.
"""

import os

import harness

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED_LENGTH = 60000
EXPECTED_CRC32 = 686989622


class FormatError(Exception):
    pass


# ------------------------------------------------------------ CRC tables

def _crc_table_msb():
    table = []
    for i in range(256):
        c = i << 24
        for _ in range(8):
            if c & 0x80000000:
                c = ((c << 1) ^ 0x04C11DB7) & 0xFFFFFFFF
            else:
                c = (c << 1) & 0xFFFFFFFF
        table.append(c)
    return table


def _crc_table_lsb():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            if c & 1:
                c = (c >> 1) ^ 0xEDB88320
            else:
                c >>= 1
        table.append(c)
    return table


CRC_MSB = _crc_table_msb()
CRC_LSB = _crc_table_lsb()


def crc32_msb(data, crc=0xFFFFFFFF):
    table = CRC_MSB
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[(crc >> 24) ^ b]
    return crc


def crc32_lsb(data):
    table = CRC_LSB
    crc = 0xFFFFFFFF
    for b in data:
        crc = (crc >> 8) ^ table[(crc ^ b) & 0xFF]
    return crc ^ 0xFFFFFFFF


# ------------------------------------------------------------ bit readers

class MSBReader(object):
    """Reads bits most-significant first (bzip2)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.buf = 0
        self.count = 0

    def bits(self, n):
        while self.count < n:
            if self.pos >= len(self.data):
                raise FormatError("unexpected end of data")
            self.buf = (self.buf << 8) | self.data[self.pos]
            self.pos += 1
            self.count += 8
        self.count -= n
        value = self.buf >> self.count
        self.buf &= (1 << self.count) - 1
        return value

    def bit(self):
        return self.bits(1)


class LSBReader(object):
    """Reads bits least-significant first (DEFLATE)."""

    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos
        self.buf = 0
        self.count = 0

    def bits(self, n):
        while self.count < n:
            if self.pos >= len(self.data):
                raise FormatError("unexpected end of data")
            self.buf |= self.data[self.pos] << self.count
            self.pos += 1
            self.count += 8
        value = self.buf & ((1 << n) - 1)
        self.buf >>= n
        self.count -= n
        return value

    def align(self):
        self.buf = 0
        self.count = 0


# ------------------------------------------------------------ Huffman

class Huffman(object):
    """Canonical Huffman code from code lengths (0 = unused symbol).

    decode() reads one bit at a time and compares against the first code
    of each length, so it works for both bit orders: the caller passes the
    reader's one-bit function.
    """

    def __init__(self, lengths):
        maxlen = max(lengths) if lengths else 0
        counts = [0] * (maxlen + 1)
        for n in lengths:
            if n:
                counts[n] += 1
        symbols = []
        for n in range(1, maxlen + 1):
            for sym, length in enumerate(lengths):
                if length == n:
                    symbols.append(sym)
        self.counts = counts
        self.symbols = symbols
        self.maxlen = maxlen

    def decode(self, reader):
        code = 0
        first = 0
        index = 0
        counts = self.counts
        for n in range(1, self.maxlen + 1):
            code |= reader.bits(1)
            count = counts[n]
            if code - first < count:
                return self.symbols[index + code - first]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise FormatError("bad Huffman code")


# ------------------------------------------------------------ bzip2

BLOCK_MAGIC = 0x314159265359
END_MAGIC = 0x177245385090


def bunzip2(data):
    r = MSBReader(data)
    if r.bits(24) != 0x425A68:   # "BZh"
        raise FormatError("not a bzip2 stream")
    level = r.bits(8) - 0x30
    if not 1 <= level <= 9:
        raise FormatError("bad block size")
    out = bytearray()
    combined = 0
    while True:
        magic = r.bits(48)
        if magic == END_MAGIC:
            stored = r.bits(32)
            if stored != combined:
                raise FormatError("stream CRC mismatch")
            return bytes(out)
        if magic != BLOCK_MAGIC:
            raise FormatError("bad block magic")
        block_crc = r.bits(32)
        block = bz_block(r, level * 100000)
        crc = crc32_msb(block) ^ 0xFFFFFFFF
        if crc != block_crc:
            raise FormatError("block CRC mismatch")
        combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ crc
        out += block


def bz_block(r, max_size):
    if r.bit():
        raise FormatError("randomised blocks are not supported")
    orig_ptr = r.bits(24)
    # which byte values are used
    used_groups = r.bits(16)
    alphabet = []
    for i in range(16):
        if used_groups & (0x8000 >> i):
            bits = r.bits(16)
            for j in range(16):
                if bits & (0x8000 >> j):
                    alphabet.append(i * 16 + j)
    alpha_size = len(alphabet) + 2
    ngroups = r.bits(3)
    if not 2 <= ngroups <= 6:
        raise FormatError("bad number of Huffman groups")
    nselectors = r.bits(15)
    # selectors, move-to-front coded in unary
    mtf_groups = list(range(ngroups))
    selectors = []
    for _ in range(nselectors):
        j = 0
        while r.bit():
            j += 1
            if j >= ngroups:
                raise FormatError("bad selector")
        g = mtf_groups.pop(j)
        mtf_groups.insert(0, g)
        selectors.append(g)
    # code lengths, delta coded
    tables = []
    for _ in range(ngroups):
        length = r.bits(5)
        lengths = []
        for _ in range(alpha_size):
            while True:
                if not 1 <= length <= 20:
                    raise FormatError("bad code length")
                if not r.bit():
                    break
                if r.bit():
                    length -= 1
                else:
                    length += 1
            lengths.append(length)
        tables.append(Huffman(lengths))
    # symbols -> bytes (MTF and RUNA/RUNB), counting for the BWT
    eob = alpha_size - 1
    mtf = alphabet[:]
    counts = [0] * 256
    tt = []
    run = 0
    run_weight = 1
    group_pos = 0
    sel_index = 0
    table = None
    while True:
        if group_pos == 0:
            if sel_index >= nselectors:
                raise FormatError("ran out of selectors")
            table = tables[selectors[sel_index]]
            sel_index += 1
            group_pos = 50
        group_pos -= 1
        sym = table.decode(r)
        if sym <= 1:           # RUNA / RUNB: bijective base-2 run of mtf[0]
            run += run_weight << sym
            run_weight <<= 1
            continue
        if run:
            b = mtf[0]
            counts[b] += run
            tt.extend([b] * run)
            run = 0
            run_weight = 1
        if sym == eob:
            break
        i = sym - 1
        b = mtf.pop(i)
        mtf.insert(0, b)
        counts[b] += 1
        tt.append(b)
    n = len(tt)
    if n > max_size or orig_ptr >= max(n, 1):
        raise FormatError("bad block length")
    # inverse BWT: next[] links each position to the one after it
    starts = [0] * 256
    total = 0
    for b in range(256):
        starts[b] = total
        total += counts[b]
    links = [0] * n
    for i in range(n):
        b = tt[i]
        links[starts[b]] = i
        starts[b] += 1
    pre = bytearray(n)
    pos = links[orig_ptr]
    for i in range(n):
        pre[i] = tt[pos]
        pos = links[pos]
    return undo_initial_rle(pre)


def undo_initial_rle(data):
    """Four equal bytes are followed by a count of further repeats."""
    out = bytearray()
    n = len(data)
    i = 0
    last = -1
    same = 0
    while i < n:
        b = data[i]
        i += 1
        if same == 4:
            out.extend(bytes([last]) * b)
            same = 0
            last = -1
            continue
        out.append(b)
        if b == last:
            same += 1
        else:
            last = b
            same = 1
    return out


# ------------------------------------------------------------ gzip / DEFLATE

def _length_tables():
    bases, extras = [], []
    base = 3
    for code in range(28):
        extra = 0 if code < 8 else (code - 4) // 4
        bases.append(base)
        extras.append(extra)
        base += 1 << extra
    bases.append(258)
    extras.append(0)
    return bases, extras


def _distance_tables():
    bases, extras = [], []
    base = 1
    for code in range(30):
        extra = 0 if code < 4 else (code - 2) // 2
        bases.append(base)
        extras.append(extra)
        base += 1 << extra
    return bases, extras


LEN_BASE, LEN_EXTRA = _length_tables()
DIST_BASE, DIST_EXTRA = _distance_tables()
CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1,
              15]
FIXED_LIT = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
FIXED_DIST = Huffman([5] * 30)


def gunzip(data):
    if data[0] != 0x1F or data[1] != 0x8B or data[2] != 8:
        raise FormatError("not a gzip stream")
    flags = data[3]
    pos = 10
    if flags & 4:                        # FEXTRA
        pos += 2 + data[pos] + (data[pos + 1] << 8)
    if flags & 8:                        # FNAME
        while data[pos]:
            pos += 1
        pos += 1
    if flags & 16:                       # FCOMMENT
        while data[pos]:
            pos += 1
        pos += 1
    if flags & 2:                        # FHCRC
        pos += 2
    r = LSBReader(data, pos)
    out = inflate(r)
    tail = r.pos
    crc = int.from_bytes(data[tail:tail + 4], "little")
    size = int.from_bytes(data[tail + 4:tail + 8], "little")
    if crc != crc32_lsb(out):
        raise FormatError("gzip CRC mismatch")
    if size != len(out) & 0xFFFFFFFF:
        raise FormatError("gzip size mismatch")
    return bytes(out)


def inflate(r):
    out = bytearray()
    while True:
        final = r.bits(1)
        kind = r.bits(2)
        if kind == 0:
            r.align()
            d = r.data
            p = r.pos
            length = d[p] | (d[p + 1] << 8)
            if length ^ 0xFFFF != (d[p + 2] | (d[p + 3] << 8)):
                raise FormatError("bad stored block")
            out += d[p + 4:p + 4 + length]
            r.pos = p + 4 + length
        elif kind == 1:
            inflate_block(r, out, FIXED_LIT, FIXED_DIST)
        elif kind == 2:
            lit, dist = read_dynamic_tables(r)
            inflate_block(r, out, lit, dist)
        else:
            raise FormatError("bad block type")
        if final:
            # give back whole unread bytes so the trailer can be read
            r.pos -= r.count // 8
            r.align()
            return out


def read_dynamic_tables(r):
    nlit = r.bits(5) + 257
    ndist = r.bits(5) + 1
    nclen = r.bits(4) + 4
    clen = [0] * 19
    for i in range(nclen):
        clen[CLEN_ORDER[i]] = r.bits(3)
    table = Huffman(clen)
    lengths = []
    while len(lengths) < nlit + ndist:
        sym = table.decode(r)
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            if not lengths:
                raise FormatError("repeat with no previous length")
            lengths.extend([lengths[-1]] * (3 + r.bits(2)))
        elif sym == 17:
            lengths.extend([0] * (3 + r.bits(3)))
        else:
            lengths.extend([0] * (11 + r.bits(7)))
    if len(lengths) != nlit + ndist:
        raise FormatError("too many code lengths")
    return Huffman(lengths[:nlit]), Huffman(lengths[nlit:])


def inflate_block(r, out, lit, dist):
    while True:
        sym = lit.decode(r)
        if sym < 256:
            out.append(sym)
        elif sym == 256:
            return
        else:
            sym -= 257
            length = LEN_BASE[sym] + r.bits(LEN_EXTRA[sym])
            dsym = dist.decode(r)
            distance = DIST_BASE[dsym] + r.bits(DIST_EXTRA[dsym])
            if distance > len(out):
                raise FormatError("distance too far back")
            start = len(out) - distance
            if length <= distance:
                out += out[start:start + length]
            else:
                for i in range(length):
                    out.append(out[start + i])


# ------------------------------------------------------------ benchmark

def load(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return f.read()


BZ2_DATA = load("fixture.txt.bz2")
GZ_DATA = load("fixture.txt.gz")


def run_once():
    return (bunzip2(BZ2_DATA), gunzip(GZ_DATA))


def check(result):
    from_bz2, from_gz = result
    harness.expect(len(from_bz2), EXPECTED_LENGTH, "bzip2 output length")
    harness.expect(from_bz2 == from_gz, True, "bzip2 and gzip outputs agree")
    harness.expect(crc32_lsb(from_bz2), EXPECTED_CRC32, "CRC-32 of output")


if __name__ == "__main__":
    harness.main("pyflate", run_once, check=check)
