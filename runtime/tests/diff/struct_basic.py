import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['b', 'bi', '@bq', 'ci0q', '<bq', '>hi', '!d', '=e', 'xxc', '3s', '5p', '?H', 'P', 'nN', 'qQ', 'lL', '<lL',
            'i i', '10x', '0s', '', 'hd', 'bhiq', 'ibh', 'c2xHf']:
    t(lambda: struct.calcsize(fmt))
vals = [('b', -5), ('B', 250), ('h', -300), ('<H', 65535), ('>i', -2), ('!I', 4000000000), ('<q', -2**63), ('>Q', 2**64 - 1),
        ('l', -1), ('L', 2**64 - 1), ('n', -7), ('N', 7), ('P', 1234), ('?', 'x'), ('?', 0), ('c', b'z'), ('<e', 1.5),
        ('>e', -0.1), ('<e', 65519.0), ('<e', 1e-7), ('<e', 6e-8), ('<e', float('inf')), ('<e', float('nan')),
        ('<f', 0.1), ('>d', -2.5), ('f', 3), ('<f', 3.4028235e38), ('5s', b'ab'), ('2s', b'abcdef'), ('5p', b'ab'),
        ('2p', b'abc'), ('3s', bytearray(b'xy')), ('<i', True)]
for f, v in vals:
    t(lambda: struct.pack(f, v))
    try:
        print(' ', struct.unpack(f, struct.pack(f, v)))
    except Exception as e:
        print(' ', type(e).__name__, e)
print(struct.pack('<bhiq', 1, 2, 3, 4), struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('>2h3s?', 1, -1, b'abc', True))
print(struct.unpack('<2h3s?', b'\x01\x00\xff\xffabc\x01'), struct.unpack('<4B', b'\x01\x02\x03\x04'))
print(struct.unpack('<hxxI', b'\x01\x02\x00\x00\x03\x04\x05\x06'), struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
errs = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1),
        ('q', 2**63), ('Q', -1), ('n', 2**63), ('N', -1), ('<b', 200), ('<i', 2**31), ('<I', -1), ('<I', 2**32),
        ('<l', 2**31), ('<L', 2**32), ('<q', 2**63), ('<Q', -1), ('b', 1.0), ('i', 'x'), ('c', 'a'), ('c', b'ab'),
        ('e', 1e6), ('e', 65520.0), ('<f', 1e300), ('s', 1), ('s', 'str'), ('d', 'x'), ('P', 2**64)]
for f, v in errs:
    t(lambda: struct.pack(f, v))
for args in [('ii', 1), ('i', 1, 2), ('z',), ('3',), ('<n', 1), ('<P', 1), ('i5', 1)]:
    t(lambda: struct.pack(*args))
t(lambda: struct.unpack('i', b'abc'))
t(lambda: struct.unpack('<h', b'abc'))
t(lambda: struct.unpack('i', 'abcd'))
t(lambda: struct.unpack_from('i', b'abcdef', 4))
t(lambda: struct.unpack_from('i', b'ab'))
t(lambda: struct.unpack_from('<h', b'abcdef', 2))
t(lambda: struct.unpack_from('<h', b'abcdef', offset=-2))
t(lambda: struct.calcsize(5))
t(lambda: list(struct.iter_unpack('<h', b'abcdef')))
t(lambda: list(struct.iter_unpack('i', b'abcde')))
t(lambda: list(struct.iter_unpack('', b'abcde')))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
t(lambda: struct.pack_into('<i', buf, 6, 1))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(list(s.iter_unpack(bytes(12))), struct.Struct(b'>H').unpack(b'\x01\x02'))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
