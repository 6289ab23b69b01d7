# Intel HEX and Motorola S-record encoders/decoders for a firmware image.
import binascii
import struct


def checksum8(data):
    return (-sum(data)) & 0xFF


def to_ihex(image, base=0, width=16):
    lines = []
    upper = None
    for off in range(0, len(image), width):
        addr = base + off
        if addr >> 16 != upper:
            upper = addr >> 16
            rec = struct.pack('>BHBH', 2, 0, 4, upper)
            lines.append(':' + (rec + bytes([checksum8(rec)])).hex().upper())
        chunk = image[off:off + width]
        rec = struct.pack('>BHB', len(chunk), addr & 0xFFFF, 0) + chunk
        lines.append(':%s%02X' % (rec.hex().upper(), checksum8(rec)))
    lines.append(':00000001FF')
    return '\n'.join(lines)


class HexError(ValueError):
    pass


def from_ihex(text):
    mem = {}
    upper = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if not line.startswith(':'):
            raise HexError(f'line {lineno}: missing colon')
        try:
            raw = bytes.fromhex(line[1:])
        except ValueError as e:
            raise HexError(f'line {lineno}: {e}') from None
        if sum(raw) & 0xFF:
            raise HexError(f'line {lineno}: checksum {raw[-1]:#04x} wrong, expected {checksum8(raw[:-1]):#04x}')
        count, addr, kind = struct.unpack_from('>BHB', raw)
        data = raw[4:-1]
        if len(data) != count:
            raise HexError(f'line {lineno}: length {count} but {len(data)} data bytes')
        if kind == 0:
            for i, b in enumerate(data):
                mem[(upper << 16) + addr + i] = b
        elif kind == 1:
            break
        elif kind == 4:
            (upper,) = struct.unpack('>H', data)
        else:
            raise HexError(f'line {lineno}: unsupported record type {kind:02X}')
    if not mem:
        return 0, b''
    lo, hi = min(mem), max(mem)
    return lo, bytes(mem.get(a, 0xFF) for a in range(lo, hi + 1))


def to_srec(image, base=0, width=16, header=b'binx'):
    def rec(kind, payload):
        body = bytes([len(payload) + 1]) + payload
        return 'S%d%s%02X' % (kind, body.hex().upper(), ~sum(body) & 0xFF)
    out = [rec(0, b'\0\0' + header)]
    for off in range(0, len(image), width):
        out.append(rec(3, struct.pack('>I', base + off) + image[off:off + width]))
    out.append(rec(5, struct.pack('>H', len(out) - 1)))
    out.append(rec(7, struct.pack('>I', base)))
    return '\n'.join(out)


firmware = bytes((i * 37 + 11) & 0xFF for i in range(40)) + b'VERSION=1.2.3\0' + struct.pack('<IHH', 0xCAFEBABE, 513, 65535)
firmware += struct.pack('<I', binascii.crc32(firmware))
print('image', len(firmware), 'crc', hex(binascii.crc32(firmware[:-4])), firmware[-4:].hex())

ihex = to_ihex(firmware, base=0x0000FFF0)
print(ihex)
lo, back = from_ihex(ihex)
print(hex(lo), back == firmware, len(back))

srec = to_srec(firmware, base=0x08000000, width=24)
print(srec)

# sparse image with a gap gets 0xFF fill
sparse = to_ihex(b'\x01\x02', base=0x10) + '\n' + to_ihex(b'\x03', base=0x14)
lo, filled = from_ihex(sparse)
print(hex(lo), filled.hex(' '))

bad_cases = [
    ihex.replace(':', '', 1),
    ihex.replace(ihex.splitlines()[1], ihex.splitlines()[1][:-2] + '00'),
    ':02000000ABCD',
    ':0Z000000FF',
    ':00000005FB',
    ':0100000001FE\n:00000001FF',
]
for text in bad_cases:
    try:
        lo, data = from_ihex(text)
        print('parsed', hex(lo), data.hex())
    except HexError as e:
        print('HexError:', e)

version = firmware[firmware.index(b'VERSION='):].split(b'\0', 1)[0]
print(version.decode(), version.partition(b'=')[2].split(b'.'), tuple(int(x) for x in version[8:].split(b'.')))
magic, a, b = struct.unpack_from('<IHH', firmware, 54)
print(hex(magic), a, b, firmware.hex(' ', 8)[:47])
print(bytes.fromhex(' 01 02\n03\t04 '), bytearray.fromhex('ff'), b'\x00\xab'.hex().upper())
tbl = bytes.maketrans(b'0123456789', b'##########')
print(b'VERSION=1.2.3'.translate(tbl), b'VERSION=1.2.3'.translate(None, b'.'))
print(b'%s-%d-%05.1f-%x-%c-%r' % (b'fw', 7, 2.5, 255, 65, b'q'))
