# LEB128 / protobuf-style varints, zigzag, and int <-> bytes conversions
import io


def uleb_encode(n):
    if n < 0:
        raise ValueError(f'unsigned LEB128 cannot encode {n}')
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sleb_encode(n):
    out = bytearray()
    more = True
    while more:
        byte = n & 0x7F
        n >>= 7
        if (n == 0 and not byte & 0x40) or (n == -1 and byte & 0x40):
            more = False
        else:
            byte |= 0x80
        out.append(byte)
    return bytes(out)


def uleb_decode(stream):
    result = shift = 0
    while True:
        b = stream.read(1)
        if not b:
            raise EOFError('truncated varint')
        val = b[0]
        result |= (val & 0x7F) << shift
        shift += 7
        if not val & 0x80:
            return result


def sleb_decode(data, pos=0):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            if byte & 0x40:
                result -= 1 << shift
            return result, pos


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def unzigzag(z):
    return (z >> 1) ^ -(z & 1)


values = [0, 1, 127, 128, 255, 300, 16383, 16384, 2**32 - 1, 2**63, 2**64 + 5, 10**30]
for v in values:
    enc = uleb_encode(v)
    dec = uleb_decode(io.BytesIO(enc))
    print(f'{v:>32} {enc.hex(" "):<45} len={len(enc)} bits={v.bit_length()} ok={dec == v}')

for v in [0, -1, 1, 63, 64, -64, -65, -128, 2**40, -(2**40), -123456789]:
    enc = sleb_encode(v)
    dec, pos = sleb_decode(enc)
    print(f'{v:>16} {enc.hex():<16} {dec == v} {pos} zz={zigzag(v)} back={unzigzag(zigzag(v))}')

stream = io.BytesIO(b''.join(uleb_encode(v) for v in [5, 1000, 70000]) + b'\x80')
got = []
try:
    while True:
        got.append(uleb_decode(stream))
except EOFError as e:
    print('stopped:', e, got, stream.tell())

try:
    uleb_encode(-3)
except ValueError as e:
    print('ValueError:', e)

# int.to_bytes / from_bytes
for n in [0, 1, 255, 256, -1, -128, -129, 65535, -32768, 2**64 - 1]:
    length = max(1, (n.bit_length() + 8) // 8)
    sb = n.to_bytes(length, 'big', signed=True)
    lb = n.to_bytes(length, 'little', signed=True)
    print(n, length, sb.hex(), lb.hex(), int.from_bytes(sb, 'big', signed=True),
          int.from_bytes(lb, byteorder='little', signed=True), int.from_bytes(sb, 'big'))
print((1024).to_bytes(2), (1024).to_bytes(2, 'little'), (5).to_bytes(), int.from_bytes(b'\x01\x00'))
print(int.from_bytes([1, 2, 3], 'little'), int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(memoryview(b'\x80'), 'big', signed=True))
print((0).to_bytes(0, 'big'), True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'))

class Tag(int):
    pass
print(type(Tag.from_bytes(b'\x07', 'big')).__name__, Tag.from_bytes(b'\x07', 'big'))

for args in [(256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True), (-129, 1, 'little', True),
             (1, 1, 'middle'), (1, -1, 'big'), (1, 0, 'big')]:
    n, rest = args[0], args[1:]
    try:
        if len(rest) == 3:
            print(n.to_bytes(rest[0], rest[1], signed=rest[2]))
        else:
            print(n.to_bytes(*rest))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes('abc', 'big')
except TypeError as e:
    print('TypeError:', e)
try:
    int.from_bytes(b'a', 'sideways')
except ValueError as e:
    print('ValueError:', e)

# bit manipulation helpers
def bits(n, width=16):
    return format(n & ((1 << width) - 1), f'0{width}b')

for n in [0, 1, 7, 255, 1023, 0xF0F0, -1, -256, 2**100 + 1]:
    print(n, n.bit_length(), n.bit_count(), bits(n), bin(n), hex(n), oct(n))

flags = 0
READ, WRITE, EXEC, HIDDEN = 1, 2, 4, 0x80
flags |= READ | EXEC
flags ^= HIDDEN
print(bits(flags, 8), bool(flags & WRITE), flags & ~EXEC, (flags >> 2) & 1)
mask = (1 << 12) - 1
word = 0xABCDEF
print(hex(word & mask), hex(word >> 12), hex((word << 4) & 0xFFFFFF), hex(~word & 0xFFFFFF))
rotl = lambda x, r, w=32: ((x << r) | (x >> (w - r))) & ((1 << w) - 1)
print(hex(rotl(0x80000001, 1)), hex(rotl(0x12345678, 8)), hex(rotl(0xDEADBEEF, 31)))
print(int('1011', 2), int('ff', 16), int('0x1F', 0), int('0b101', 0), int('0o17', 0), int('z', 36))
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
print((-7) >> 1, (-7) // 2, -7 & 0xFF, 5 ^ -1, ~5)
