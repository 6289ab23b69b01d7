# Write a tiny PNG and a BMP in memory, then parse them back and verify.
import struct
import zlib
import binascii
import hashlib
import io

W, H = 6, 4


def pixel(x, y):
    return ((x * 40) & 0xFF, (y * 60) & 0xFF, ((x ^ y) * 30) & 0xFF)


def chunk(kind, data):
    body = kind + data
    return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)


def make_png(width, height, filter_type=0):
    raw = bytearray()
    for y in range(height):
        raw.append(filter_type)
        prev = None
        for x in range(width):
            r, g, b = pixel(x, y)
            if filter_type == 1 and prev is not None:
                raw += bytes(((r - prev[0]) & 0xFF, (g - prev[1]) & 0xFF, (b - prev[2]) & 0xFF))
            else:
                raw += bytes((r, g, b))
            prev = (r, g, b)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    out = io.BytesIO()
    out.write(b'\x89PNG\r\n\x1a\n')
    out.write(chunk(b'IHDR', ihdr))
    out.write(chunk(b'tEXt', b'Comment\x00made by binx'))
    out.write(chunk(b'IDAT', zlib.compress(bytes(raw), 9)))
    out.write(chunk(b'IEND', b''))
    return out.getvalue(), bytes(raw)


def read_png(data):
    f = io.BytesIO(data)
    sig = f.read(8)
    assert sig == b'\x89PNG\r\n\x1a\n', sig
    chunks = []
    idat = b''
    while True:
        head = f.read(8)
        if len(head) < 8:
            break
        length, kind = struct.unpack('>I4s', head)
        body = f.read(length)
        (crc,) = struct.unpack('>I', f.read(4))
        ok = binascii.crc32(kind + body) == crc
        chunks.append((kind.decode('ascii'), length, hex(crc), ok))
        if kind == b'IDAT':
            idat += body
        elif kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
    return header, chunks, zlib.decompress(idat)


for ft in (0, 1):
    png, raw = make_png(W, H, ft)
    header, chunks, pixels = read_png(png)
    print('filter', ft, 'size', len(png), 'header', header)
    for c in chunks:
        print('  ', c)
    print('  raw ok', pixels == raw, 'sha256', hashlib.sha256(png).hexdigest()[:32])
    print('  md5', hashlib.md5(raw).hexdigest(), 'adler', hex(zlib.adler32(raw)), 'crc', hex(zlib.crc32(raw)))

# corrupt a byte and detect it
png, raw = make_png(W, H)
bad = bytearray(png)
bad[40] ^= 0x01
print([c for c in read_png(bytes(bad))[1] if not c[3]] if bad[40] else None)


def make_bmp(width, height):
    row_size = (width * 3 + 3) & ~3
    pad = row_size - width * 3
    pixels = bytearray()
    for y in reversed(range(height)):
        for x in range(width):
            r, g, b = pixel(x, y)
            pixels += bytes((b, g, r))
        pixels += b'\x00' * pad
    info = struct.pack('<IiiHHIIiiII', 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    file_head = struct.pack('<2sIHHI', b'BM', 14 + len(info) + len(pixels), 0, 0, 14 + len(info))
    return file_head + info + bytes(pixels)


bmp = make_bmp(W, H)
print('bmp', len(bmp), struct.calcsize('<2sIHHI'), struct.calcsize('<IiiHHIIiiII'))
for off in range(0, 64, 16):
    line = bmp[off:off + 16]
    print(f'{off:04x}: {binascii.hexlify(line, " ", 2).decode()}')
magic, fsize, _, _, data_off = struct.unpack_from('<2sIHHI', bmp)
hsize, w, h, planes, bpp = struct.unpack_from('<IiiHH', bmp, 14)
print(magic, fsize, data_off, hsize, w, h, planes, bpp)
row = bmp[data_off:data_off + 20]
print(list(struct.iter_unpack('<BBB', row[:18])))
print('sha1', hashlib.sha1(bmp).hexdigest(), 'crc', binascii.crc32(bmp), 'b64', binascii.b2a_base64(bmp[:30]))
print(hashlib.new('sha512', bmp).hexdigest()[:40], hashlib.blake2b(bmp, digest_size=16).hexdigest())
h = hashlib.sha256()
for i in range(0, len(bmp), 7):
    h.update(bmp[i:i + 7])
print(h.hexdigest() == hashlib.sha256(bmp).hexdigest(), h.name, h.digest_size, h.block_size)
