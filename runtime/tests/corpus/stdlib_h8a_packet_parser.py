import struct
import binascii
from collections import namedtuple, Counter
from enum import IntEnum

class MsgType(IntEnum):
    HELLO = 1
    DATA = 2
    ACK = 3
    BYE = 4

Header = namedtuple("Header", "magic version type flags length seq")
HDR = struct.Struct(">2sBBHHI")

def build(mtype, seq, payload, flags=0):
    hdr = HDR.pack(b"EM", 1, mtype, flags, len(payload), seq)
    body = hdr + payload
    return body + struct.pack(">I", binascii.crc32(body))

def parse_stream(buf):
    pos = 0
    while pos < len(buf):
        if len(buf) - pos < HDR.size:
            yield ("truncated-header", pos, buf[pos:].hex())
            return
        h = Header._make(HDR.unpack_from(buf, pos))
        if h.magic != b"EM":
            nxt = buf.find(b"EM", pos + 1)
            yield ("bad-magic", pos, h.magic)
            if nxt < 0:
                return
            pos = nxt
            continue
        end = pos + HDR.size + h.length
        if end + 4 > len(buf):
            yield ("truncated-body", pos, h.length)
            return
        (crc,) = struct.unpack_from(">I", buf, end)
        ok = crc == binascii.crc32(buf[pos:end])
        yield ("packet", pos, h, buf[pos + HDR.size:end], ok)
        pos = end + 4

def decode_payload(mtype, payload):
    if mtype == MsgType.HELLO:
        n = payload[0]
        return {"name": payload[1:1 + n].decode("utf-8")}
    if mtype == MsgType.DATA:
        count = struct.unpack_from("<H", payload)[0]
        vals = struct.unpack_from(f"<{count}h", payload, 2)
        return {"values": list(vals), "sum": sum(vals)}
    if mtype == MsgType.ACK:
        return {"ack": struct.unpack(">I", payload)[0]}
    return {}

name = "sensör-7".encode()
stream = b"".join([
    build(MsgType.HELLO, 1, bytes([len(name)]) + name),
    build(MsgType.DATA, 2, struct.pack("<H3h", 3, 100, -200, 32767)),
    b"\x00\x01junk",
    build(MsgType.ACK, 3, struct.pack(">I", 2), flags=0x8001),
    build(MsgType.DATA, 4, struct.pack("<H0h", 0)),
])
corrupt = bytearray(build(MsgType.DATA, 5, struct.pack("<H2h", 2, 7, 8)))
corrupt[12] ^= 0xFF
stream += bytes(corrupt) + build(MsgType.BYE, 6, b"")[:9]
print(len(stream), "bytes")
for i in range(0, 48, 16):
    chunk = stream[i:i + 16]
    print(f"{i:04x}  {chunk.hex(' '):<47}  {''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)}")

stats = Counter()
for item in parse_stream(stream):
    kind, pos = item[0], item[1]
    stats[kind] += 1
    if kind != "packet":
        print(f"@{pos:>3} {kind}: {item[2]!r}")
        continue
    _, _, h, payload, ok = item
    t = MsgType(h.type)
    stats[t.name] += 1
    flags = [n for bit, n in ((0x8000, "URGENT"), (0x0001, "RETRY")) if h.flags & bit]
    print(f"@{pos:>3} {t.name:<5} v{h.version} seq={h.seq} len={h.length:>2} flags={h.flags:#06x}{flags} crc={'ok' if ok else 'BAD'} {decode_payload(t, payload) if ok else payload.hex()}")
print(sorted(stats.items()))
print(MsgType(2), repr(MsgType.ACK), MsgType.BYE.value, MsgType["HELLO"], int(MsgType.DATA) + 1, list(MsgType)[:2])
try:
    MsgType(9)
except ValueError as e:
    print("ValueError:", e)

fmt = "<bhilqBHILQfd?"
vals = (-1, -2, -3, -4, -5, 1, 2, 3, 4, 5, 1.5, -2.25, True)
packed = struct.pack(fmt, *vals)
print(struct.calcsize(fmt), packed.hex())
print(struct.unpack(fmt, packed))
for code in "bBhHiIlLqQnN":
    try:
        print(code, struct.calcsize(code), struct.calcsize("<" + code))
    except struct.error as e:
        print(code, "error", e)
print(struct.pack(">d", 1 / 3).hex(), struct.unpack(">d", bytes.fromhex("3fd5555555555555")))
print(struct.pack("<f", float("inf")), struct.unpack("<f", b"\x00\x00\xc0\x7f"), struct.pack(">e", 65504.0))
try:
    struct.pack(">e", 1e6)
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
