"""Writes small PNG images by hand (zlib-compressed scanlines in CRC-checked chunks),
then parses them back: chunk walking, CRC verification, inflating the IDAT stream
incrementally and undoing the per-row filters."""

import struct
import zlib

PNG_SIG = b"\x89PNG\r\n\x1a\n"


def chunk(kind, payload):
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_row(kind, row, prev, bpp):
    out = bytearray()
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        pred = (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]
        out.append((x - pred) & 0xFF)
    return bytes(out)


def unfilter_row(kind, row, prev, bpp):
    out = bytearray()
    for i, x in enumerate(row):
        a = out[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        pred = (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]
        out.append((x + pred) & 0xFF)
    return bytes(out)


def encode(width, height, pixels, level, strategy):
    bpp = 3
    raw = bytearray()
    prev = bytes(width * bpp)
    for y in range(height):
        row = pixels[y * width * bpp:(y + 1) * width * bpp]
        kind = y % 5
        raw.append(kind)
        raw += filter_row(kind, row, prev, bpp)
        prev = row
    comp = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS, 9, strategy)
    idat = comp.compress(bytes(raw)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    # Split the compressed data over several IDAT chunks like real encoders do.
    parts = [idat[i:i + 200] for i in range(0, len(idat), 200)] or [b""]
    return PNG_SIG + chunk(b"IHDR", ihdr) + b"".join(chunk(b"IDAT", p) for p in parts) + \
        chunk(b"tEXt", b"Comment\x00made by hand") + chunk(b"IEND", b"")


def decode(png):
    if png[:8] != PNG_SIG:
        raise ValueError("not a PNG")
    pos = 8
    inflater = zlib.decompressobj()
    raw = bytearray()
    chunks = []
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        kind = png[pos + 4:pos + 8]
        payload = png[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + payload) != crc:
            raise ValueError("bad CRC in %s chunk" % kind.decode())
        chunks.append((kind.decode(), length))
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, _ = struct.unpack(">IIBBBBB", payload)
        elif kind == b"IDAT":
            # Inflate with a small output limit, as a streaming decoder would.
            data = payload
            while data:
                raw += inflater.decompress(data, 64)
                data = inflater.unconsumed_tail
        pos += 12 + length
    raw += inflater.flush()
    bpp = 3
    stride = width * bpp
    prev = bytes(stride)
    pixels = bytearray()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        prev = unfilter_row(kind, row, prev, bpp)
        pixels += prev
    return width, height, bytes(pixels), chunks, inflater.eof


def gradient(width, height):
    px = bytearray()
    for y in range(height):
        for x in range(width):
            px += bytes(((x * 255) // (width - 1), (y * 255) // (height - 1), (x * y) % 256))
    return bytes(px)


def checker(width, height, size):
    px = bytearray()
    for y in range(height):
        for x in range(width):
            on = ((x // size) + (y // size)) % 2
            px += b"\xff\xcc\x00" if on else b"\x10\x20\x30"
    return bytes(px)


images = {"gradient": (24, 16, gradient(24, 16)), "checker": (32, 20, checker(32, 20, 4))}
for name, (w, h, px) in images.items():
    for level, strategy in ((1, zlib.Z_DEFAULT_STRATEGY), (6, zlib.Z_FILTERED),
                            (9, zlib.Z_DEFAULT_STRATEGY), (9, zlib.Z_RLE)):
        png = encode(w, h, px, level, strategy)
        w2, h2, px2, chunks, eof = decode(png)
        print("%-8s level=%d strategy=%d size=%4d crc=%08x ok=%s eof=%s" % (
            name, level, strategy, len(png), zlib.crc32(png), (w2, h2, px2) == (w, h, px), eof))
    print("  chunks:", ", ".join("%s(%d)" % c for c in chunks))
    print("  adler32 of pixels:", zlib.adler32(px))

# A damaged file is caught by its chunk CRC, a damaged stream by zlib.
png = bytearray(encode(24, 16, images["gradient"][2], 9, 0))
png[40] ^= 0x55
try:
    decode(bytes(png))
except ValueError as e:
    print("damaged:", e)
good = encode(8, 8, gradient(8, 8), 9, 0)
body = zlib.compress(b"\x00" * 10)[:-2] + b"\xde\xad"
broken = good[:33] + chunk(b"IDAT", body) + chunk(b"IEND", b"")
try:
    decode(broken)
except zlib.error as e:
    print("zlib:", e)
