# A tar-like archive format built in memory: 64-byte headers, 16-byte aligned data,
# per-member CRC and optional zlib compression, plus an index at the end.
import io
import struct
import zlib
import hashlib
import binascii

MAGIC = b'BXAR'
VERSION = 2
MEMBER = struct.Struct('<32sIIIBxHQI')   # name, size, stored size, crc, flags, mode, mtime, header crc
FLAG_ZLIB = 0x01
FLAG_EXEC = 0x02
ALIGN = 16


class ArchiveError(Exception):
    pass


def pad_len(n):
    return (-n) % ALIGN


class Writer:
    def __init__(self):
        self.out = io.BytesIO()
        self.out.write(MAGIC + struct.pack('<HH', VERSION, 0))
        self.index = []

    def add(self, name, data, compress=False, executable=False, mtime=1_700_000_000):
        raw_name = name.encode('utf-8')
        if len(raw_name) > 32:
            raise ArchiveError(f'name too long: {name!r} ({len(raw_name)} bytes)')
        stored = zlib.compress(data, 9) if compress else data
        flags = (FLAG_ZLIB if compress else 0) | (FLAG_EXEC if executable else 0)
        fields = (raw_name, len(data), len(stored), zlib.crc32(data), flags, 0o755 if executable else 0o644, mtime)
        head = MEMBER.pack(*fields, 0)
        head = MEMBER.pack(*fields, zlib.crc32(head[:-4]))
        self.index.append((name, self.out.tell()))
        self.out.write(head)
        self.out.write(stored)
        self.out.write(b'\0' * pad_len(len(stored)))

    def finish(self):
        index_pos = self.out.tell()
        for name, off in self.index:
            raw = name.encode()
            self.out.write(struct.pack('<B', len(raw)) + raw + struct.pack('<I', off))
        self.out.write(struct.pack('<IH', index_pos, len(self.index)) + b'END!')
        return self.out.getvalue()


def read_member(buf, off):
    if off + MEMBER.size > len(buf):
        raise ArchiveError(f'truncated header at {off}')
    name, size, stored, crc, flags, mode, mtime, hcrc = MEMBER.unpack_from(buf, off)
    if zlib.crc32(bytes(buf[off:off + MEMBER.size - 4])) != hcrc:
        raise ArchiveError(f'bad header checksum at {off}')
    start = off + MEMBER.size
    body = bytes(buf[start:start + stored])
    if len(body) != stored:
        raise ArchiveError('truncated data')
    data = zlib.decompress(body) if flags & FLAG_ZLIB else body
    if zlib.crc32(data) != crc or len(data) != size:
        raise ArchiveError(f'data checksum mismatch for {name.rstrip(bytes(1)).decode()}')
    return name.rstrip(b'\0').decode('utf-8'), data, flags, oct(mode), mtime


def list_archive(blob):
    view = memoryview(blob)
    if view[:4] != MAGIC:
        raise ArchiveError('not an archive: %r' % bytes(view[:4]))
    version, _ = struct.unpack_from('<HH', view, 4)
    if bytes(view[-4:]) != b'END!':
        raise ArchiveError('missing trailer')
    index_pos, count = struct.unpack_from('<IH', view, len(view) - 10)
    pos = index_pos
    entries = []
    for _ in range(count):
        (n,) = struct.unpack_from('<B', view, pos)
        name = bytes(view[pos + 1:pos + 1 + n]).decode()
        (off,) = struct.unpack_from('<I', view, pos + 1 + n)
        pos += 5 + n
        entries.append((name, off))
    return version, entries


w = Writer()
w.add('README.txt', b'hello archive\n' * 3)
w.add('bin/run.sh', b'#!/bin/sh\necho run\n', executable=True)
w.add('data/zeros.bin', bytes(1000), compress=True)
w.add('data/ünï.txt', 'ünïcode name'.encode(), compress=True)
w.add('empty', b'')
try:
    w.add('x' * 40, b'')
except ArchiveError as e:
    print('ArchiveError:', e)
blob = w.finish()
print('archive bytes', len(blob), 'sha1', hashlib.sha1(blob).hexdigest())
print(binascii.hexlify(blob[:8 + MEMBER.size], ' ', -4).decode())

version, entries = list_archive(blob)
print('version', version)
for name, off in entries:
    nm, data, flags, mode, mtime = read_member(blob, off)
    assert nm == name
    print(f'{name:<16} off={off:<5} size={len(data):<5} flags={flags:02b} mode={mode} {data[:12]!r}')

# corruption tests
for label, mutate in [
    ('flip data byte', lambda b: b.__setitem__(entries[0][1] + MEMBER.size + 2, b[entries[0][1] + MEMBER.size + 2] ^ 0x20)),
    ('flip header', lambda b: b.__setitem__(entries[1][1] + 40, 0x7F)),
    ('bad magic', lambda b: b.__setitem__(slice(0, 4), b'ZZZZ')),
    ('cut trailer', lambda b: b.__delitem__(slice(-2, None))),
    ('damage zlib', lambda b: b.__setitem__(entries[2][1] + MEMBER.size + 3, 0xFF)),
]:
    b = bytearray(blob)
    mutate(b)
    try:
        _, ents = list_archive(b)
        for name, off in ents:
            read_member(b, off)
        print(label, '-> undetected')
    except ArchiveError as e:
        print(label, '-> ArchiveError:', e)
    except zlib.error as e:
        print(label, '-> zlib.error:', e)

print(MEMBER.size, MEMBER.format, pad_len(0), pad_len(1), pad_len(17))
print(binascii.crc_hqx(blob[:64], 0), binascii.b2a_hex(blob[-10:]), binascii.unhexlify('454e4421'))
print(binascii.a2b_base64(binascii.b2a_base64(b'archive', newline=False)), binascii.b2a_base64(b'\xff\xfe'))
try:
    binascii.unhexlify('abc')
except binascii.Error as e:
    print('binascii.Error:', e)
try:
    binascii.unhexlify('zz')
except binascii.Error as e:
    print('binascii.Error:', e)
try:
    binascii.a2b_base64(b'abc')
except binascii.Error as e:
    print('binascii.Error:', e)
