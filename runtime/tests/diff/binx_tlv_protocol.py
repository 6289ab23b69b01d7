# A tag-length-value message protocol over a byte stream (io.BytesIO as the socket).
import io
import struct
from enum import IntEnum


class Tag(IntEnum):
    END = 0
    INT = 1
    STR = 2
    BYTES = 3
    FLOAT = 4
    LIST = 5
    MAP = 6
    BOOL = 7
    NONE = 8


class ProtocolError(Exception):
    pass


def encode(value, out):
    if value is None:
        out.write(struct.pack('!BI', Tag.NONE, 0))
    elif isinstance(value, bool):
        out.write(struct.pack('!BI?', Tag.BOOL, 1, value))
    elif isinstance(value, int):
        body = value.to_bytes((value.bit_length() + 8) // 8, 'big', signed=True)
        out.write(struct.pack('!BI', Tag.INT, len(body)) + body)
    elif isinstance(value, float):
        out.write(struct.pack('!BId', Tag.FLOAT, 8, value))
    elif isinstance(value, str):
        body = value.encode('utf-8')
        out.write(struct.pack('!BI', Tag.STR, len(body)))
        out.write(body)
    elif isinstance(value, (bytes, bytearray, memoryview)):
        out.write(struct.pack('!BI', Tag.BYTES, len(value)))
        out.write(value)
    elif isinstance(value, (list, tuple)):
        inner = io.BytesIO()
        for item in value:
            encode(item, inner)
        out.write(struct.pack('!BI', Tag.LIST, inner.tell()))
        out.write(inner.getbuffer())
    elif isinstance(value, dict):
        inner = io.BytesIO()
        for k in sorted(value):
            encode(k, inner)
            encode(value[k], inner)
        out.write(struct.pack('!BI', Tag.MAP, len(inner.getvalue())))
        out.write(inner.getvalue())
    else:
        raise TypeError(f'cannot encode {type(value).__name__}')


def read_exact(stream, n):
    data = stream.read(n)
    if len(data) != n:
        raise ProtocolError(f'wanted {n} bytes, got {len(data)} at offset {stream.tell()}')
    return data


def decode(stream):
    tag_byte, length = struct.unpack('!BI', read_exact(stream, 5))
    try:
        tag = Tag(tag_byte)
    except ValueError as e:
        raise ProtocolError(str(e)) from None
    body = read_exact(stream, length)
    if tag is Tag.NONE:
        return None
    if tag is Tag.BOOL:
        return body != b'\x00'
    if tag is Tag.INT:
        return int.from_bytes(body, 'big', signed=True)
    if tag is Tag.FLOAT:
        return struct.unpack('!d', body)[0]
    if tag is Tag.STR:
        return body.decode('utf-8')
    if tag is Tag.BYTES:
        return body
    sub = io.BytesIO(body)
    items = []
    while sub.tell() < length:
        items.append(decode(sub))
    if tag is Tag.LIST:
        return items
    return dict(zip(items[::2], items[1::2]))


message = {
    'id': 4242,
    'user': 'zoë',
    'scores': [1, -2, 3.5, 2**70, -(2**65)],
    'flags': [True, False, None],
    'blob': b'\x00\x01\xfe\xff',
    'nested': {'a': [], 'b': {}, 'c': ['x', b'y']},
}
wire = io.BytesIO()
encode(message, wire)
data = wire.getvalue()
print('encoded', len(data), data[:24].hex(' '))
wire.seek(0)
back = decode(wire)
print(back == message, wire.tell() == len(data))
for k in sorted(back):
    print(' ', k, repr(back[k]))

# several messages back-to-back on one stream
stream = io.BytesIO()
for m in [1, 'two', [3], {'four': 4}, b'five', -6.25]:
    encode(m, stream)
print('stream size', stream.tell(), stream.seek(0), stream.getbuffer().nbytes)
while True:
    pos = stream.tell()
    if pos == len(stream.getvalue()):
        break
    print(pos, repr(decode(stream)))

# error handling
bad_inputs = [
    data[:3],
    data[:-1],
    b'\x63\x00\x00\x00\x00',
    struct.pack('!BI', Tag.STR, 2) + b'\xff\xfe',
    struct.pack('!BI', Tag.FLOAT, 4) + b'\x00' * 4,
]
for bad in bad_inputs:
    try:
        print('decoded', decode(io.BytesIO(bad)))
    except ProtocolError as e:
        print('ProtocolError:', e)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e.reason, e.start, e.end)
    except struct.error as e:
        print('struct.error:', e)
try:
    encode({1, 2}, io.BytesIO())
except TypeError as e:
    print('TypeError:', e)

# BytesIO file behaviour
f = io.BytesIO(b'0123456789')
print(f.read(3), f.tell(), f.seek(-2, io.SEEK_END), f.read(), f.seek(2), f.write(b'AB'), f.getvalue())
f.seek(15)
f.write(b'Z')
print(f.getvalue(), f.truncate(5), f.getvalue(), f.tell())
print(f.readable(), f.writable(), f.seekable(), f.closed)
f.seek(0)
print(f.read1(2), f.readinto(bytearray(2)), f.readline(), f.read())
g = io.BytesIO(b'line1\nline2\r\nline3')
print(g.readlines(), list(io.BytesIO(b'a\nb\n')))
buf = f.getbuffer()
buf[0] = ord('#')
print(f.getvalue()[:3], buf.nbytes)
buf.release()
f.close()
for op in (f.read, f.getvalue, f.tell):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError:', e)
