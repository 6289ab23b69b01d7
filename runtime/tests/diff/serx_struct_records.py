import struct
import base64
import binascii
import zlib
from collections import namedtuple

# A little binary log format: header + variable records + crc trailer
HEADER = struct.Struct("<4sHHI")
REC = struct.Struct("<IhBx d 8s")
Entry = namedtuple("Entry", "ts delta level value tag")

entries = [
    Entry(1700000000, -5, 1, 3.25, b"boot"),
    Entry(1700000060, 300, 2, -0.0, b"warmup!!"),
    Entry(1700000120, 0, 9, 1e300, b"x"),
]


def encode(entries):
    out = bytearray(HEADER.pack(b"SLOG", 1, REC.size, len(entries)))
    for e in entries:
        out += REC.pack(*e)
    out += struct.pack(">I", zlib.crc32(out))
    return bytes(out)


def decode(blob):
    magic, ver, recsize, count = HEADER.unpack_from(blob, 0)
    if magic != b"SLOG":
        raise ValueError(f"bad magic {magic!r}")
    (crc,) = struct.unpack(">I", blob[-4:])
    if crc != zlib.crc32(blob[:-4]):
        raise ValueError("crc mismatch")
    recs = [Entry(*r) for r in REC.iter_unpack(blob[HEADER.size:HEADER.size + recsize * count])]
    return ver, recs


blob = encode(entries)
print(HEADER.size, REC.size, REC.format, len(blob))
print(blob[:16].hex(" "), blob[-4:].hex())
ver, recs = decode(blob)
print(ver)
for r in recs:
    print(r._replace(tag=r.tag.rstrip(b"\0")))
corrupt = bytearray(blob)
corrupt[20] ^= 0xFF
try:
    decode(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)

# pack_into / unpack_from with offsets
buf = bytearray(32)
struct.pack_into("!HI", buf, 2, 0xBEEF, 123456789)
struct.pack_into("3s", buf, 10, b"abc")
print(buf.hex(), struct.unpack_from("!HI", buf, 2), struct.unpack_from("3s", buf, offset=10))
print(struct.calcsize("@bhil"), struct.calcsize("=bhil"), struct.calcsize("<qQ?e"), struct.calcsize("0s"), struct.calcsize("5p"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack(">f", 0.1), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("5p", b"hi"), struct.unpack("5p", b"\x02hiXX"), struct.pack("?", 7), struct.pack("c", b"z"))
print(struct.pack(">q", -2), struct.pack("<Q", 2**64 - 1), struct.unpack("<bB", b"\xff\xff"))

errors = [
    lambda: struct.pack("<H", 70000),
    lambda: struct.pack("<b", 200),
    lambda: struct.pack("<I", -1),
    lambda: struct.pack("<i", 1.5),
    lambda: struct.pack("<I", "x"),
    lambda: struct.pack("<2I", 1),
    lambda: struct.pack("4s", "str"),
    lambda: struct.unpack("<I", b"\x00\x01"),
    lambda: struct.unpack_from("<Q", b"\x00" * 4, 0),
    lambda: struct.calcsize("<Z"),
    lambda: struct.pack_into("<I", bytearray(2), 0, 1),
    lambda: struct.Struct(5),
    lambda: struct.pack("c", b"ab"),
]
for fn in errors:
    try:
        print("ok", fn())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, "|", e)

# base64 / binascii round trips
payload = bytes(range(0, 256, 7)) + "é☃".encode()
for name in ["b64encode", "urlsafe_b64encode", "b32encode", "b16encode", "b85encode", "a85encode", "standard_b64encode", "b32hexencode"]:
    enc = getattr(base64, name)(payload)
    dec = getattr(base64, name.replace("encode", "decode"))(enc)
    print(name, enc[:40], dec == payload)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", altchars=None), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.a85encode(b"hello world", wrapcol=8, adobe=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"))
for bad in [b"abc", b"ab!c", b"YQ"]:
    try:
        print(bad, base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(bad, "binascii.Error:", e)
print(base64.b64decode(b"YQ==\n!!"), base64.b16decode(b"ff", casefold=True))
try:
    base64.b16decode(b"ff")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b32decode(b"ABC")
except binascii.Error as e:
    print("binascii.Error:", e)

print(binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", b":", 2))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), zlib.crc32(b"hello world"))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.a2b_base64(b"aGk="), binascii.b2a_base64(b"hi", newline=False))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("binascii.Error:", e)
print(bytes.fromhex("de ad be ef").hex(":", -2), memoryview(blob).cast("B")[:4].tobytes())
