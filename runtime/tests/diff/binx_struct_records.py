import struct

# A record-oriented file format: header + fixed records
HEADER = struct.Struct('<4sHHI')
RECORD = struct.Struct('<iIhHbBq?xd')

def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = ' '.join('%02x' % b for b in chunk)
        asc = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        print('%08x  %-*s  |%s|' % (off, width * 3 - 1, hx, asc))

print('header size', HEADER.size, 'record size', RECORD.size, HEADER.format, RECORD.format)

records = [
    (-1, 1, -2, 2, -3, 3, -2**63, True, 1.5),
    (2**31 - 1, 2**32 - 1, 32767, 65535, 127, 255, 2**63 - 1, False, -0.0),
    (0, 0, 0, 0, 0, 0, 0, True, float('inf')),
]
buf = bytearray(HEADER.size + RECORD.size * len(records))
HEADER.pack_into(buf, 0, b'RECS', 1, 0, len(records))
for i, r in enumerate(records):
    RECORD.pack_into(buf, HEADER.size + i * RECORD.size, *r)
hexdump(bytes(buf))

magic, major, minor, count = HEADER.unpack_from(buf)
print(magic, major, minor, count)
for rec in RECORD.iter_unpack(memoryview(buf)[HEADER.size:]):
    print(rec)

# byte orders and native alignment
for order in '@=<>!':
    fmt = order + 'bhiqd'
    print(repr(fmt), struct.calcsize(fmt), struct.pack(fmt, 1, 2, 3, 4, 5.0).hex())

for fmt in ['c', '3s', '10p', 'e', 'f', 'd', 'n', 'N', 'P', '?', 'xxH', 'b0i', '0s', '5x', '2h3i', 'hi', 'ih', 'ci', '@iq', '=iq']:
    print(fmt, struct.calcsize(fmt))

# strings and pascal strings
print(struct.pack('5s', b'abcdefgh'), struct.pack('5s', b'ab'))
print(struct.pack('5p', b'abcdefgh'), struct.pack('5p', b'ab'))
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('3c', b'x', b'y', b'z'))
print(struct.pack('>e', 1.5).hex(), struct.unpack('>e', b'\x3c\x00'))
print(struct.pack('<f', 0.1).hex(), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('?', 'yes'), struct.pack('?', []), struct.unpack('??', b'\x00\x05'))

errs = [
    lambda: struct.pack('b', 128),
    lambda: struct.pack('B', -1),
    lambda: struct.pack('h', 40000),
    lambda: struct.pack('<H', 70000),
    lambda: struct.pack('<i', 2**31),
    lambda: struct.pack('<I', -5),
    lambda: struct.pack('<q', 2**63),
    lambda: struct.pack('<Q', 2**64),
    lambda: struct.pack('i', 'x'),
    lambda: struct.pack('i', 1.0),
    lambda: struct.pack('c', b'ab'),
    lambda: struct.pack('c', 'a'),
    lambda: struct.pack('s', 'abc'),
    lambda: struct.pack('ii', 1),
    lambda: struct.pack('i', 1, 2),
    lambda: struct.unpack('i', b'abc'),
    lambda: struct.unpack('<h', b'abc'),
    lambda: struct.unpack_from('<i', b'abcd', 2),
    lambda: struct.calcsize('z'),
    lambda: struct.calcsize('<P'),
    lambda: struct.pack('<e', 1e6),
    lambda: struct.pack('f', 1e300),
    lambda: struct.iter_unpack('<h', b'abc'),
    lambda: struct.iter_unpack('', b''),
    lambda: struct.pack_into('<i', bytearray(3), 0, 1),
    lambda: struct.pack_into('<i', bytearray(8), 6, 1),
    lambda: struct.pack_into('<i', b'abcd', 0, 1),
]
for i, f in enumerate(errs):
    try:
        print(i, 'ok', f())
    except Exception as e:
        print(i, type(e).__name__, e)

# Struct object repr-ish and equality of results
s = struct.Struct('>HH')
print(s.size, s.format, s.unpack(b'\x01\x02\x03\x04'), list(s.iter_unpack(b'\x00\x01' * 4)))
s2 = struct.Struct(b'<L')
print(s2.format, s2.pack(0xDEADBEEF).hex())

# iter_unpack over different buffers, watching the length hint shrink
it = struct.iter_unpack('<hh', bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(RECORD.iter_unpack(b''))[:1], type(s).__module__, type(s).__name__)
try:
    struct.iter_unpack('<h', 1234)
except TypeError as e:
    print('TypeError:', e)
