import struct
import io
import binascii
from collections import namedtuple

Header = namedtuple("Header", "magic version count flags")
Record = namedtuple("Record", "id temp humidity name active")
HDR = struct.Struct("<4sBHI")
REC = struct.Struct("<Ifh12s?")

def encode(records, flags=0):
    out = io.BytesIO()
    out.write(HDR.pack(b"SENS", 2, len(records), flags))
    for r in records:
        out.write(REC.pack(r.id, r.temp, r.humidity, r.name.encode("utf-8"), r.active))
    body = out.getvalue()
    crc = binascii.crc32(body)
    return body + struct.pack("<I", crc)

def decode(blob):
    body, (crc,) = blob[:-4], struct.unpack("<I", blob[-4:])
    if binascii.crc32(body) != crc:
        raise ValueError("checksum mismatch")
    hdr = Header(*HDR.unpack_from(body, 0))
    if hdr.magic != b"SENS":
        raise ValueError(f"bad magic {hdr.magic!r}")
    recs = []
    off = HDR.size
    for _ in range(hdr.count):
        rid, temp, hum, name, active = REC.unpack_from(body, off)
        recs.append(Record(rid, round(temp, 3), hum, name.rstrip(b"\0").decode("utf-8"), active))
        off += REC.size
    return hdr, recs

recs = [Record(1, 21.5, 450, "kitchen", True), Record(2, -3.25, -12, "garage", False), Record(300000, 37.7, 999, "sauna-große", True)]
blob = encode(recs, flags=0b101)
print(len(blob), HDR.size, REC.size, blob[:16].hex(" "))
hdr, out = decode(blob)
print(hdr)
for r in out:
    print(r)
bad = bytearray(blob)
bad[10] ^= 0xFF
try:
    decode(bytes(bad))
except ValueError as e:
    print("ValueError:", e)
print(struct.pack(">HhLlQq", 65535, -1, 2**32 - 1, -2**31, 2**64 - 1, -2**63).hex())
print(struct.unpack("<3B2x1H", bytes([1, 2, 3, 0, 0, 4, 0])), struct.calcsize("<3B2x1H"), struct.calcsize("@3BH"), struct.calcsize("@cd"))
print(struct.pack("@bhi", 1, 2, 3).hex(), struct.pack("=bhi", 1, 2, 3).hex(), struct.pack("@ihb", 1, 2, 3).hex())
print(struct.unpack(">e", b"\x3c\x00"), struct.pack("<e", 65504.0), struct.unpack("<f", struct.pack("<f", 0.1))[0])
try:
    struct.pack("<e", 1e6)
except OverflowError as e:
    print("OverflowError:", e)
print([hex(x) for x in struct.unpack("<4H", b"\x01\x02\x03\x04\x05\x06\x07\x08")], int.from_bytes(b"\x01\x02", "little"), (258).to_bytes(2, "big"))
bits = 0
for i, flag in enumerate([True, False, True, True]):
    bits |= flag << i
print(bin(bits), struct.pack("B", bits), memoryview(blob)[:4].tobytes(), bytes(memoryview(b"abc")[::-1]))
mv = memoryview(bytearray(b"hello world"))
mv[0:5] = b"HELLO"
print(mv.tobytes(), mv.nbytes, mv.readonly, mv[6], list(mv[:3]))
print(struct.pack("10p", b"pascal"), struct.unpack("10p", struct.pack("10p", b"pascal")), struct.pack("<?", 0), struct.pack("3c", b"a", b"b", b"c"))
print(binascii.hexlify(blob[-4:], "-"), binascii.b2a_hex(b"\xff\x00"), binascii.crc32(b"a", binascii.crc32(b"b")), binascii.crc32(b"ba"))
